import type { Gender } from './pronouns.js'

// Common given names whose gender is clear in news use, so that `she` skips a `Mark` and `he`
// skips a `Theresa`. Deliberately short: an unknown name is `unknown`, never a guess.
const male = `aaron abdul adam adrian ahmed ala alan alberto alex alexander alexei alexey ali
andre andrei andrew andrii andriy andy angelo anthony antonio arnold arthur barack ben benjamin
bernie bill bob boris brad brandon brian bruce carl carlos charles charlie chris christopher chuck
colin craig dan daniel darren dave david dennis dmitri dmitry donald doug douglas duncan dwight
ed eddie edward emmanuel eric frank fred friedrich gary george gerald giorgio glenn gordon greg
gregory hakeem hans harold harry henry hunter ian igor isaac ivan jack jacob jake james jared
jason javier jay jeb jeff jeffrey jens jeremy jerome jim jimmy joe joel john johnny jon jonathan
jorge jose joseph josh joshua juan julian justin keir keith ken kenneth kevin kirill larry
lee leo lindsey luis marco marcus mark martin matt matthew max michael miguel mike mitch mohammed
muhammad narendra nathan neil nicholas nick nicolas oleksandr oleksiy olaf oliver omar pat patrick
paul pete peter petro phil philip pierre rahm ralph randy ray raymond reince rex richard rick
robert rodrigo roger ron ronald ross rudy rustem ryan sam samuel scott sean sergei sergey sergiy
serhiy seth stephen steve steven stuart ted terry thomas tim timothy todd tom tony tyler valery
viktor vince vladimir volodymyr walter wayne william xi yuri yury`
const female = `abigail alexandria alice alicia amanda amy angela ann anna anne annalena
barbara betsy betty brenda carla carly carol caroline catherine cathy charlotte chelsea christine
claire condoleezza cynthia dana debbie deborah diana diane donna dorothy elena elizabeth ellen
emily emma eva evelyn gina giorgia grace hannah heather heidi helen hillary huma ilhan irene
jane janet jennifer jessica jill joan joanna jodi judith judy julia julie kamala karen kate
katherine kathleen kathy kaja kellyanne kelly kirsten kristi laura lauren linda lisa liz
lori lucy lynn madeleine margaret maria marie marine marsha martha mary maxine megan melania
melissa michelle mira monica nancy natalia natalie nicola nikki nina olena olha olga pam pamela
patricia patty paula rachel rebecca rosa ruth sally samantha sandra sara sarah sharon sheila
stephanie susan suzanne tammy teresa theresa tulsi ursula valerie victoria virginia wendy
yulia yuliia`

function table(list: string, gender: Gender): [string, Gender][] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => [name, gender])
}

/** Given names, lower case, to the gender they signal. */
export const givenNameGender: ReadonlyMap<string, Gender> = new Map([
  ...table(male, 'male'),
  ...table(female, 'female'),
])
