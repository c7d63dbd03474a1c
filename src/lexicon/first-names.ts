import type { Gender } from './pronouns.js'

// Common given names whose gender is clear in news use, so that `she` skips a `Mark` and `he`
// skips a `Theresa`: English names and, since news names people from everywhere, common names
// of many origins (West African, Arabic, Slavic, Spanish, Dutch, Irish, South and East Asian).
// Names used for both (`Sam`, `Alex`, `Kim`, `Jordan`) are left out: an unknown name is
// `unknown`, never a guess.
const male = `aaron abdul adam adrian ahmed ala alan alberto alexander alexei alexey 
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
abdullah abdulrahman abu ade adewale ahmad akira alejandro aliyu amir anand andrzej
antoine arjun armando arturo aziz bartosz bashir bilal bogdan bola chidi chidubem chinedu
chukwuemeka cristian dariusz declan diego dieter dinh duc dung eamon emeka emre enrique esteban
fernando francisco francois gabriel grzegorz guillaume gustavo hamza hassan hieu hiroshi hoang
hussein ibrahim ikechukwu imran jakub jan janusz joost juergen jurgen kaito kareem karim
kazuki kemal kenji khalid khanh klaus krzysztof kunle lars lorenzo luca lukasz maciej mahmoud
manuel marek mateo matteo mehmet mohamed mohammad mustafa nasser nnamdi obinna olumide oluwaseun
oscar pablo pawel pedro piotr pradeep rafael rahul rajesh ramon rashid ravi ricardo
roberto ruairi ruben rui sander santiago sebastian seamus sergio shinji siddharth sipho sven
takeshi tariq thabo thijs tomasz tunde uche vikram waleed wim wojciech yasser yusuf youssef
zbigniew ahmet cem dimitri giorgos kostas nikos yannis ola olu segun tayo femi babajide
dmytro taras bohdan mykola vasyl yaroslav ignacio joaquin rodolfo agustin facundo
dimitris dimitrios georgios nikolaos konstantinos ioannis christos
panagiotis vasilis avraham moshe yosef yitzhak eitan avi itai yonatan laszlo istvan zoltan gabor
attila tamas ferenc sandor jiri petr pavel tomas vaclav ondrej lukas sanjay amit anil sunil
suresh ramesh deepak manoj vijay ashok rohit nikhil karthik venkat harish bjorn erik nils
olav magnus anders henrik johan mikkel joao tiago thiago paulo felipe leandro
marcelo baraka juma otieno kamau mwangi kipchoge burak murat kaan onur ozan haruto
kenta daiki shota yuto ren sota min-jun ji-hoon seo-jun jun-ho hyun-woo dong-hyun
rupert bernard alasdair angus callum hamish rory fergus cormac niall ciaran
theodore reginald clive nigel graham trevor desmond aurelio enzo matthias tobias florian`
const female = `abigail alexandria alice alicia amanda amy angela ann anna anne annalena
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
blessing bukola camila carmen catalina chiamaka chiara chidinma chioma dagmar daniela dorota
ebere elif elzbieta fatima fatma fernanda folake francesca funmilayo gabriela giulia gosia
hanna hanife hoa huong ifeoma ines isabel isabella jadwiga josefina katarzyna kemi
keiko kinga laila layla leila lucia luisa magdalena malgorzata mai mariam marta maryam mei
mercedes minh-anh ngozi nkechi nneka noura nour oluwaseyi paloma patrycja priya radhika
renata rukayat sakura sanjana seo-yeon shreya siobhan sofia sunita tatiana thao thu titilayo
ulrike valentina wiktoria yasmin yetunde yoko yuki zainab zofia zuzanna agnieszka aleksandra
annelies anouk saoirse niamh grainne roisin maeve fenna femke lotte sanne ingrid astrid
birgit greta hanne liesbeth eun-ji ji-woo hye-jin ayesha deepa lakshmi meera pooja
anjali kavita nadia rania salma hind dina yasmine ewa irena halyna oksana iryna tetiana
svitlana nataliya lucía maría ximena guadalupe
eleni ioanna despina georgia katerina dimitra noa tamar yael shira michal talia
avital zsofia zsuzsanna katalin erzsebet eszter reka tereza petra lucie jana zuzana ananya
kavya sneha neha aishwarya divya shalini swati nandini sigrid solveig freja liv karin
maja ingeborg beatriz mariana juliana leticia luiza wanjiru akinyi njeri wambui zawadi nyambura
zeynep ayse merve emine aiko emi yui haruka misaki hina ji-eun min-ji
soo-jin hye-won kateryna yevheniya harriet caitriona bridget mairead
imogen philippa penelope henrietta lucienne genevieve solange margot`

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
