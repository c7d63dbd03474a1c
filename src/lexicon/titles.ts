import { lookupTable } from './lookup-table.js'

/**
 * Title words that only say which office or rank a title is (`Foreign`, `Security`, `Acting`;
 * not `Deputy`, `Chief` or `Justice`, which stand alone): one stands before a title's head,
 * never right before a name, so a run that reaches a name through one alone (`the Nordic
 * Security Compact`) holds no title. (Unlike `portfolioWords`, each is a title word of its
 * own: `titleWords` holds them.)
 */
export const titleModifiers: ReadonlySet<string> = new Set([
  'foreign',
  'defense',
  'defence',
  'interior',
  'finance',
  'treasury',
  'commerce',
  'energy',
  'homeland',
  'security',
  'national',
  'assistant',
  'associate',
  'acting',
  'managing',
  'interim',
  'prime',
  'senior',
  'special',
  // `the Most Rev. Jane Doe`, `the Most Reverend`, `the Most Honourable`: a style before a
  // title.
  'most',
])

/**
 * Titles and roles that stand before a name (`Secretary of State Jane Doe`, `special envoy
 * Alex Roe`) and that a description can use alone (`the minister`). Lower case; a title
 * of several words is matched word by word. They are kept apart from the name.
 */
export const titleWords: ReadonlySet<string> = new Set([
  // (`Foreign`, `Acting`: the words that only say which office or rank, listed above.)
  ...titleModifiers,
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'dr',
  'dr.',
  'prof',
  'prof.',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  // Honorifics of the Commonwealth's and West Africa's press: `Hon. Jane Doe`, `Alhaji Musa
  // Roe`, `Datuk Seri Tom Lee`, `Engr. Ade Roe`, `HRH Igwe Obi Roe`.
  'hon',
  'hon.',
  'honourable',
  'honorable',
  'alhaji',
  'alhaja',
  'mallam',
  'datuk',
  'dato',
  'seri',
  'engr',
  'engr.',
  'eng.',
  'barr',
  'barr.',
  // Abbreviated ranks and offices that papers of many countries write before a name (`Brig.
  // Tom Roe`, `Atty. Jane Doe`, `Asst. Commr. Ade Roe`, `Rt. Hon. Tom Roe`, `Mme. Jane Doe`).
  'brig.',
  'cdr.',
  'atty.',
  'asst.',
  'dep.',
  'sec.',
  'commr.',
  'cmsr.',
  'bp.',
  'abp.',
  'rt.',
  'revd.',
  'mme.',
  'mlle.',
  // Courtesy titles other languages write without a stop (`Mme Claire Dubois`, `Herr Klaus
  // Becker`, `Sayyid Ali`, `Datin Noor Aziz`; `Datuk` and `Dato` stand above).
  'mme',
  'mlle',
  'monsieur',
  'madame',
  'herr',
  'frau',
  'señor',
  'señora',
  'signor',
  'signora',
  'sayyid',
  'sheikha',
  'datin',
  'tun',
  // South and Southeast Asia's and East Africa's (`Haji Rahman Salleh`, `Ustazah Nur Aina`,
  // `Shri Ramesh Iyer`, `Smt. Lakshmi Rao`, `Mzee Juma Otieno`).
  'haji',
  'hajjah',
  'hajah',
  'ustaz',
  'ustazah',
  'shri',
  'shrimati',
  'smt',
  'smt.',
  'mzee',
  'sra.',
  'dra.',
  'ing.',
  'arq.',
  'lic.',
  'hrh',
  // Fiji's chiefly title for a man, `Ratu Epeli Nawadra`. (Not the one for a woman, `Adi`, which
  // opens many Indonesian names: `Adi Nugroho`.)
  'ratu',
  'igwe',
  'oba',
  // Burmese honorifics for a man and a woman, `U Kyaw Zin Htet`, `Daw Nilar Win`. (Not `Ko` or
  // `Ma`, names of their own elsewhere.)
  'u',
  'daw',
  // `Mother Superior Ann Roe`, `Father Superior`.
  'superior',
  'rev',
  'rev.',
  'reverend',
  'president',
  'president-elect',
  'vice',
  'vice-president',
  'secretary',
  'secretary-general',
  'undersecretary',
  'minister',
  'premier',
  'chancellor',
  'justice',
  'state',
  'deputy',
  'former',
  'first',
  'chief',
  // `Harbor Master Dapo Lawal`, `Master Sgt.`
  'master',
  'head',
  'lead',
  'top',
  'envoy',
  'ambassador',
  'adviser',
  'advisor',
  'counselor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'press',
  'senator',
  'sen',
  'sen.',
  'representative',
  'rep',
  'rep.',
  'congressman',
  'congresswoman',
  'lawmaker',
  // `Member for Ripon Jo Roe`, `County Executive Committee Member for Trade Jo Roe`.
  'member',
  'governor',
  'gov',
  'gov.',
  'lt',
  'lt.',
  'mayor',
  'judge',
  'attorney',
  'general',
  'gen',
  'gen.',
  'colonel',
  'col',
  'col.',
  'major',
  'maj',
  'maj.',
  'captain',
  'capt',
  'capt.',
  'commander',
  'admiral',
  'adm',
  'adm.',
  'sergeant',
  'sgt',
  'sgt.',
  'officer',
  'king',
  'queen',
  'prince',
  'princess',
  'duke',
  'duchess',
  'emperor',
  'empress',
  'baron',
  'baroness',
  'countess',
  'earl',
  'pope',
  'cardinal',
  'archbishop',
  'bishop',
  'councilman',
  'councilwoman',
  'councillor',
  'councilor',
  'alderman',
  'alderwoman',
  'sheriff',
  'rabbi',
  'imam',
  'sheikh',
  'ayatollah',
  // Buddhist and Hindu clergy: `The Venerable Hiwot Bekele`, `Swami Ananda`, `Ajahn Chah`.
  'venerable',
  'swami',
  'ajahn',
  'bhikkhu',
  'bhikkhuni',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'mp',
  'mep',
  'founder',
  'co-founder',
  'owner',
  'executive',
  'manager',
  'coach',
  'commissioner',
  'administrator',
  'clerk',
  'coordinator',
  'negotiator',
  'diplomat',
  'candidate',
  'nominee',
  'leader',
  'speaker',
  'delegate',
  'analyst',
  'economist',
  'strategist',
  'pollster',
  'researcher',
  'scientist',
  'author',
  'writer',
  'reporter',
  'correspondent',
  'editor',
  'columnist',
  'host',
  'anchor',
  'lawyer',
  'activist',
  'campaigner',
  'aide',
  'staffer',
  'operative',
  'surrogate',
  'son-in-law',
  'daughter-in-law',
  'father-in-law',
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'sister',
  'mother',
  'father',
  'of',
  'military',
  'intelligence',
  'economic',
  'policy',
  'campaign',
  'communications',
  'white',
  'house',
  'u.s.',
  'us',
  'u.n.',
  'un',
  'eu',
  'nato',
  'staff',
  'council',
  'party',
  'detective',
  'counsel',
  'det.',
  'assemblyman',
  'assemblywoman',
  'assemblymember',
  'whip',
  'minority',
  'majority',
  'principal',
  'superintendent',
  'supt.',
  'provost',
  'pastor',
  'msgr',
  'msgr.',
  // A priest (`Fr. John Roe`), and the title that shows no gender (`Mx. Sam Roe`).
  'fr',
  'fr.',
  'mx',
  'mx.',
  'deacon',
  'archdeacon',
  // (`Canon Margaret Obi`; `Canon` before no given name is a company's, see `givenNameTitles`.)
  'canon',
  'vicar',
  'chaplain',
  'abbot',
  'abbess',
  'dean',
  'warden',
  'controller',
  'registrar',
  'regent',
  'coroner',
  'examiner',
  'defender',
  'ensign',
  'consul',
  'ambassador-at-large',
  'monsignor',
  'mufti',
  'grand',
  'emir',
  'sultan',
  'magistrate',
  'nurse',
  'cpl',
  'cpl.',
  'corporal',
  'pvt',
  'pvt.',
  'ald',
  'ald.',
  'comdr',
  'comdr.',
  'cmdr',
  'cmdr.',
  'lieutenant',
  'spc.',
  'pfc.',
  'ens.',
  'treasurer',
  'comptroller',
  'auditor',
  // `County Assessor Ruud van den Heuvel`, `County Recorder Jo Roe`: county offices.
  'assessor',
  'recorder',
  'solicitor',
  'prosecutor',
  'inspector',
  'insp.',
  'marshal',
  'trooper',
  'constable',
  'const.',
  'cst.',
  'pres.',
  'amb.',
  'councilmember',
  'trustee',
  'vice-chair',
  // A councillor (`Cllr Jo Roe`) and police ranks in South Asia and Nigeria (`SP Ada Roe`, `DCP`).
  'cllr',
  'cllr.',
  'councillor',
  'councilor',
  'supt',
  // (British ranks written without stops: `Det Insp Jo Roe`, `Pte Ada Roe`, `Flt Lt Ian Roe`.)
  'det',
  'insp',
  'pte',
  'pte.',
  'cdr',
  'brig',
  'brig.',
  // Ranks written out (`Brigadier Ana Ruiz`, `Commodore Tom Reyes`), as `brig.` abbreviates one.
  'brigadier',
  'commodore',
  'airman',
  'seaman',
  'flt',
  'sqn',
  'ldr',
  'sp',
  'asp',
  'dsp',
  'ssp',
  'csp',
  'acp',
  'dcp',
])

