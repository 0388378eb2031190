import type { Context } from '../../kit';
import { amsterdamDayAt } from '../../kit';
import { Association, Organisation, Person } from '../core';
import { Article, ArticleStatus } from './article.entity';
import { ArticleLabel } from './article-label.entity';
import { ArticleSignatory } from './article-signatory.entity';
import { Label } from './label.entity';
import { slugOf } from './slug';

const LABELS = [
  { name: 'Nieuws', slug: 'nieuws' },
  { name: 'Evenementen', slug: 'evenementen' },
  { name: 'Politiek', slug: 'politiek' },
  { name: 'Regionale inkoop', slug: 'regionale-inkoop' },
  { name: 'Sociaal ondernemen', slug: 'sociaal-ondernemen' },
];

export const REVIEW_2017_TITLE = 'Terugblik Regio Q4 op 2017 en plannen voor volgend jaar';

/** Regio Q4's own review of 2017, as it was published on Monday 15 January 2018 at 16:18. */
export const REVIEW_2017_BODY = `Regio Q4 heeft in 2017 veel van haar doelstellingen bereikt. Je hebt er weinig van gehoord, maar achter de schermen is hard gewerkt. Het streven van Q4 was om te focussen op beïnvloeding van de politiek, het opzetten van een systeem voor regionale inkoop door gemeenten en voor sociaal ondernemen op basis van een model van Werk bij Duurstede en tot slot het vergroten van netwerkactiviteit.

Q4 laat hierover het volgende weten:

## Politiek

Voor wat betreft de politiek hebben wij alle politieke partijen in de vijf Q4 gemeenten benaderd met een lijst van aandachtspunten. Daarop is door een aantal politieke partijen enthousiast gereageerd en toegezegd is dat deze in partijprogramma’s en zo mogelijk in het coalitieakkoord worden meegenomen.

## Regionale inkoop

Voor regionale inkoop hebben wij inmiddels de gemeenten enthousiast gekregen om mee te werken aan een database waaruit ambtenaren kunnen kiezen. Wij zijn momenteel druk doende dit vorm te geven. Het heeft nogal wat voeten in de aarde. Insteek is dat de ondernemers in de regio daar direct voordeel van hebben.

## Sociaal ondernemen

Over sociaal ondernemen zijn wij nog in overleg met de gemeenten. Er zijn diverse gemeenten – ook buiten onze regio – die deze systematiek omarmen en een waardevolle toevoeging vinden op de verbinding tussen ondernemers en aspirant-werknemers, scholieren, stagiaires en diegenen die een beperking hebben op de arbeidsmarkt. Wij hadden op dit dossier al verder willen zijn, maar soms lopen molens trager dan wij willen.

## Netwerkactiviteit

De netwerkactiviteit wordt verwacht in maart 2018, althans zo spoedig mogelijk. Wij hopen op een grootse opzet in samenwerking met Rabobank Heuvelrug. Die opzet is erop gericht om ondernemers uit de regio te laten netwerken, waarbij gemeentegrenzen niet meer leidend zijn. De kracht van de regio wordt immers steeds belangrijker.

## Regionale contacten

Naast deze activiteiten hebben wij regelmatig overleg met andere stakeholders zoals het Nationaal Park Heuvelrug, U10 (samenwerkingsverband van 10 gemeenten in de provincie Utrecht), alsmede de wethouders van de Q4 gemeenten. Tijdens die overleggen wordt praktische informatie uitgewisseld en dat leidt tot nieuwe inzichten, bijvoorbeeld bij de opstelling van economische visies, die bepalend zijn voor verdere economische ontwikkelingen in onze regio.

## Agenda 2018

Voor de komende jaar staat op de agenda het aanhalen van de banden met Utrecht Science Park en EBU, alsmede het verder ontwikkelen van concrete concepten waar ondernemers voordeel van ervaren vanuit de gedachte dat het collectief van ondernemersverenigingen en gemeenten in onze regio belangrijker is dan de individuele gemeenten.

## Profiteren als 1 regio

Wij als bestuur realiseren ons dat dit voor sommigen abstracte onderwerpen zijn, maar het is nodig daar aandacht aan te besteden en mede de regie te bepalen. Bedenk dat Amsterdam inmiddels mudvol zit. Ook Utrecht loopt over en de regio gaat gewoon groeien. Wij kunnen lijdzaam toezien hoe dat gebeurt en het ons allemaal overkomt, maar wij kunnen ook die ontwikkeling in goede banen leiden, zodat wij er allemaal optimaal van profiteren. Dat is de inzet van Regio Q4 voor komend jaar. Wij zullen u op de hoogte houden van ontwikkelingen.

Het bestuur van Regio Q4 wenst u zowel privé als zakelijk een uitermate voorspoedig 2018.

Lex Geerts, voorzitter,\\
mede namens Zakelijk Zeist Onderneemt!\\
Hardy Smit, voorzitter, Ondernemerskring Wijk bij Duurstede\\
Frans van Beek, voorzitter, BCB\\
Theo Sack, voorzitter, Zakelijke Heuvelrug
`;

