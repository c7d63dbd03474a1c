/**
 * Nouns that tell what kind of source a noun phrase names, as data.
 */
import { peoplePlurals, pluralOf } from './people-nouns.js'
import { roleHeads } from './titles.js'

/** Nouns for documents and media: `a statement from X` speaks for X. */
export const documentHeads: ReadonlySet<string> = new Set([
  'statement',
  'report',
  'paper',
  'memo',
  'letter',
  'document',
  'complaint',
  'lawsuit',
  'filing',
  'indictment',
  'ruling',
  'post',
  'tweet',
  'release',
  'readout',
  'documents',
  'papers',
  'surveys',
  'transcript',
  'communique',
  'communiqué',
  'decree',
  'resolution',
  'verdict',
  'website',
  'announcement',
  'poll',
  'survey',
  'study',
  'review',
  'audit',
  'assessment',
  'evaluation',
  'analysis',
  'article',
  'story',
  'editorial',
  'column',
  'book',
  'ad',
  'video',
  'clip',
  'film',
  'documentary',
  'email',
  'message',
  'spot',
  'commercial',
  'footnote',
  'caption',
  'petition',
  'submission',
  'bulletin',
  'newsletter',
  'affidavit',
  'judgment',
  'judgement',
  'circular',
  'entry',
  'passage',
  'diary',
  'notebook',
  'advisory',
  'declaration',
  'memorandum',
  'directive',
  'guidance',
  'opinion',
  'order',
  'platform',
  'manifesto',
  'draft',
  'note',
])

/** Common nouns for organizations that speak (`the ministry said`, `the campaign said`). */
export const organizationNouns: ReadonlySet<string> = new Set([
  'police',
  'bloc',
  'commission',
  'council',
  'court',
  'board',
  'panel',
  'union',
  'party',
  'newspaper',
  'network',
  'league',
  'association',
  'federation',
  'alliance',
  'coalition',
  'foundation',
  'institute',
  'observatory',
  'laboratory',
  'university',
  'ministry',
  'government',
  'administration',
  'campaign',
  'company',
  'firm',
  'group',
  'committee',
  'agency',
  'department',
  'office',
  'embassy',
])

/**
 * Heads of phrases that stand for a source the text does not name (`a senior U.S. official`,
 * `the ministry`, `a statement`), documents included.
 */
export const anonymousHeads: ReadonlySet<string> = new Set([
  // A share of a poll's respondents (`63 percent said …`).
  'percent',
  'official',
  'officials',
  'source',
  'sources',
  'person',
  'people',
  'diplomat',
  'diplomats',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'representative',
  'representatives',
  'insider',
  'insiders',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'observer',
  'observers',
  'lawmaker',
  'lawmakers',
  'investigator',
  'investigators',
  'authorities',
  'critics',
  'critic',
  'supporters',
  'supporter',
  'residents',
  'resident',
  'witness',
  'witnesses',
  'negotiator',
  'negotiators',
  'officer',
  'officers',
  'staffer',
  'staffers',
  'staff',
  'personnel',
  'member',
  'members',
  'operative',
  'operatives',
  'strategist',
  'strategists',
  'executive',
  'executives',
  'economist',
  'economists',
  'voter',
  'voters',
  'democrats',
  'republicans',
  'democrat',
  'republican',
  'conservative',
  'conservatives',
  'liberal',
  'liberals',
  'man',
  'woman',
  'men',
  'women',
  'someone',
  'somebody',
  'attendee',
  'attendees',
  'participant',
  'participants',
  'spectator',
  'questioner',
  'caller',
  'narrator',
  'announcer',
  'newspaper',
  'paper',
  'outlet',
  'outlets',
  'newspapers',
  'networks',
  'magazines',
  'magazine',
  'network',
  // Papers and broadcasters by their kind (`a conservative tabloid`, `the influential daily`).
  'tabloid',
  'daily',
  'weekly',
  'tabloids',
  'broadsheet',
  'broadcaster',
  // Broadcasting as a source (`state media said`, `local television reported`, `state TV`).
  'media',
  'television',
  'tv',
  'radio',
  // `Governing body says …`, `Research lab admits …`, `Energy regulator warns …`.
  'body',
  'lab',
  'regulator',
  'watchdog',
  'watchdogs',
  'judge',
  'businessman',
  'businesswoman',
  'billionaire',
  'mogul',
  'tycoon',
  'frontrunner',
  'front-runner',
  'hopeful',
  'challenger',
  'incumbent',
  'moderator',
  'panelist',
  'guest',
  'delegate',
  'delegates',
  'host',
  'candidate',
  'candidates',
  'nominee',
  'family',
  'relatives',
  'mother',
  'father',
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'sister',
  'widow',
  'student',
  'students',
  'teacher',
  'teachers',
  'worker',
  'workers',
  'owner',
  'doctor',
  'lawyer',
  'attorney',
  'parent',
  'parents',
  'mayor',
  'governor',
  'senator',
  'leaders',
  'leader',
  'ally',
  'allies',
  'colleague',
  'colleagues',
  'friend',
  'friends',
  'neighbor',
  'neighbors',
  'protester',
  'protesters',
  'activist',
  'activists',
  ...organizationNouns,
  ...documentHeads,
])