/**
 * Portfolios a minister or secretary holds (`the Health Secretary`, `the Education Minister`):
 * title words before a title only, since they open bodies' names too (`Clarion Health
 * Technologies`).
 */
export const portfolioWords: ReadonlySet<string> = new Set([
  'health',
  'education',
  'environment',
  'transport',
  'transportation',
  'housing',
  'trade',
  'agriculture',
  'home',
  'immigration',
  'industry',
  'culture',
  'tourism',
  'labour',
  'labor',
  'fisheries',
  'energy',
  'commerce',
  'finance',
  'budget',
  'defence',
  'defense',
  'justice',
  'development',
  'planning',
  'science',
  'technology',
  'innovation',
  'sport',
  'sports',
  'youth',
  'welfare',
  'employment',
  'infrastructure',
  'forestry',
  'mines',
  'water',
  'sanitation',
  'communications',
  'information',
  'heritage',
  'climate',
  'economy',
  'research',
  'irrigation',
  'aviation',
  'arts',
  'lands',
  'resources',
  'wildlife',
  'parks',
  'food',
  'rural',
  // `Crown Counsel`, `Crown Prosecutor` (and `Crown Resorts`, a body).
  'crown',
])

/**
 * Title words that are given names too (`Dean Baker`, `Earl Blumenauer`): a title only when a
 * given name follows (`Dean Ana Lindqvist`, `Prince Harry`), else the first word of a name.
 */
