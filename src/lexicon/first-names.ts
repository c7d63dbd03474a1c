import type { Gender } from './pronouns.js'
import { worldFemaleNames, worldMaleNames } from './world-given-names.js'

// Common given names whose gender is clear in news use, so that `she` skips a `Mark` and `he`
// skips a `Theresa`: English names and, since news names people from everywhere, common names
// of many origins (Southeast, East, Central and South Asian, Turkish, Persian, Arabic, Hebrew,
// East, West and Southern African, Caucasian, Slavic, Baltic, Finnish, Hungarian, Romanian,
// Balkan, Greek, Nordic, Dutch, German, French, Italian, Iberian, Latin American, Irish, Welsh,
// Maori and Pacific). Names are spelled without diacritics (`Paweł` is looked up as `pawel`);
// Korean given names keep their hyphen (`jae-in`). Names used for both (`Sam`, `Alex`, `Kim`,
// `Jordan`), or for a man in one language and a woman in another (`Andrea`, `Simone`,
// `Nikola`), are left out: an unknown name is `unknown`, never a guess.
const male = `will august aaron abdul adam adrian ahmed ala alan alberto alexander alexei alexey
andre andrei andrew andrii andriy andy angelo anthony antonio arnold arthur barack ben benjamin
bernie bill bob boris brad brandon brian bruce carl carlos charles charlie christopher chuck
colin craig dan daniel darren dave david dennis dmitri dmitry donald doug douglas duncan dwight
ed eddie edward emmanuel eric frank fred friedrich gary george gerald giorgio glenn gordon greg
gregory hakeem hans harold harry henry hunter ian igor isaac ivan jack jacob jake james jared
jason javier jay jeb jeff jeffrey jens jeremy jerome jim jimmy joe joel john johnny jon jonathan
jorge jose joseph josh joshua juan julian justin keir keith ken kenneth kevin kirill larry
leo luis marco marcus mark martin matt matthew max michael miguel mike mitch mohammed
muhammad narendra nathan neil nicholas nick nicolas oleksandr oleksiy olaf oliver omar patrick
paul pete peter petro phil philip pierre rahm ralph randy ray raymond reince rex richard rick
robert rodrigo roger ron ronald ross rudy rustem ryan samuel scott sean sergei sergey sergiy
serhiy seth stephen steve steven stuart ted thomas tim timothy todd tom tony tyler valery
viktor vince vladimir volodymyr walter wayne william xi yuri yury
abdullah abdulrahman ade adewale ahmad akira alejandro aliyu amir anand andrzej
antoine arjun armando arturo aziz bartosz bashir bilal bogdan chidi chidubem chinedu
chukwuemeka cristian dariusz declan diego dieter dinh duc dung eamon emeka emre enrique esteban
fernando francisco francois gabriel grzegorz guillaume gustavo hamza hassan hieu hiroshi hoang
hussein ibrahim ikechukwu imran jakub janusz joost juergen jurgen kaito kareem karim
kazuki kemal kenji khalid khanh klaus krzysztof kunle lars lorenzo luca lukasz maciej mahmoud
manuel marek mateo matteo mehmet mohamed mohammad mustafa nasser nnamdi obinna olumide
oscar pablo pawel pedro piotr pradeep rafael rahul rajesh ramon rashid ravi ricardo
roberto ruairi ruben rui sander santiago sebastian seamus sergio shinji siddharth sipho sven
takeshi tariq thabo thijs tomasz tunde uche vikram waleed wim wojciech yasser yusuf youssef
zbigniew ahmet cem dimitri giorgos kostas nikos yannis olu segun femi babajide
dmytro taras bohdan mykola vasyl yaroslav ignacio joaquin rodolfo agustin facundo
dimitris dimitrios georgios nikolaos konstantinos ioannis christos
panagiotis vasilis avraham moshe yosef yitzhak eitan avi itai yonatan laszlo istvan zoltan gabor
attila tamas ferenc sandor jiri petr pavel tomas vaclav ondrej lukas sanjay amit anil sunil
suresh ramesh deepak manoj vijay ashok rohit nikhil karthik venkat harish bjorn erik nils
olav magnus anders henrik johan mikkel joao tiago thiago paulo felipe leandro
marcelo baraka juma otieno kamau mwangi kipchoge burak murat kaan onur ozan haruto
kenta daiki shota yuto sota min-jun ji-hoon seo-jun jun-ho hyun-woo dong-hyun
rupert bernard alasdair angus callum hamish rory fergus cormac niall ciaran
theodore reginald clive nigel graham trevor desmond aurelio enzo matthias tobias florian
budi joko agus bambang hendra slamet dedi eko rudi prabowo susilo gibran anies ganjar ridwan arif
teguh wahyu anwar najib mahathir ismail hafiz zulkifli ferdinand emilio benigno rolando reynaldo
romeo renato ernesto somchai somsak prayut thaksin anutin srettha abhisit prasert tuan thang cuong
phuc trong dat duy khoa phong trung vinh huy jianguo jianjun guoqiang zhiqiang xiaoping jintao
keqiang jinping haoran zihao jae-in suk-yeol jae-myung seung-woo jin-woo min-ho jae-hyun jong-un
dae-jung moo-hyun ki-moon heung-min takashi satoshi yoshihide shinzo fumio taro ichiro yukio haruki
daisuke yusuke keisuke hideki masahiro osamu naoki nursultan kassym-jomart askar nurlan daniyar
marat timur rustam ruslan shavkat sardor jasur bekzod farrukh kairat azamat recep tayyip ekrem
huseyin osman omer fatih serkan hakan selim tolga devlet bulent suleyman yasin kerem baris ugur
volkan tarik heydar reza hossein mohsen ebrahim javad abbas mehdi majid saeed hamid farhad dariush
kourosh babak masoud morteza vahid arash alireza ashraf nawaz shehbaz shahbaz asif bilawal zulfikar
pervez shahid wasim fawad usman irfan umar abdallah abdel abdelaziz adel adnan akram ayman bassam
faisal fahad fouad ghassan hani hisham jamal kamal khaled mansour marwan nabil osama rami saad saleh
salman samir tarek walid wael yahya ziad mohamad muhammed tamim habib rachid bashar elias khalil
maher hadi binyamin yair naftali benny gideon yoav itamar gilad ehud shimon uri shlomo chaim
mordechai eyal amos yossi avigdor abiy meles haile tewodros getachew tesfaye dawit yohannes abebe
isaias abdi abdirahman abdullahi uhuru raila kalonzo musalia jomo mwai eliud salim julius cyril
mandla sibusiso themba bongani sizwe jabulani babatunde olusegun adebayo gbenga kayode rotimi
goodluck atiku muhammadu abubakar umaru yakubu aminu shehu musa chukwudi ifeanyi okechukwu kwame
kofi kwaku kwabena kwasi kojo macky abdoulaye ousmane mamadou moussa amadou modou ibrahima aliou
boubacar souleymane lamine sadio idrissa seydou alassane arvind abhishek aditya ajay akhilesh akshay
arun ashish atul devendra dinesh ganesh gaurav krishna mahesh manish mohan mukesh nitin nitish
pankaj prakash prashant rajiv rakesh rajeev rohan sachin sandeep satish varun vikas vishal vivek
jagmeet srinivas satya mahinda gotabaya ranil sajith anura uddhav ajit nikol serzh levon armen arman
aram artur ashot davit tigran giorgi irakli mikheil levan zurab bidzina aleksandr alexandr aleksei
anatoly anton artem evgeny yevgeny georgy ilya konstantin leonid maksim maxim mikhail nikolai
nikolay oleg ramzan stanislav vasily vitaly vladislav andrey ihor mykhailo oleksii pavlo serhii
yuriy yurii maksym aleksander bartlomiej damian dawid emil filip jacek jaroslaw jerzy jozef kamil
karol konrad leszek mariusz mateusz radoslaw rafal ryszard stanislaw szymon tadeusz witold milos
josef karel miroslav zdenek jaroslav matej andras balazs csaba gergely gyorgy imre janos jozsef
lajos miklos tibor zsolt nicolae ioan gheorghe vasile constantin mihai marcel florin alexandru
catalin ionut marius mircea radu vlad boyko rumen georgi dimitar hristo aleksandar bojan dragan
dejan goran ivica ivo josip marko nebojsa nenad slobodan tomislav zeljko zoran janez bakir haris
agron ilir albin enver alexandros andreas antonis apostolos evangelos giannis kyriakos pavlos petros
spyros stavros stefanos thanasis yiannis costas gitanas algirdas jonas mindaugas saulius vytautas
krisjanis valdis andris toomas antti heikki jari jukka juha lauri matti mikko pekka sauli timo mads
morten niels rasmus soren ulf arne gunnar gustav leif fredrik knut haakon jakob kristian lasse
frederik jesper bjarni olafur einar ragnar bart dirk frans geert gerrit hendrik henk jaap jeroen
joris koen kees maarten pieter rutger ruud wouter willem wopke daan bram piet theo herman yves luc
marc armin bernd christoph felix franz georg gerhard heinz helmut horst joachim karl kurt manfred
markus philipp ulrich uwe volker werner wolfgang johannes frank-walter alain arnaud bertrand bruno
christophe didier edouard frederic gerard jacques jean-luc jean-claude jean-pierre jean-marie
jean-paul jean-michel jean-marc julien laurent lionel louis matthieu maxime michel olivier philippe
raphael sebastien serge stephane thierry vincent xavier benoit romain alessandro carlo claudio
daniele davide enrico fabio federico francesco giacomo gianluca giancarlo gianni giovanni giuseppe
leonardo luigi mario massimo maurizio paolo pietro riccardo salvatore silvio stefano vincenzo
alfonso alfredo alvaro andres cesar eduardo gonzalo guillermo hector julio marcos mariano raul
vicente adolfo bernardo emiliano fidel gerardo mauricio nestor octavio hernan humberto evo nayib
jordi josep oriol mikel inigo afonso alexandre caio diogo duarte goncalo guilherme henrique jair
joaquim luiz nuno vasco vinicius aidan brendan cathal cian colm conor connor donal eamonn enda eoin
fergal kieran liam micheal padraig ronan dermot alistair alastair ewan euan iain dafydd gareth huw
rhodri rhys abraham albert alfred alvin archie barry billy bobby bradley brett bryan byron cecil
clarence clifford clint cody cory derek dominic dustin edgar edmund edwin elijah ethan eugene ezra
francis frederick garrett gavin geoffrey gilbert hugh isaiah jeremiah jerry jonah kenny kyle
lawrence leonard lloyd malcolm marvin maurice nathaniel neville owen percy randall rodney simon
stanley terence victor wesley winston zachary dylan evan levi nate shaun shawn tommy travis willie
wyatt mitt newt caleb josiah jude noah wiremu rawiri keanu sione`
const female = `april june may abigail alexandria alice alicia amanda amy angela ann anna anne annalena
barbara betsy betty brenda carla carly carol caroline catherine cathy charlotte chelsea christine
claire condoleezza cynthia debbie deborah diana diane donna dorothy elena elizabeth ellen
emily emma eva evelyn gina giorgia grace hannah heather heidi helen hillary huma ilhan irene
jane janet jennifer jessica jill joan joanna jodi judith judy julia julie kamala karen kate
katherine kathleen kathy kaja kellyanne kirsten kristi laura lauren linda lisa liz
lori lucy madeleine margaret maria marie marine marsha martha mary maxine megan melania
melissa michelle mira monica nancy natalia natalie nikki nina olena olha olga pam pamela
patricia patty paula rachel rebecca rosa ruth sally samantha sandra sara sarah sharon sheila
stephanie susan suzanne tammy teresa theresa tulsi ursula valerie victoria virginia wendy
yulia yuliia
adaeze aisha aigerim akosua amal amara amina ana anais anne-marie aoife beata bich
blessing camila carmen catalina chiamaka chiara chidinma chioma dagmar daniela dorota
ebere elif elzbieta fatima fatma fernanda folake francesca funmilayo gabriela giulia gosia
hanna hanife hoa huong ifeoma ines isabel isabella jadwiga josefina katarzyna kemi
keiko kinga laila layla leila lucia luisa magdalena malgorzata mai mariam marta maryam mei
mercedes minh-anh ngozi nkechi nneka noura oluwaseyi paloma patrycja priya radhika
renata rukayat sakura sanjana seo-yeon shreya siobhan sofia sunita tatiana thao thu titilayo
ulrike valentina wiktoria yasmin yetunde yoko zainab zofia zuzanna agnieszka aleksandra
annelies anouk saoirse niamh grainne roisin maeve fenna femke lotte sanne ingrid astrid
birgit greta hanne liesbeth eun-ji hye-jin ayesha deepa lakshmi meera pooja
anjali kavita nadia rania salma hind dina yasmine ewa irena halyna oksana iryna tetiana
svitlana nataliya lucía maría ximena guadalupe
eleni ioanna despina georgia katerina dimitra noa tamar yael shira talia
avital zsofia zsuzsanna katalin erzsebet eszter reka tereza petra lucie jana zuzana ananya
kavya sneha neha aishwarya divya shalini swati nandini sigrid solveig freja liv karin
maja ingeborg beatriz mariana juliana leticia luiza wanjiru akinyi njeri wambui zawadi nyambura
zeynep ayse merve emine aiko emi yui haruka misaki hina ji-eun min-ji
soo-jin hye-won kateryna yevheniya harriet caitriona bridget mairead
imogen philippa penelope henrietta lucienne genevieve solange margot
megawati puan retno siti ayu putri ratna indah fitri lestari kartini susi endang rahayu wulan
mulyani azizah leni imelda corazon gloria maricel rowena lorna jocelyn yingluck paetongtarn sudarat
siriporn pornthip nittaya wanida kanokwan supaporn trang nhung phuong nga thuy oanh quynh xiuying
guiying xiulan xiumei meiling xiaomei xiaoyan xiaohong chunhua lijuan huifang chunying seo-yun
ha-eun ha-yoon chae-won ye-eun so-yeon ji-hye soo-yeon yu-na mi-kyung kyung-wha young-hee eun-hee
ji-yeon seo-hyun geun-hye yo-jong sanae yuriko kyoko tomoko akiko michiko noriko naoko yumiko mariko
hiroko junko masako reiko mayumi megumi yumi ayaka hana naomi midori kaori erika dinara gulnara
aliya aida madina dilnoza malika zarina aigul hatice meral tansu canan ebru esra hulya leyla melek
ozlem pinar sevgi sibel yasemin zehra busra ceren dilek selin aylin burcu mehriban nigar zahra
fatemeh narges shirin nasrin parisa roya mahsa laleh nazanin shabnam soraya azadeh fariba neda
samira sima zeinab malala fawzia benazir mahira saima sadia rabia nida farzana nasreen hasina
khaleda asma aya dalia farida ghada hala hanan hiba huda jamila khadija lina lubna maha manal mona
nabila najwa nawal nisreen rasha reem rima salwa samar samia suha suad wafa yara zeina loujain
bushra naima rachida karima latifa meriem ayelet tzipi golda orit limor keren merav rivka tali anat
ronit leah miriam esther tigist sahle-work birtukan almaz meseret tirunesh hodan hawa halima sahra
asha wanjiku wangari atieno adhiambo neema nomvula nkosazana thandeka nomsa thandiwe zanele lindiwe
palesa naledi winnie thandi chinwe adaora amaka chinyere funke folasade omolara yewande hadiza hauwa
akua adjoa adwoa abena afua yaa efua aminata fatou awa mariama aissatou fatoumata aarti aditi anita
ankita anushka archana deepika geeta gita hema indira kalpana kavitha madhuri mamata manisha meena
nirmala nisha pallavi poonam preeti priyanka radha rekha sangeeta sarita seema sharmila shilpa
shweta smriti sonia sudha sushma usha vandana vidya mayawati mehbooba jayalalithaa uma simran
chandrika sita anahit anush gayane hasmik lilit lusine salome ketevan eka natia tinatin maia
anastasia anastasiya alina alla alyona anya daria darya ekaterina yekaterina galina inna irina
ksenia larisa lyudmila lyudmyla margarita marina nadezhda natalya polina svetlana tamara tatyana
vera veronika viktoria yana yelena zoya lidia mariya viktoriia khrystyna sofiia anastasiia sviatlana
masha natasha katya tanya lena dasha agata alicja bozena danuta dominika edyta ewelina grazyna
halina iwona izabela jolanta justyna karolina klaudia krystyna monika sylwia urszula weronika wanda
janina emilia paulina alena ivana lenka marketa martina michaela simona katarina kristina agnes
aniko ildiko judit krisztina ilona klara dora andreea cristina ioana mihaela oana ramona roxana
teodora viorica corina raluca anca desislava kristalina gergana milena biljana dragana gordana
jelena jasna jovana kolinda ljiljana marija milica mirjana snezana tatjana vesna sanja tanja lejla
emina vjosa athina fotini konstantina vasiliki zoe christina ingrida ieva ruta inga kersti kadri
tiina sanna tarja anneli minna paivi sari johanna kaisa katja leena liisa marja pia elina anette
camilla cecilie elisabeth erna inger mette pernille tove ulrika ebba frida helena lotta malin
marianne kerstin birgitta katrin kristrun vigdis gudrun anneke hanneke ilse inge marieke mirjam
saskia yvonne hilde anke annegret annette antje brigitte claudia cornelia doris franziska gabriele
heike helga hildegard jutta manuela marlene nadine renate sabine silke susanne svenja clara
christiane stefanie sylvia amelie aurelie beatrice carole cecile celine chantal colette delphine
emilie francoise helene isabelle jacqueline jeanne josephine juliette laetitia louise martine
monique pascale segolene sophie sylvie veronique yvette chloe pauline elise adele edith sandrine
muriel alessandra antonella elisa elisabetta federica giovanna ilaria paola patrizia roberta serena
stefania valeria caterina donatella lorena sabrina adriana alejandra blanca consuelo dolores
esperanza juana marisol nuria pilar raquel rocio soledad susana yolanda maite ainhoa xochitl marcela
delcy griselda maribel karla jimena aline bruna catarina debora dilma fabiana joana larissa luciana
marcia tania vanessa marielle aisling aine ciara deirdre orla sinead sorcha mhairi fiona moira
kirsty catriona nia rhian rhiannon sian gwen gwyneth alison allison amelia annie audrey ava beth
bethany bonnie carolyn cassandra cheryl cindy colleen connie danielle denise eileen elaine eleanor
ella ellie erica erin faith frances gillian janice jenny joanne katie kimberly kristen kristin lily
lillian loretta lydia maggie marilyn marjorie maureen melanie molly nora olivia peggy phoebe rhonda
rosemary ruby shirley sophia stella tara tiffany tina abby kyrsten rashida ayanna kirstjen letitia
gretchen ketanji mazie kiri elodie nathalie margaux manon clemence`