/**
 * Nouns for a house of worship and those who gather in it (`the congregation`, `Temple Sinai`,
 * `Gurdwara Sahib of Wexcombe`): such a noun may open a body's name, and any of them stands
 * for the one house of worship a text names.
 */
export const worshipNouns: ReadonlySet<string> = new Set(
  'congregation parish temple church synagogue mosque masjid gurdwara cathedral'.split(' '),
)

/** Heads among {@link anonymousHeads} that stand for an organization rather than people. */
export const organizationHeads: ReadonlySet<string> = new Set([
  ...organizationNouns,
  'consortium',
  // `the Heat and Health Initiative`, `the Innocence Project`: a body that runs a cause.
  'initiative',
  'project',
  'guild',
  // `the State Highway Patrol`, `the Border Patrol`: a force named so.
  'patrol',
  // `the Penhallow International Film Festival … the festival said`: who runs it speaks.
  'festival',
  // `the People's Democratic Front`, `the National Front`: a movement's or party's name.
  'front',
  'college',
  'academy',
  'caucus',
  'chamber',
  'syndicate',
  'cooperative',
  'collective',
  'confederation',
  'corporation',
  'corp',
  'corp.',
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'llc',
  'llc.',
  // Legal forms that end a company's name elsewhere (`Brightwater Freight AG`, `Aldmoor
  // Foods PLC`); in lower case (`Tesco plc`) the name does not reach them yet.
  'ag',
  'gmbh',
  'plc',
  'plc.',
  'llp',
  'pty',
  'pty.',
  'bhd',
  'bhd.',
  'nv',
  'sa',
  'limited',
  'holdings',
  // `Tamsin Works`, `Harlow Ironworks`: a works is a plant, and its name a company's.
  'works',
  'ironworks',
  'center',
  'centre',
  'bank',
  'fund',
  'army',
  'navy',
  'forces',
  'force',
  'service',
  'parliament',
  'congress',
  'senate',
  'house',
  'kremlin',
  'pentagon',
  'post',
  'times',
  'journal',
  'news',
  'press',
  'organization',
  'organisation',
  'federation',
  'alliance',
  'bureau',
  'authority',
  'coalition',
  'movement',
  'media',
  'reuters',
  'tribune',
  'herald',
  'gazette',
  'magazine',
  'channel',
  'radio',
  'television',
  'tv',
  'club',
  'team',
  // Houses of worship and the bodies that run them (`St. Brigid Parish`, `Congregation Ohel
  // Tamar`, `Gurdwara Sahib of Wexcombe`).
  ...worshipNouns,
  'diocese',
  'archdiocese',
  'mission',
  'ministries',
  'school',
  // `Harbor View Elementary`: a school named by its grade; a clinic and a museum are bodies too.
  'elementary',
  'hospital',
  'infirmary',
  'clinic',
  'museum',
  // (`the Kelderwick School District’s offices … The district said`.)
  'district',
  // (And the other houses of the arts and of learning: `the Pemberton Gallery … the gallery`.)
  'gallery',
  'theatre',
  'theater',
  'playhouse',
  'library',
  'zoo',
  'aquarium',
  // `the lifeboat station`, `the fire station`, `the station said` (a broadcaster).
  'station',
  'cabinet',
  'presidency',
  'secretariat',
  'directorate',
  'command',
  'guard',
  'republic',
  'kingdom',
  'state',
  'states',
  'nations',
  'assembly',
  'tribunal',
  'pac',
  'institution',
  'society',
  'trust',
  'exchange',
  'airlines',
  'staff',
  // Papers and broadcasters by their kind.
  'tabloid',
  'broadsheet',
  'broadcaster',
  'watchdog',
  'outlet',
  'daily',
  'weekly',
  'charity',
  'nonprofit',
  'startup',
  'publisher',
  // (`Orbit Social removed the posts. “…,” the platform said.`: a service online by its kind.)
  'platform',
  // Units of armed forces (`the 47th Mechanized Brigade … the brigade said`).
  'brigade',
  'regiment',
  'battalion',
  'division',
  'corps',
  'squadron',
  'fleet',
  // `the Military Spouses Forum … the forum said`.
  'forum',
])