export const givenNameTitles: ReadonlySet<string> = new Set([
  'dean',
  'canon',
  'earl',
  'major',
  'prince',
  'baron',
  'duke',
])

/**
 * The heads among the title words: a title ending in one of these is a role a description
 * can name (`the minister`, `the secretary of state`). Modifiers such as `foreign` are not.
 */
export const roleHeads: ReadonlySet<string> = new Set([
  'manager',
  'coordinator',
  'organizer',
  'organiser',
  // `a rep for the singer`: a representative.
  'rep',
  'consultant',
  'strategist',
  'pollster',
  'president',
  'president-elect',
  'vice-president',
  'secretary',
  'secretary-general',
  'minister',
  'premier',
  'chancellor',
  'envoy',
  'ambassador',
  'adviser',
  'advisor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'senator',
  'representative',
  'congressman',
  'congresswoman',
  'governor',
  'mayor',
  'judge',
  'general',
  'commander',
  'king',
  'queen',
  'prince',
  'princess',
  'duke',
  'duchess',
  'emperor',
  'empress',
  'baron',
  'baroness',
  'countess',
  'earl',
  'pope',
  'archbishop',
  'bishop',
  'councilman',
  'councilwoman',
  'alderman',
  'alderwoman',
  'member',
  'sheriff',
  'director',
  // (`chief executive`: the office's holder, as `director` is.)
  'executive',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'emt',
  'mp',
  'mep',
  'founder',
  'coach',
  'commissioner',
  'administrator',
  'clerk',
  'coordinator',
  'negotiator',
  'diplomat',
  'candidate',
  'nominee',
  'leader',
  'chief',
  // (`Union boss warns …`: whoever heads a body, in a headline's words.)
  'boss',
  'head',
  'lawyer',
  'attorney',
  'counsel',
  'detective',
  'assemblyman',
  'assemblywoman',
  'superintendent',
  'principal',
  'provost',
  'pastor',
  'emir',
  'sultan',
  'magistrate',
  'whip',
  'rabbi',
  'imam',
  'cardinal',
  'prosecutor',
  'inspector',
  'treasurer',
  'comptroller',
  'auditor',
  'assessor',
  'marshal',
  'speaker',
])