interface SeedArticle {
  title: string;
  body: string;
  /** UTC instant; null for a draft. */
  publishedAt: string | null;
  status?: ArticleStatus;
  labels: string[];
  /** [person, role, association or organisation name] */
  signatories?: [string, string, string][];
}

const CHAIRS: [string, string, string][] = [
  ['Lex Geerts', 'voorzitter', 'Zakelijk Zeist Onderneemt!'],
  ['Hardy Smit', 'voorzitter', 'Ondernemerskring Wijk bij Duurstede'],
  ['Frans van Beek', 'voorzitter', 'BCB'],
  ['Theo Sack', 'voorzitter', 'Zakelijke Heuvelrug'],
];

/**
 * The archive as the website shows it: 2017, then 2018 with januari, februari, april, juni, juli,
 * augustus, september, oktober and december, then 2019; plus a draft and an article scheduled for 2030.
 * The October article went out half past midnight Amsterdam time, still 30 September in UTC.
 */
const ARTICLES: SeedArticle[] = [
  {
    title: 'Regio Q4 in gesprek met de wethouders economie',
    body: 'De wethouders economie van de vijf Q4-gemeenten schoven aan bij het bestuur. Onderwerp: hoe gemeenten en ondernemers samen de regionale economie versterken.\n\nAfgesproken is dat Regio Q4 twee keer per jaar met de wethouders overlegt.',
    publishedAt: '2017-03-14T10:00:00Z',
    labels: ['nieuws'],
    signatories: [CHAIRS[0]],
  },
  {
    title: 'BHIK neemt afscheid van Regio Q4',
    body: 'De Bunnikse ondernemersvereniging BHIK heeft besloten per 1 juli 2017 uit Regio Q4 te stappen. Het bestuur betreurt dat en houdt de deur open: ondernemers uit Bunnik blijven welkom op onze bijeenkomsten.',
    publishedAt: '2017-06-28T08:30:00Z',
    labels: ['nieuws'],
  },
  {
    title: 'Aandachtspunten voor de gemeenteraadsverkiezingen',
    body: 'Alle politieke partijen in de vijf Q4-gemeenten hebben onze lijst met aandachtspunten ontvangen: regionale inkoop, sociaal ondernemen, bereikbaarheid van bedrijventerreinen en minder regeldruk voor ondernemers.',
    publishedAt: '2017-10-09T07:45:00Z',
    labels: ['politiek'],
    signatories: CHAIRS,
  },
  {
    title: REVIEW_2017_TITLE,
    body: REVIEW_2017_BODY,
    publishedAt: '2018-01-15T15:18:00Z',
    labels: ['nieuws'],
    signatories: CHAIRS,
  },
  {
    title: 'Netwerkavond met Rabobank Heuvelrug in maart',
    body: 'In maart 2018 organiseert Regio Q4 samen met Rabobank Heuvelrug een grote netwerkavond voor ondernemers uit de hele regio. Gemeentegrenzen zijn die avond niet leidend.\n\nAanmelden kan binnenkort via de website.',
    publishedAt: '2018-02-12T09:00:00Z',
    labels: ['evenementen'],
    signatories: [CHAIRS[0], ['Marieke de Vries', 'directeur', 'Rabobank Heuvelrug']],
  },
  {
    title: 'Terugblik op de regionale netwerkavond',
    body: 'Ruim tweehonderd ondernemers uit Zeist, De Bilt, Bunnik, Wijk bij Duurstede en de Heuvelrug ontmoetten elkaar op de eerste regionale netwerkavond. Veel deelnemers spraken iemand van buiten de eigen gemeente.',
    publishedAt: '2018-04-05T13:20:00Z',
    labels: ['evenementen', 'nieuws'],
  },
  {
    title: 'Database voor regionale inkoop gaat proefdraaien',
    body: 'Ambtenaren van de Q4-gemeenten kunnen vanaf deze maand leveranciers uit de regio zoeken in de nieuwe inkoopdatabase. Ondernemers die nog niet in de database staan, kunnen zich aanmelden bij hun ondernemersvereniging.',
    publishedAt: '2018-06-18T08:00:00Z',
    labels: ['regionale-inkoop'],
  },
  {
    title: 'Coalitieakkoorden: wat kwam er van onze aandachtspunten terecht?',
    body: 'Na de verkiezingen van 21 maart zijn in alle vijf gemeenten coalitieakkoorden gesloten. In vier akkoorden staat regionale inkoop genoemd; sociaal ondernemen komt in drie akkoorden terug.',
    publishedAt: '2018-07-03T11:00:00Z',
    labels: ['politiek'],
  },
  {
    title: 'Werk bij Duurstede als voorbeeld voor de regio',
    body: 'Het model van Werk bij Duurstede, waarin al het werk in de gemeente op één plek staat, krijgt navolging. Ook gemeenten buiten de regio tonen belangstelling.',
    publishedAt: '2018-08-22T09:30:00Z',
    labels: ['sociaal-ondernemen'],
    signatories: [CHAIRS[1]],
  },
  {
    title: 'Kennismaking met Utrecht Science Park',
    body: 'Een delegatie van het bestuur bezocht Utrecht Science Park. Doel: de banden aanhalen tussen kennisinstellingen en het mkb in de regio.',
    publishedAt: '2018-09-11T14:00:00Z',
    labels: ['nieuws'],
  },
  {
    title: 'Economic Board Utrecht en Regio Q4 verkennen samenwerking',
    body: 'De Economic Board Utrecht en Regio Q4 gaan onderzoeken hoe ondernemers in de Q4-gemeenten kunnen meedoen aan regionale programma’s.',
    publishedAt: '2018-09-30T22:30:00Z',
    labels: ['nieuws'],
  },
  {
    title: 'Fijne feestdagen en een voorspoedig 2019',
    body: 'Het bestuur van Regio Q4 dankt alle ondernemers, gemeenten en partners voor de samenwerking in 2018 en wenst iedereen fijne feestdagen.',
    publishedAt: '2018-12-20T10:00:00Z',
    labels: ['nieuws'],
    signatories: CHAIRS,
  },
  {
    title: 'Eerste opdrachten via de regionale inkoopdatabase gegund',
    body: 'De eerste opdrachten die via de regionale inkoopdatabase zijn uitgezet, zijn gegund aan ondernemers uit de regio.',
    publishedAt: '2019-03-07T09:00:00Z',
    labels: ['regionale-inkoop', 'nieuws'],
  },
  {
    title: 'Ondernemen in het Nationaal Park Utrechtse Heuvelrug',
    body: 'Samen met het Nationaal Park Utrechtse Heuvelrug zoekt Regio Q4 naar kansen voor recreatieondernemers in en rond het park.',
    publishedAt: '2019-05-16T12:00:00Z',
    labels: ['nieuws'],
  },
  {
    title: 'Jaarverslag 2018 (concept)',
    body: 'Concept van het jaarverslag; nog niet publiceren.',
    publishedAt: null,
    status: ArticleStatus.DRAFT,
    labels: ['nieuws'],
  },
  {
    title: 'Regio Q4 blikt terug op 2029',
    body: 'Dit bericht is ingepland en verschijnt pas op 15 januari 2030.',
    publishedAt: '2030-01-15T09:00:00Z',
    labels: ['nieuws'],
  },
];