/**
 * Heads among {@link anonymousHeads} that are far more often adjectives or adverbs (`on a daily
 * basis`, `meets them weekly`): they head a phrase only where its shape shows a noun.
 */
export const adjectiveHeads: ReadonlySet<string> = new Set(['daily', 'weekly'])

/** Words that may follow an anonymous head inside its phrase (`a person familiar with the talks`). */
export const anonymousPostmodifiers: ReadonlySet<string> = new Set([
  'familiar',
  'close',
  'briefed',
  'knowledgeable',
  'with',
  'who',
  'in',
  'at',
  'from',
  'for',
  'inside',
  'within',
  'involved',
  'speaking',
  'granted',
  'on',
  'of',
])

/**
 * Nouns for things words are written on (`a banner reading “…”`, `signs saying “…”`): the words
 * a participle gives them are an inscription, nobody's speech.
 */
export const inscriptionNouns: ReadonlySet<string> = new Set([
  'banner',
  'banners',
  'sign',
  'signs',
  'placard',
  'placards',
  'poster',
  'posters',
  'billboard',
  'billboards',
  'sticker',
  'stickers',
  'shirt',
  'shirts',
  't-shirt',
  't-shirts',
  'hat',
  'hats',
  'cap',
  'caps',
  'mural',
  'murals',
  'plaque',
  'plaques',
  'graffiti',
  'tag',
  'tags',
  'packaging',
  'wrapper',
  'wrappers',
  'tattoo',
  'tattoos',
  'card',
  'cards',
  'flag',
  'flags',
  'scarf',
  'scarves',
  'badge',
  'badges',
  'button',
  'buttons',
  'leaflet',
  'leaflets',
  'flyer',
  'flyers',
  // (`On the door, a notice said only: “…”`: a notice no one is said to have put up.)
  'notice',
  'notices',
])

/**
 * Nouns for works whose title follows in marks (`the film “Jaws”`, `his memoir “A Quiet
 * Year”`): the words in marks are a title, nobody's words.
 */