/**
 * Whether a lower-case word is a title word, or one with `ex-`, `co-` or `then-` before it or
 * `-elect` or `-designate` after it (`ex-Gov.`, `co-author`, `then-Gov.`, `Mayor-elect`).
 *
 * @param word The lower-case word.
 */
export function isTitleWord(word: string): boolean {
  if (titleWords.has(word)) return true
  // Every other form has a hyphen; most words are no title, and this is asked of most words.
  if (!word.includes('-')) return false
  // (`co-author`, `co-chair`: one who shares the role holds it.)
  let stem =
    word.startsWith('ex-') || word.startsWith('co-')
      ? word.slice(3)
      : word.startsWith('then-')
        ? word.slice(5)
        : word
  if (stem.endsWith('-elect')) stem = stem.slice(0, -6)
  else if (stem.endsWith('-designate')) stem = stem.slice(0, -10)
  if (stem !== word) return titleWords.has(stem)
  // `Director-General`, `Auditor-General`: title words joined by a hyphen make one; so do two
  // joined by `in` (`editor-in-chief`, `commander-in-chief`).
  const parts = word.split('-')
  if (parts.length === 3 && parts[1] === 'in') parts.splice(1, 1)
  return parts.length === 2 && parts.every((part) => titleWords.has(part))
}

/**
 * The roles an abbreviated title stands for, so that `the senator` finds `Sen. Jane Doe`.
 * Keys are lower case without the full stop.
 */
export const titleAbbreviations: Readonly<Record<string, readonly string[]>> = lookupTable({
  sen: ['senator', 'lawmaker', 'legislator'],
  rep: ['representative', 'congressman', 'congresswoman', 'lawmaker', 'legislator'],
  gov: ['governor'],
  gen: ['general'],
  lt: ['lieutenant'],
  col: ['colonel'],
  maj: ['major'],
  capt: ['captain'],
  adm: ['admiral'],
  brig: ['brigadier'],
  sgt: ['sergeant'],
  dr: ['doctor'],
  // `CEO Jane Doe` is who `the chief executive` is.
  ceo: ['executive'],
  prof: ['professor'],
  rev: ['reverend'],
  pres: ['president'],
  supt: ['superintendent'],
  insp: ['inspector'],
  det: ['detective'],
  amb: ['ambassador'],
  const: ['constable'],
  cst: ['constable'],
  cllr: ['councillor', 'councilor'],
  sp: ['superintendent'],
  ssp: ['superintendent'],
  asp: ['superintendent'],
  dsp: ['superintendent'],
  csp: ['superintendent'],
  acp: ['commissioner'],
  dcp: ['commissioner'],
})

