import type { SectionDefinition } from '../review';
import { membership } from './membership';
import { networking } from './networking';
import { news } from './news';
import { politics } from './politics';
import { procurement } from './procurement';
import { socialEnterprise } from './social-enterprise';

/**
 * The sections of the review, in the order they are read. A module's section is one file here and one line
 * in this list; the client leaves out a section the API does not have (an older server).
 */
export const SECTIONS = [
  membership,
  news,
  networking,
  procurement,
  socialEnterprise,
  politics,
] as SectionDefinition<unknown>[];