export const workNouns: ReadonlySet<string> = new Set([
  'film',
  'movie',
  'novel',
  'book',
  'memoir',
  'song',
  'hit',
  'track',
  'tune',
  'anthem',
  'hymn',
  'ballad',
  'album',
  'single',
  'play',
  'musical',
  'opera',
  'documentary',
  // (`“Winter Crossing,” the first feature from …`, `her debut, “Salt”`.)
  'feature',
  'debut',
  'sequel',
  'novella',
  'anthology',
  'thriller',
  'series',
  'show',
  // (`the Kestrel TV programme “Hard Questions”`.)
  'programme',
  'program',
  'sitcom',
  'episode',
  'poem',
  'painting',
  'photograph',
  'photo',
  'drawing',
  'portrait',
  'etching',
  'tapestry',
  'podcast',
  'column',
  // (`his newsletter, “The Weekly Yield,”`: a piece put out again and again under one name.)
  'newsletter',
  'blog',
  'essay',
  'headline',
  'hashtag',
  'slogan',
  'ad',
  'advert',
  'video',
  'exhibition',
  'exhibit',
  'installation',
  'sculpture',
  'game',
  'app',
  // Courses taught under a title (`the popular course “Physics for Poets”`).
  'course',
  'class',
  'seminar',
  'lecture',
  'workshop',
  'textbook',
  // Papers put out for the public under a title (`a fact sheet, “What Parents Should Know”`).
  'sheet',
  'guide',
  'brochure',
  'pamphlet',
  'leaflet',
  'booklet',
  'handbook',
  'toolkit',
  'primer',
  // Plans put out under a name (`the strategy “Healthy Norvale 2030”`).
  'strategy',
  'plan',
  'blueprint',
  'roadmap',
  'initiative',
])

/**
 * Nouns that put the words after them in marks as words (`the word “maybe”`, `the entry
 * “staycation”`): the marks quote the words themselves, not anyone saying them.
 */
export const wordNouns: ReadonlySet<string> = new Set([
  // (`The name “Dorrington Mews” comes from …`: a name in marks is no one's words.)
  'name',
  'word',
  'words',
  'term',
  'entry',
  'phrase',
  'expression',
  'spelling',
  'acronym',
  'abbreviation',
  'letters',
])

/**
 * Words that stand in for a noun as the head of a speaker phrase (`“…,” one said`, `said
 * another`, `a third added`, `Others disagreed`, `most said`): each is someone the text does not
 * name.
 */
export const standInHeads: ReadonlySet<string> = new Set([
  'one',
  'another',
  'other',
  'others',
  'some',
  // Quantifiers that stand for part of a group (`most said`, `many agreed`).
  'most',
  'many',
  'several',
  'second',
  'third',
  'fourth',
  'fifth',
])

/** Words before a stand-in that make it no one (`no one`, `every one`) or a thing (`this one`). */
export const standInBlockers: ReadonlySet<string> = new Set([
  'no',
  'every',
  'any',
  'each',
  'which',
  'this',
  'that',
])

/**
 * Words that tie an organization's head to the rest of its name (`Institute for the Study of
 * War`, `Council on Foreign Relations`, `Committee to Protect Journalists`).
 */
export const organizationLinks: ReadonlySet<string> = new Set(['of', 'for', 'on', 'to'])

/**
 * Endings that make a noun of someone, for nouns in no list, from the loosest to the surest.
 * `personNounEnding` (singular or plural: `fisherman`, `organizer`, `resident`) decides whether
 * a phrase far from its cue is someone at all; `groupPluralEnding` whether a plural is a group
 * `they` may stand for (`residents`, `employees`, `firemen`); `peoplePluralEnding`, the
 * narrowest, whether a plural makes the capitalized word before it a modifier (`Bus drivers`),
 * since a verb in `-ants` or `-ents` (`wants`, `presents`) must not pass there.
 */
export const personNounEnding =
  /(?:[^aeiou]er|[^o]or|ist|ian|man|woman|[^o]men|dent|ant|eer|ee)s?$/u

/**
 * Nouns in `-or` for things, not people, that {@link personNounEnding} would take for someone
 * (`Harbor Town Athletic`, `Labor Day`): capitalized, they open a name, no role before one.
 */
export const thingsInOr: ReadonlySet<string> = new Set(
  `harbor labor color honor motor sector factor tractor corridor mirror error vapor rumor humor
  flavor favor armor terror horror manor meteor interior exterior valor vigor`.split(/\s+/),
)