/**
 * Nouns for one role, each found by the others: someone given one (`the defense attorney`) is
 * who a later phrase with another means (`the defense lawyer`).
 */
export const roleSynonyms: ReadonlyMap<string, readonly string[]> = new Map([
  ['attorney', ['lawyer']],
  ['lawyer', ['attorney']],
  ['spokesman', ['spokesperson']],
  ['spokeswoman', ['spokesperson']],
  ['spokesperson', ['spokesman', 'spokeswoman']],
])

/**
 * The role a title stands for when it is the last before a name: `Justice Jane Doe` is who
 * `the judge` is, but the `Justice Minister` is no judge; `Senator Jane Doe` is who `the
 * lawmaker` is, but the `Senate Majority Leader` is not.
 */
export const headTitleRoles: Readonly<Record<string, readonly string[]>> = lookupTable({
  justice: ['judge'],
  magistrate: ['judge'],
  // (Titles of two words, looked up by both: `Assistant District Attorney Khalid Roe` is who
  // `the prosecutor` is; `defense attorney` is not.)
  'district attorney': ['prosecutor'],
  'state attorney': ['prosecutor'],
  "state's attorney": ['prosecutor'],
  'state’s attorney': ['prosecutor'],
  'crown attorney': ['prosecutor'],
  // (A federal prosecutor: `U.S. Attorney Ana Roe`, `United States Attorney …`.)
  'u.s. attorney': ['prosecutor'],
  'us attorney': ['prosecutor'],
  'states attorney': ['prosecutor'],
  'crown counsel': ['prosecutor'],
  'crown prosecutor': ['prosecutor'],
  'public defender': ['lawyer', 'attorney'],
  senator: ['lawmaker', 'legislator'],
  representative: ['lawmaker', 'legislator'],
  congressman: ['lawmaker', 'legislator'],
  congresswoman: ['lawmaker', 'legislator'],
  assemblyman: ['lawmaker', 'legislator'],
  assemblywoman: ['lawmaker', 'legislator'],
  assemblymember: ['lawmaker', 'legislator'],
  mp: ['lawmaker', 'legislator'],
  mla: ['lawmaker', 'legislator'],
  // `The Rev. Sadia Qureshi` is who `the pastor` is; `The Venerable …`, `the monk`.
  rev: ['pastor', 'priest', 'vicar', 'preacher'],
  'rev.': ['pastor', 'priest', 'vicar', 'preacher'],
  reverend: ['pastor', 'priest', 'vicar', 'preacher'],
  venerable: ['monk', 'nun', 'abbot'],
  imam: ['cleric', 'preacher'],
  rabbi: ['cleric', 'preacher'],
})

