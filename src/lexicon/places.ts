import { lookupTable } from './lookup-table.js'

/**
 * Countries, a few blocs, capitals and the U.S. states, lower case. A place that says something speaks through its
 * government (`Freedonia criticized the attack`), so a name found here is an organization.
 */
export const placeNames: ReadonlySet<string> = new Set(
  `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros
congo croatia cuba cyprus czechia czech denmark djibouti dominica ecuador egypt eritrea estonia
eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala
guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica
japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia
libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia
nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles
singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan
tanzania thailand togo tonga tunisia turkey türkiye turkmenistan tuvalu uganda ukraine uruguay
uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe america britain england scotland wales
europe africa asia kyiv kiev moscow washington beijing london paris berlin brussels tehran
jerusalem ankara tokyo seoul pyongyang minsk warsaw rome madrid ottawa canberra delhi islamabad
kabul baghdad damascus cairo riyadh doha florida california texas ohio york
pennsylvania michigan wisconsin iowa arizona nevada virginia carolina alabama alaska arkansas
colorado connecticut delaware hawaii idaho illinois indiana kansas kentucky louisiana maine
maryland massachusetts minnesota mississippi missouri montana nebraska oklahoma oregon tennessee
utah vermont wyoming`
    .split(/\s+/)
    // Names of more than one word, one per line.
    .concat(
      `new york
new jersey
new hampshire
new mexico
north carolina
south carolina
north dakota
south dakota
rhode island
west virginia
new zealand
south africa
south korea
north korea
saudi arabia
sri lanka
costa rica
el salvador`.split('\n'),
    ),
)

// Demonyms that no suffix rule derives from their place's name.
const irregularDemonyms = new Set(
  `british english scottish welsh irish french dutch polish spanish swiss greek thai czech danish
swedish finnish norwegian belarusian kazakh uzbek afghan filipino portuguese lebanese sudanese
vietnamese congolese maltese arab korean saudi swede brit kiwi texan serb croat dane spaniard
briton icelander peruvian pole finn
irishman irishwoman frenchman frenchwoman englishman englishwoman dutchman scotsman scotswoman
welshman welshwoman`.split(/\s+/),
)

/**
 * Whether a lower-case word is the adjective of a place (`chilean`, `canadian`, `chinese`,
 * `israeli`, `turkish`): a modifier (`the Chilean demands`), never a name on its own.
 *
 * @param word Lower-case word.
 */
export function isDemonym(word: string): boolean {
  if (irregularDemonyms.has(word)) return true
  // `kenya` + `n`, `chile` + `an`, `canad(a)` + `ian`, `israel` + `i`, `chin(a)` + `ese`,
  // `germa(ny)` + `n`, `turk(ey)` + `ish`.
  // Asked of most words: a rest pattern here would build an array for every rule every time.
  for (const { suffix, endings } of demonymRules) {
    if (!word.endsWith(suffix)) continue
    const stem = word.slice(0, -suffix.length)
    if (stem.length < 3) continue
    for (const ending of endings) if (placeNames.has(stem + ending)) return true
  }
  return false
}

// Demonyms that no suffix rule derives from a country's name, for its people.
const demonymsByPlace: ReadonlyMap<string, readonly string[]> = new Map([
  ['sweden', ['swede', 'swedish']],
  ['denmark', ['dane', 'danish']],
  ['poland', ['pole', 'polish']],
  ['finland', ['finn', 'finnish']],
  ['norway', ['norwegian']],
  ['serbia', ['serb', 'serbian']],
  ['croatia', ['croat', 'croatian']],
  ['peru', ['peruvian']],
  ['lebanon', ['lebanese']],
  ['sudan', ['sudanese']],
  ['britain', ['briton', 'british', 'brit']],
  ['france', ['french']],
  ['spain', ['spaniard', 'spanish']],
  ['netherlands', ['dutch']],
  ['switzerland', ['swiss']],
  ['greece', ['greek']],
  ['thailand', ['thai']],
  ['philippines', ['filipino']],
  ['portugal', ['portuguese']],
  ['ireland', ['irish']],
  ['iceland', ['icelander', 'icelandic']],
  ['new zealand', ['new zealander', 'kiwi']],
])

/**
 * The words for someone from a place (`egypt` → `egyptian`, `ghana` → `ghanaian`, `sweden` →
 * `swede`): what a later `the Egyptian` calls a person the text placed there.
 *
 * @param place Lower-case name of the place.
 */
export function demonymsOf(place: string): string[] {
  const listed = demonymsByPlace.get(place)
  if (listed) return [...listed]
  if (!placeNames.has(place)) return []
  const found: string[] = []
  for (const { suffix, endings } of demonymRules) {
    for (const ending of endings) {
      if (!place.endsWith(ending)) continue
      const word = place.slice(0, place.length - ending.length) + suffix
      if (word.length - suffix.length >= 4 && isDemonym(word) && !found.includes(word))
        found.push(word)
    }
  }
  return found
}

/**
 * A people's word with the others for the same people (`swedish` → `swedish`, `swede`): `Swedish
 * Linnea Roe` is a later `the Swede`.
 *
 * @param word Lower-case demonym.
 */
export function demonymsLike(word: string): string[] {
  for (const words of demonymsByPlace.values()) if (words.includes(word)) return [...words]
  return [word]
}