/** See {@link personNounEnding}. */
export const groupPluralEnding =
  /(?:[^aeiou]ers|tors|sors|ists|ians|ants|ents|ees|eers|atives|[^o]men)$/u

/** See {@link personNounEnding}. */
export const peoplePluralEnding = /(?:[^aeiou]ers|tors|ists|ians|[^o]men)$/u

/**
 * The singular of {@link peoplePluralEnding}: endings that make a noun of someone with few
 * exceptions (`farmer`, `organizer`, `activist`), without `-ant` and `-ent` (`plant`, `event`).
 */
export const personSingularEnding = /(?:[^aeiou]er|tor|sor|ist|ian|[^o]man|woman)$/u

/**
 * Nouns for a body of people, which take `they` (`The family issued a statement. “…,” they
 * said`) and may name the people they gather after `of` (`a group of students`).
 */
export const collectiveNouns: ReadonlySet<string> = new Set([
  'family',
  'couple',
  'team',
  'crowd',
  'group',
  'committee',
  'panel',
  'jury',
  'band',
  'audience',
  'delegation',
  'household',
  'coalition',
  'pair',
  'duo',
  'trio',
  'squad',
  'crew',
  'choir',
  'troupe',
])

/** The plurals of {@link collectiveNouns} (`crews`, `teams`): bodies of people, several. */
export const collectivePlurals: ReadonlySet<string> = new Set([...collectiveNouns].map(pluralOf))

/** Participles that put a paper out, before its agent (`sent by`, `filed by`). */
export const sendingParticiples: ReadonlySet<string> = new Set([
  'sent',
  'written',
  'signed',
  'posted',
  'issued',
  'released',
  'published',
  'penned',
  'filed',
  'circulated',
  'conducted',
  'prepared',
  'compiled',
  'authored',
  'drafted',
  // (`shared a handwritten note`, `a note left by the driver`: handed to others, the words are
  // still the sharer's.)
  'shared',
  'left',
])

/** Nouns for a part of a paper (`the last entry`, `one passage`): of the paper someone keeps. */
export const paperParts: ReadonlySet<string> = new Set(['entry', 'passage'])

/**
 * Nouns for where in a paper words stand, that say whose they are by `of` and the paper (`the
 * first line of an email Jane Doe sent`, `the closing paragraph of the statement`).
 */
export const placesInPaper: ReadonlySet<string> = new Set([
  ...paperParts,
  'line',
  'lines',
  'sentence',
  'paragraph',
  'page',
  'section',
])

/** Nouns for words given out loud or in writing, that come from someone (`the reply from X`). */
export const utteranceNouns: ReadonlySet<string> = new Set([
  'reply',
  'response',
  'answer',
  'retort',
  'rejoinder',
  'rebuttal',
  'shout',
  'cry',
  'call',
  'chant',
  'message',
  'warning',
  'verdict',
  'word',
  'words',
  'remark',
  'remarks',
  'comment',
  'comments',
  'assessment',
  'reaction',
  'view',
  'plea',
  // (`The admission came from …`: words someone owned up to, or observed.)
  'admission',
  'confession',
  'observation',
])

/** Last words of companies' names (`Inc.` without its stop, `Logistics`, `Bank`). */
export const companyWords: ReadonlySet<string> = new Set(
  `inc ltd co corp llc plc gmbh ag group systems devices logistics robotics energy
  pharmaceuticals technologies holdings airlines airways railway railways bank motors labs pay
  software networks
  telecom industries foods capital securities insurance
  breweries brewery textiles builders supermarkets stores semiconductor semiconductors pharma
  dairy dairies beverages apparel appliances biotech therapeutics biosciences aviation hotels
  resorts restaurants investments properties realty shipping freight cement`.split(/\s+/),
)

/**
 * Last words of companies' names: `companyWords`, and trades beyond them, which a name alone
 * leaves a person's (`Deepholm Resources`, `Cortavian Construction`).
 */