/**
 * News of the weeks before the day the demo data is loaded, so that the front page and the feeds are
 * current on any day (the archive above stays as it was).
 */
function currentArticles(now: Date): SeedArticle[] {
  const daysAgo = (days: number, time: string) => amsterdamDayAt(-days, time, now).toISOString();
  return [
    {
      title: 'Aanmelden geopend: ondernemersborrel in Zeist',
      body: 'Over ruim een week houdt Zakelijk Zeist Onderneemt! een **ondernemersborrel** op Slot Zeist, om nieuwe en bestaande leden kennis te laten maken. Er zijn twaalf plaatsen: wie later komt, staat op de wachtlijst.\n\nAanmelden kan in de agenda van Regio Q4.',
      publishedAt: daysAgo(2, '10:00'),
      labels: ['evenementen'],
      signatories: [CHAIRS[0]],
    },
    {
      title: 'Nieuwe inschrijvingsronde regionale inkoopdatabase',
      body: 'Gemeenten in de regio zoeken leveranciers voor onderhoud, catering en schoonmaak. Ondernemers uit de vijf Q4-gemeenten kunnen zich tot het einde van de maand inschrijven in de regionale inkoopdatabase.',
      publishedAt: daysAgo(12, '09:00'),
      labels: ['regionale-inkoop', 'nieuws'],
    },
    {
      title: 'Werkervaringsplaatsen gezocht bij regionale ondernemers',
      body: 'Naar het voorbeeld van Werk bij Duurstede zoeken de Q4-gemeenten ondernemers die een werkervaringsplaats bieden aan scholieren, stagiaires en mensen met een afstand tot de arbeidsmarkt.',
      publishedAt: daysAgo(30, '11:30'),
      labels: ['sociaal-ondernemen'],
    },
  ];
}