/** Titles that tell a person's gender. */
export const genderedTitles: Readonly<Record<string, 'male' | 'female'>> = lookupTable({
  mr: 'male',
  'mr.': 'male',
  u: 'male',
  daw: 'female',
  sir: 'male',
  lord: 'male',
  king: 'male',
  prince: 'male',
  duke: 'male',
  emperor: 'male',
  baron: 'male',
  earl: 'male',
  councilman: 'male',
  alderman: 'male',
  spokesman: 'male',
  chairman: 'male',
  congressman: 'male',
  husband: 'male',
  son: 'male',
  brother: 'male',
  father: 'male',
  'son-in-law': 'male',
  'father-in-law': 'male',
  'brother-in-law': 'male',
  grandson: 'male',
  stepson: 'male',
  stepfather: 'male',
  godfather: 'male',
  fiancé: 'male',
  mrs: 'female',
  'mrs.': 'female',
  ms: 'female',
  'ms.': 'female',
  miss: 'female',
  dame: 'female',
  alhaji: 'male',
  alhaja: 'female',
  mme: 'female',
  mlle: 'female',
  madame: 'female',
  frau: 'female',
  señora: 'female',
  signora: 'female',
  sheikha: 'female',
  datin: 'female',
  haji: 'male',
  hajjah: 'female',
  hajah: 'female',
  ustaz: 'male',
  ustazah: 'female',
  shri: 'male',
  shrimati: 'female',
  smt: 'female',
  'smt.': 'female',
  mzee: 'male',
  monsieur: 'male',
  herr: 'male',
  señor: 'male',
  signor: 'male',
  sayyid: 'male',
  sheikh: 'male',
  mallam: 'male',
  lady: 'female',
  queen: 'female',
  princess: 'female',
  duchess: 'female',
  empress: 'female',
  baroness: 'female',
  countess: 'female',
  councilwoman: 'female',
  alderwoman: 'female',
  spokeswoman: 'female',
  chairwoman: 'female',
  congresswoman: 'female',
  wife: 'female',
  daughter: 'female',
  sister: 'female',
  mother: 'female',
  'daughter-in-law': 'female',
  'mother-in-law': 'female',
  'sister-in-law': 'female',
  granddaughter: 'female',
  stepdaughter: 'female',
  stepmother: 'female',
  godmother: 'female',
  mum: 'female',
  // Nouns for people that show their gender.
  actress: 'female',
  waitress: 'female',
  seamstress: 'female',
  stewardess: 'female',
  heiress: 'female',
  hostess: 'female',
  heroine: 'female',
  matriarch: 'female',
  nun: 'female',
  widow: 'female',
  grandmother: 'female',
  aunt: 'female',
  niece: 'female',
  girl: 'female',
  woman: 'female',
  girlfriend: 'female',
  bride: 'female',
  fiancée: 'female',
  mom: 'female',
  businesswoman: 'female',
  assemblywoman: 'female',
  policewoman: 'female',
  monk: 'male',
  widower: 'male',
  grandfather: 'male',
  uncle: 'male',
  nephew: 'male',
  boy: 'male',
  man: 'male',
  gentleman: 'male',
  boyfriend: 'male',
  groom: 'male',
  dad: 'male',
  patriarch: 'male',
  businessman: 'male',
  assemblyman: 'male',
  policeman: 'male',
})

/**
 * Lower-case particles that belong to the surname after them (`von der Leyen`, `bin Salman`,
 * `da Silva`): rarely English words, so a particle before a capitalized name joins it.
 */
export const nameParticles: ReadonlySet<string> = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'du',
  'da',
  'di',
  'dos',
  'das',
  'bin',
  'ibn',
  'los',
  'las',
  'la',
  'le',
  'el',
  'al',
  'ter',
  'ten',
  'dal',
  'dei',
  'degli',
  'wa',
  // `Ivone do Amaral`, `Gethin ap Rhys`, `Reinhold zu Waldeck`, `Tove af Klint`, `Rosalinda
  // dela Cruz`.
  'dela',
  'do',
  'ap',
  'zu',
  'af',
  // `Haslinda binti Ismail`, `Vilma delos Angeles`, `Islwyn ab Iorwerth`.
  'binti',
  'binte',
  'delos',
  'ab',
])

// Particles that are given names too when capitalized (`Ben Carson`), so a particle only as
// written in lower case (`Dalia ben Youssef`, `Fatimetou mint Abdel Malick`).
const lowerCaseParticles: ReadonlySet<string> = new Set(['ben', 'bint', 'ould', 'mint'])

/**
 * Whether a word is a name particle as written: any case for `von`, `de`, `bin`; lower case
 * only for one that is a given name too (`ben`).
 *
 * @param text The word as written.
 * @param lower The word in lower case.
 */
export function isNameParticle(text: string, lower: string): boolean {
  return nameParticles.has(lower) || (text === lower && lowerCaseParticles.has(lower))
}