export const tradeEndings: ReadonlySet<string> = new Set([
  ...companyWords,
  'resources',
  'construction',
  'chemicals',
  'mining',
  'manufacturing',
  'materials',
  'metals',
  'petroleum',
  'brands',
  'studios',
  'entertainment',
  'media',
  'partners',
  'enterprises',
  'ventures',
  'electronics',
  'utilities',
  'minerals',
  'healthcare',
  'aerospace',
  'vehicles',
  'munitions',
  'shipyards',
  'shipbuilding',
  'rail',
  // (What a plant makes or does: `Orinoco Packaging`, `Meridian Steel`, `Sunreach Solar`.)
  'packaging',
  'steel',
  'solar',
  'retail',
  'bottling',
  'components',
  'plastics',
  'cables',
  'trucking',
  'tyres',
  'tires',
  'furniture',
  'fisheries',
  'engineering',
  'dynamics',
  'defence',
  'defense',
])

/** Heads of a country's missions abroad, named with the city they sit in (`Embassy in Vienna`). */
export const missionHeads: ReadonlySet<string> = new Set([
  'embassy',
  'consulate',
  'mission',
  'legation',
])

/**
 * Last words of clubs' names (`Emberfield County Cricket Club`, `Larkport RFC`): a club is
 * called by its place's word as a company by its first word (`Emberfield said`).
 */
export const clubWords: ReadonlySet<string> = new Set(`club fc rfc afc cc sc`.split(/\s+/))

/**
 * Last words of sports teams' names (`Kestrel Bay United`, `Ashby Athletic`, `Harbour City
 * Rovers`): a name that ends in one, with no given name, is a team's.
 */
export const teamWords: ReadonlySet<string> = new Set(
  `united city fc athletic town county wanderers albion hotspur argyle villa celtic thistle dynamo rovers rangers`.split(
    /\s+/,
  ),
)

/** Last words of public bodies' names (`Commission`, `Authority`, `Ministry`). */
export const publicBodyWords: ReadonlySet<string> = new Set(
  `commission authority agency regulator ministry department court office administration board
  bureau service council inspectorate tribunal inquiry committee panel parliament assembly
  supervisor watchdog ombudsman`.split(/\s+/),
)

/**
 * Nouns that head a source (`officials`, `the minister`): both lists in one set, since every
 * word outside a quote is looked up.
 */
export const sourceHeads: ReadonlySet<string> = new Set([...anonymousHeads, ...roleHeads])

/**
 * The words the mention scanner reads a phrase back from: source nouns, roles and their
 * plurals, and plurals for people. One set, since the scanner asks for every word it reads.
 */
export const scannedHeads: ReadonlySet<string> = new Set([
  ...sourceHeads,
  ...[...roleHeads].map(pluralOf),
  ...peoplePlurals,
])

/** Verbs that name the paper they put out (`tweeted` a tweet), with the paper. */
export const papersByVerb: ReadonlyMap<string, string> = new Map([
  ['tweeted', 'tweet'],
  ['emailed', 'email'],
  ['posted', 'post'],
  // (`Corbel Partners, which audited the books, said …`: who audits writes the audit.)
  ['audited', 'audit'],
  // (`The tenants’ union sued the landlord`: who sues files the lawsuit.)
  ['sued', 'lawsuit'],
  ['sues', 'lawsuit'],
])

/** Social networks, named after `on` or before `account`. */
export const platforms: ReadonlySet<string> = new Set(
  ['x', 'facebook', 'twitter', 'instagram', 'tiktok', 'youtube', 'telegram', 'linkedin'].concat([
    'threads',
    'bluesky',
    'weibo',
    'wechat',
    'reddit',
    'snapchat',
    'mastodon',
    'substack',
  ]),
)

/** Nouns for an account online, which speaks for whoever holds it (`the club’s official account`). */
export const accountNouns: ReadonlySet<string> = new Set(['account', 'feed', 'handle'])

/** Words that say which account (`the official Rovers account`, `her verified account`). */
export const accountModifiers: ReadonlySet<string> = new Set([
  'official',
  'verified',
  'main',
  'personal',
  'social',
])