export async function seedNews(ctx: Context): Promise<void> {
  const { em } = ctx;
  const labels = await em.save(LABELS.map((label) => em.create(Label, label)));
  const labelBySlug = new Map(labels.map((label) => [label.slug, label]));
  const [associations, organisations] = await Promise.all([em.find(Association), em.find(Organisation)]);
  const forName = new Map<string, { associationId: string | null; organisationId: string | null }>([
    ...associations.map((a) => [a.name, { associationId: a.id, organisationId: null }] as const),
    ...organisations.map((o) => [o.name, { associationId: null, organisationId: o.id }] as const),
  ]);
  const people = new Map((await em.find(Person)).map((person) => [person.name, person]));
  const seeds = [...ARTICLES, ...currentArticles(new Date())];
  for (const [name] of seeds.flatMap((article) => article.signatories ?? [])) {
    if (!people.has(name)) people.set(name, await em.save(em.create(Person, { name, email: null })));
  }

  for (const seed of seeds) {
    const article = await em.save(
      em.create(Article, {
        slug: slugOf(seed.title, 'artikel'),
        title: seed.title,
        body: seed.body,
        excerpt: null,
        status: seed.status ?? ArticleStatus.PUBLISHED,
        publishedAt: seed.publishedAt ? new Date(seed.publishedAt) : null,
      }),
    );
    if (seed.publishedAt) {
      // Written when it was published, not when the demo data was loaded: feeds show these as `updated`.
      await em.query('UPDATE article SET created_at = $2, updated_at = $2 WHERE id = $1', [
        article.id,
        new Date(seed.publishedAt),
      ]);
    }
    await em.insert(
      ArticleLabel,
      seed.labels.map((slug) => ({ articleId: article.id, labelId: labelBySlug.get(slug)!.id })),
    );
    if (seed.signatories?.length) {
      await em.insert(
        ArticleSignatory,
        seed.signatories.map(([person, role, forWhom], i) => ({
          articleId: article.id,
          position: i + 1,
          personId: people.get(person)!.id,
          role,
          ...forName.get(forWhom)!,
        })),
      );
    }
  }
}
