import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node } from '../../kit';

/** What is bought; decides which thresholds apply. */
export enum ProcurementKind {
  WORKS = 'WORKS',
  SUPPLIES = 'SUPPLIES',
  SERVICES = 'SERVICES',
  SOCIAL_SERVICES = 'SOCIAL_SERVICES',
}
registerEnumType(ProcurementKind, {
  name: 'ProcurementKind',
  description: 'What is bought: works, supplies or services; decides which thresholds apply.',
  valuesConfig: {
    WORKS: { description: 'Construction works: CPV division 45.' },
    SUPPLIES: { description: 'Goods: CPV divisions 03 to 44 and 48.' },
    SERVICES: { description: 'Services: CPV divisions 50 to 98, except social services.' },
    SOCIAL_SERVICES: {
      description: 'Health and social services (CPV division 85), under the EU’s light regime.',
    },
  },
});

/** English labels: searched with the `english` configuration and by trigram (made by the migration). */
const SEARCH_VECTOR = "to_tsvector('english', label)";

/**
 * The curated Dutch name (weight A) and search words (weight B), unstemmed (`simple`): Dutch compounds
 * ("schoonmaakdiensten") are found by prefix ("schoonmaak:*"), which a stemmer would cut differently.
 */
const DUTCH_SEARCH_VECTOR =
  "setweight(to_tsvector('simple', coalesce(dutch_label, '')), 'A') || " +
  "setweight(to_tsvector('simple', coalesce(dutch_terms, '')), 'B')";

/** The Dutch name and words as one text, for partial and misspelt words by trigram. */
const DUTCH_WORDS = "coalesce(dutch_label, '') || ' ' || coalesce(dutch_terms, '')";

/**
 * A code of the EU Common Procurement Vocabulary (CPV 2008). Reference data: all 9,454 codes are inserted
 * by the AddProcurement migration, with the parent found by zeroing digits from the right until a code
 * exists, the depth in that tree and the kind of the division.
 */
@Entity()
@Index('cpv_category_label_trgm', { synchronize: false })
@Index('cpv_category_search_vector', { synchronize: false })
@Index('cpv_category_dutch_search_vector', { synchronize: false })
@Index('cpv_category_dutch_words_trgm', { synchronize: false })
@ObjectType({
  implements: Node,
  description:
    'A category of the EU Common Procurement Vocabulary (CPV 2008), with its label in the caller’s language.',
})
export class CpvCategory extends Node {
  @Index({ unique: true })
  @Column({ type: 'char', length: 8 })
  @Field(() => String, { description: 'The 8-digit CPV code without check digit, e.g. `45442100`.' })
  code!: string;

  /** The official English label; `label` in GraphQL is the caller's language (the resolver). */
  @Column({ type: 'varchar', length: 400 })
  label!: string;

  /** A curated Dutch name (`cpv-dutch.json`): the divisions and the groups municipalities buy; else null. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  dutchLabel!: string | null;

  /** Dutch words people use for it ("schoonmaak", "ICT"), searched beside the name. */
  @Column({ type: 'text', nullable: true })
  dutchTerms!: string | null;

  @Index()
  @Column({ type: 'char', length: 8, nullable: true })
  parentCode!: string | null;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Depth in the tree: 1 for a division (`45000000`), 2 below it, ...' })
  level!: number;

  @Column({ type: 'enum', enum: ProcurementKind, enumName: 'procurement_kind' })
  @Field(() => ProcurementKind, { description: 'Works, supplies, services or social services.' })
  kind!: ProcurementKind;

  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: SEARCH_VECTOR,
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;

  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: DUTCH_SEARCH_VECTOR,
    select: false,
    insert: false,
    update: false,
  })
  dutchSearchVector?: string;

  @Column({
    type: 'text',
    generatedType: 'STORED',
    asExpression: DUTCH_WORDS,
    select: false,
    insert: false,
    update: false,
  })
  dutchWords?: string;
}

/** The significant digits of a CPV code: a code's subtree is every code that starts with them. */
export function cpvPrefix(code: string): string {
  const trimmed = code.replace(/0+$/, '');
  return trimmed.length >= 2 ? trimmed : code.slice(0, 2);
}