function table(list: string, gender: Gender): [string, Gender][] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => [name, gender])
}

/** Given names, lower case, to the gender they signal. */
export const givenNameGender: ReadonlyMap<string, Gender> = new Map([
  ...table(worldMaleNames, 'male'),
  ...table(worldFemaleNames, 'female'),
  ...table(male, 'male'),
  ...table(female, 'female'),
])

// Names given to both but, in news, far more often to one (`Yuki`, `Minh`): never enough to
// rule anyone out, only to choose between people whose gender nothing else shows.
const leaningMale =
  'minh sam alex chris jordan nikola dale jesse terry cameron drew blake shane oluwaseun tayo'
const leaningFemale =
  'yuki lan mai simone taylor kelly leslie tracy shannon dana kim lindsay stacy morgan ashley courtney whitney alexis'

/** Given names used for both, lower case, to the gender they are used for far more often. */
export const givenNameLean: ReadonlyMap<string, Gender> = new Map([
  ...table(leaningMale, 'male'),
  ...table(leaningFemale, 'female'),
])

/**
 * The gender a given name signals, spelled as the text writes it: the table spells names
 * without diacritics (`Paweł`, `Siobhán` are looked up as `pawel`, `siobhan`).
 *
 * @param word Lower-case given name.
 */
export function givenNameGenderOf(word: string): Gender | undefined {
  return (
    listedGender(word) ??
    // `Baljinder`, `Rupinder`, `Kulwinder`: Punjabi given names in `-inder`, of either sex, no
    // list holds them all (and no English noun for someone ends so).
    (punjabiGiven.test(word) ? 'unknown' : undefined) ??
    hyphenatedGender(word)
  )
}