/**
 * Particles that say whose son or daughter someone is (`bin`, `binti`, `ibn`, `ben`), with the
 * sex they show: the words before one are given names, used alone (`Nur Aisyah` for `Nur
 * Aisyah binti Kamal`).
 */
export const patronymics: ReadonlyMap<string, 'male' | 'female' | 'unknown'> = new Map([
  ['bin', 'male'],
  ['ibn', 'male'],
  // (`ben` shows none: in the Maghreb it opens women's family names too, `Leila ben Salem`.)
  ['ben', 'unknown'],
  ['ould', 'male'],
  ['binti', 'female'],
  ['binte', 'female'],
  ['bint', 'female'],
  ['mint', 'female'],
])

/** Generational suffixes after a surname (`Jane Doe Jr.`): the surname is the word before. */
export const nameSuffixes: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

// Degrees and honours written after a name, without their full stops.
const credentials: ReadonlySet<string> = new Set([
  'md',
  'phd',
  'rn',
  'esq',
  'jd',
  'mba',
  'cpa',
  'dds',
  'dvm',
  'llm',
  'obe',
  'mbe',
  'cbe',
  // Senior barristers (`Tom Roe, KC,`).
  'kc',
  'qc',
  'sc',
])

/**
 * Whether a word written after a name and a comma qualifies it rather than names anyone: a
 * degree or honour (`M.D.`, `Ph.D.`, `Esq.`) or a party tag (`R-Ky.`, `D-N.Y.`).
 *
 * @param text The word as written.
 */
export function isPostnominal(text: string): boolean {
  return credentials.has(text.replace(/\./g, '').toLowerCase()) || /^[DRI]-[A-Z]/u.test(text)
}

/**
 * Whether a word written in capitals right after a name, with no comma, qualifies it rather
 * than ends it: a senior barrister's, a member's or an honour's letters (`Jane Doe KC`, `Tom
 * Roe MP`, `Ann Lee OBE`). (`SC` only after a comma: it ends clubs' names, `Orlando City SC`.)
 *
 * @param text The word as written.
 */
export function isLettersAfterName(text: string): boolean {
  if (text.length < 2 || text !== text.toUpperCase() || text === 'SC') return false
  return credentials.has(text.toLowerCase()) || memberLetters.has(text)
}

// Letters a member of a parliament or an assembly writes after their name.
const memberLetters: ReadonlySet<string> = new Set(['MP', 'MSP', 'MLA', 'MS', 'TD', 'MEP', 'MHK'])

/**
 * The party a tag after a name or a word before it names, as the noun a later description
 * uses (`Jane Doe, D-N.Y.` and `Democrat Jane Doe` are who `the New York Democrat` is), or
 * undefined.
 *
 * @param text The tag (`R-Ky.`) or the word (`Republican`) as written.
 */
export function partyOf(text: string): string | undefined {
  const tag = /^([DRI])-[A-Z]/u.exec(text)
  if (tag) return partyNouns[tag[1] as string]
  return partyWords[text.toLowerCase()]
}

const partyNouns: Readonly<Record<string, string>> = lookupTable({
  D: 'democrat',
  R: 'republican',
  I: 'independent',
})
const partyWords: Readonly<Record<string, string>> = lookupTable({
  democrat: 'democrat',
  democratic: 'democrat',
  republican: 'republican',
})

/**
 * Words for an office below or beside the one its noun names (`the deputy mayor` is not the
 * mayor, `the shadow health secretary` not the health secretary).
 */
export const otherOffices: ReadonlySet<string> = new Set([
  'shadow',
  'deputy',
  'vice',
  'assistant',
  'associate',
  'junior',
])

/** Forms of address after `his` or `her` (`her Honour`, `His Excellency`). */
export const formsOfAddress: ReadonlySet<string> = new Set([
  'honour',
  'honor',
  'excellency',
  'majesty',
  'highness',
  'lordship',
  'ladyship',
  'worship',
])