// Suffix of the demonym, then what may end the place's name in its place.
const demonymRules: readonly { suffix: string; endings: readonly string[] }[] = [
  { suffix: 'ian', endings: ['', 'e', 'a', 'ia', 'y'] },
  { suffix: 'an', endings: ['', 'a', 'e', 'ia', 'o', 'y'] },
  { suffix: 'n', endings: ['', 'ny', 'y'] },
  { suffix: 'i', endings: ['', 'a', 'an', 'istan'] },
  { suffix: 'ese', endings: ['', 'a', 'e'] },
  { suffix: 'ish', endings: ['ey', 'y', ''] },
]

/**
 * Words that locate within a place (`downtown Chicago`, `rural Iowa`, `northern Syria`): the
 * name after one is a place, whatever the name.
 */
export const placeModifiers: ReadonlySet<string> = new Set(
  `downtown uptown midtown suburban rural urban nearby neighboring neighbouring coastal central
northern southern eastern western northeastern northwestern southeastern southwestern upstate
inner outer greater metropolitan`.split(/\s+/),
)

/**
 * Words that make a name of two words or more a place's: a feature of the land last (`Temu
 * Valley`, `Korsun Heights`, `Ostrava Bay`) or a word for a settlement's kind first (`Port
 * Maren`, `Mount Ida`, `San Teodoro`, `Lake Anselm`).
 */
export const placeLastWords: ReadonlySet<string> = new Set(
  `valley heights bay falls springs harbor harbour beach creek island islands hills cove ridge
peninsula gulch canyon junction crossing river lake mountain mountains forest desert sea ocean
coast strait glacier delta basin plateau reservoir`.split(/\s+/),
)

/** Last words of the names of streets and roads (`Mill Street`, `Fourth Avenue`). */
export const streetWords: ReadonlySet<string> = new Set(
  'street avenue road boulevard lane drive highway parkway freeway square plaza row crescent terrace alley'.split(
    ' ',
  ),
)

/** First words of a place's name (see `placeLastWords`). */
export const placeFirstWords: ReadonlySet<string> = new Set(
  'port mount mt. fort cape lake san santa são sao puerto'.split(' '),
)

/** Verbs of being born or brought up somewhere (`born in`, `grew up in`). */
export const birthVerbs: ReadonlySet<string> = new Set(['born', 'raised', 'grew'])

/** Verbs that tell where someone is from (`born in`, `moved from`, `hails from`). */
export const originVerbs: ReadonlySet<string> = new Set([
  ...birthVerbs,
  'came',
  'moved',
  'emigrated',
  'immigrated',
  'arrived',
  'fled',
  'hails',
])

/**
 * The U.S. state a tag beside a name gives, in lower case (`Sen. Tom Roe (R-Fla.)`, `Ana Diaz
 * (Fla.)`, `Jane Doe, D-N.Y.,` → `florida`, `new york`), so that `the Florida senator` finds
 * them; or undefined. News writes states the AP way (`Fla.`, `N.Y.`, `Texas`); a postal code
 * (`R-FL`) counts only after a party's letter, where no other capitals stand.
 *
 * @param text The tag as written.
 */
export function stateOfTag(text: string): string | undefined {
  const party = /^[DRI]-/u.test(text)
  const rest = party ? text.slice(2) : text
  const written = apStates[rest.toLowerCase()]
  if (written) return written
  return party ? postalStates[rest.replace(/\.$/u, '')] : undefined
}

// The AP's abbreviations, and the names it writes in full.
const apStates = stateTable(
  `ala.:alabama ariz.:arizona ark.:arkansas calif.:california colo.:colorado
conn.:connecticut del.:delaware fla.:florida ga.:georgia ill.:illinois ind.:indiana kan.:kansas
ky.:kentucky la.:louisiana md.:maryland mass.:massachusetts mich.:michigan minn.:minnesota
miss.:mississippi mo.:missouri mont.:montana neb.:nebraska nev.:nevada n.h.:new_hampshire
n.j.:new_jersey n.m.:new_mexico n.y.:new_york n.c.:north_carolina n.d.:north_dakota
okla.:oklahoma ore.:oregon pa.:pennsylvania r.i.:rhode_island s.c.:south_carolina
s.d.:south_dakota tenn.:tennessee vt.:vermont va.:virginia wash.:washington w.va.:west_virginia
wis.:wisconsin wyo.:wyoming alaska:alaska hawaii:hawaii idaho:idaho iowa:iowa maine:maine
ohio:ohio texas:texas utah:utah`,
)

// Postal codes, by the state's name above.
const postalStates = stateTable(
  `AL:alabama AK:alaska AZ:arizona AR:arkansas CA:california CO:colorado CT:connecticut
DE:delaware FL:florida GA:georgia HI:hawaii ID:idaho IL:illinois IN:indiana IA:iowa KS:kansas
KY:kentucky LA:louisiana ME:maine MD:maryland MA:massachusetts MI:michigan MN:minnesota
MS:mississippi MO:missouri MT:montana NE:nebraska NV:nevada NH:new_hampshire NJ:new_jersey
NM:new_mexico NY:new_york NC:north_carolina ND:north_dakota OH:ohio OK:oklahoma OR:oregon
PA:pennsylvania RI:rhode_island SC:south_carolina SD:south_dakota TN:tennessee TX:texas
UT:utah VT:vermont VA:virginia WA:washington WV:west_virginia WI:wisconsin WY:wyoming`,
)

// A lookup from `key:state_name` pairs written one after another (`_` for a space).
function stateTable(pairs: string): Readonly<Record<string, string>> {
  const entries: Record<string, string> = {}
  for (const pair of pairs.split(/\s+/u)) {
    const [key, state] = pair.split(':') as [string, string]
    entries[key] = state.replace(/_/gu, ' ')
  }
  return lookupTable(entries)
}