// `Mary-Beth`, `Anne-Marie`: a given name of two joined is of the sex its known parts agree on
// (`Jean-Luc`, whose parts disagree in the table, of neither).
function hyphenatedGender(word: string): Gender | undefined {
  if (word.indexOf('-') <= 0) return undefined
  let found: Gender | undefined
  for (const part of word.split('-')) {
    const gender = listedGender(part)
    if (gender === undefined) continue
    if (found !== undefined && found !== gender) return 'unknown'
    found = gender
  }
  return found
}

const punjabiGiven = /^[a-z]{3,}inder$/u

// The table's gender for a given name, as written or without its diacritics.
function listedGender(word: string): Gender | undefined {
  return givenNameGender.get(word) ?? givenNameGender.get(plainLetters(word))
}

function plainLetters(word: string): string {
  let plain = plainCache.get(word)
  if (plain === undefined) {
    plain = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l')
    // Given names repeat across a run; the cache stays small (one entry per spelling).
    if (plainCache.size < 4096) plainCache.set(word, plain)
  }
  return plain
}

const plainCache = new Map<string, string>()

/**
 * Common Chinese, Korean and Vietnamese family names, which news writes before the given name
 * (`Zhang Meiling`, `Park Ji-woo`, `Nguyen Van An`): after one, a known given name shows the
 * person's gender. Lower case, without diacritics.
 */
export const familyNamesFirst: ReadonlySet<string> = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng
  liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
  cheng wei su lu ding ren shen yao jin fu zhong xue yan lei kim lee park choi jung jeong kang
  cho yoon yun jang lim oh seo shin kwon hwang ahn hong jeon ko moon son bae baek heo nam noh
  ryu nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly`.split(/\s+/u),
)
