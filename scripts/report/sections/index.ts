import type { SectionDefinition } from '../review';
import { membership } from './membership';
import { networking } from './networking';
import { news } from './news';
import { plans } from './plans';
import { politics } from './politics';
import { procurement } from './procurement';
import { regionalContacts } from './regional-contacts';
import { socialEnterprise } from './social-enterprise';

/**
 * The sections of the review, in the order they are read: the board's own review of 2017 goes politics,
 * regional procurement, social enterprise, networking, regional contacts, the agenda for the year after;
 * the figures of the news and of the members follow, and the board signs on behalf of the associations. A
 * module's section is one file here and one line in this list; the client leaves out a section the API does
 * not have (an older server).
 */
export const SECTIONS = [
  politics,
  procurement,
  socialEnterprise,
  networking,
  regionalContacts,
  plans,
  news,
  membership,
] as SectionDefinition<unknown>[];
