// Given names of many origins whose gender is clear in news use, beyond the common ones in
// `first-names.ts`: about sixty to a hundred and fifty for each gender from each of seventy-two
// origins (English-speaking, Gaelic, Romance, Germanic, Nordic, Slavic, Baltic, Balkan, Greek,
// Caucasian, Turkic, Persian, Arabic, Hebrew, Kurdish, South, Southeast and East Asian, African,
// Maori, Pacific and Andean). Names used for both genders anywhere, for a man in one language and
// a woman in another, or mostly as words, places or surnames, are left out: an unknown name is
// `unknown`, never a guess. Spelled without diacritics, as the lookup is.

/** More male given names, lower case, separated by white space. */
export const worldMaleNames = `aad aamir aarav abdelilah abdelkader abdelrahman abderrahmane abdessamad abdiaziz abdikarim
abdinasir abdiqani abdirashid abdishakur abdiwali abdulaziz abdulkadir abdulrahim abdulsalami
abhijeet abhijit abhilash abhinav abrar abror abulfaz achilleas achim adekunle adem ademola adib
adil admir adonis adorjan adriaan adriano adrien advait afam afiq afshin aftab agil agim
agostino agung ahsan aibek aiden aidos aigars aimar ainars aitor aivar aivars ajinkya ajith
ajmal akash akbar akhil akihiko akin akinola akinwale akiva akmal ako akos aksel akwasi alar
aldo alec aled aleix alekos aleksandre aleksi alemayehu alen ales alessio alf alfie ali
aliaksandr aliaksei alibek alick alija alin alisher almazbek alois alojz alok alon alonso
alparslan alpesh altaf altin alun alvar alvise alwyn alyaksandr alyosha amado amanuel amar
amartya amaru amaury ambareesh amedeo amey amichai amin amine aminul amirhossein amirul amitabh
amjad ammar amnon amol amr amrik amrullah anant anas anastasios anatole anatolii anatoliy ander
andoni andraz andrej andrija andrius aneesh anestis aneurin angelos anibal aniket aniol anirban
anish anisul anker ankit annamalai anoop anselmo anshul antal antanas antonello antoni antonin
antonios ants anucha anuj anup anupam anurag anvar anze aodhan aonghas aperahama apichart apisai
apolinario appasaheb aqib aqil aras aravind aravinda araz arben arber archibald archil arda
ardeshir ardit ardo aren ari arie arieh arindam aris aristotelis aritz arjan arjen arjuna
arkadiusz arkadiy arkady arkaitz armands arnab arnar arnau arnav arnel arni arnis aron arpad
arsen arseny arshad arshak artak artan arthit arto arturas arturs artyom arumugam arvid arvo
arvydas arwel aryeh asad asadullah asan asanka asbjorn asen asfaw asger asher ashfaq ashim
ashutosh ashwin asier asim assaf asylbek atahualpa atanas athanasios atharv athumani atif atilla
atiqullah atis atli atsushi attilio audrius audun auguste aurel aurelian aurelien aurimas auwal
avdo avetik avijit avner avtandil axel ayanle aydin ayele ayham ayoub ayyub azad azer azhar
azizbek azlan azmin azri azubuike azzedine babar babek babis bachir bader badr badri bagus
bahman bahoz bahruz bairre bajirao bakari bakhodir bakhtiyor bala balaji balakrishna balasaheb
balasubramanian baldassare baldur balraj baltasar bandar bandula banharn bappa baptiste barak
bardhyl barnabas barney barthelemy bartolomeo baruch barzan bas basavaraj basheer bastiaan
bastien basuki batuhan baurzhan bautista bayani bayu bedrich behnam behrouz bekele bekim bekzat
belkacem benat bence bendeguz benedek benedetto benedikt benedito bengt benito beppe berhanu
berhe berik berk berkay bernat bernhard bert bertalan bertie bertram bertus berwyn besik besnik
beso bezalel bhagwant bhaskar bhavesh bheki bhekizizwe bhupendra bhushan biagio bibek biel bijan
biju bikash bima bimal biniam binod binu birendra birger birgir birhanu biswajit bjarne blagoj
blagoy blaz bledar blerim boaz bobur boguslaw bohumil bohuslav bolat boleslaw bonifacio bora
borislav borna borut borys bostjan botan botond boualem bozhidar bragi brahim branislav branko
brayden breandan brent bretislav brijesh brody bronislaw bujar bulcsu burkhard byung-hun cadog
caetano cahyo calin calum calvin camilo candido caner caolan carles carmine carsten carwyn
cathair caua caupolican cedric cees cengiz cenk cesare cestmir cezary chaiwat chakib chalerm
chamara chaminda chanan chandrababu chandrakant chang-min channabasappa charalambos chatchai
chenjerai chester chetan chibuike chidozie chiedozie chien chijioke chinmay chirag chiranjeevi
christodoulos christoffer christoforos chuan chukwuma chul-soo chuwit cicero cillian ciprian
ciro claudiu claus cledwyn clement clovis clyde coen coinneach colman colton conall conan
conchobhar cong corentin cornelis corneliu cornelius corrado cosimo cosmin costel costin
crisanto cristiano cristobal curtis cyrille cyrus czeslaw dachi dag dagur dahir daichi dainis
dainius daithi daler dalibor damien damir danial daniil danijel danilo danjuma danny dante
danyal danylo dapo dario darius darkhan darko darmawan darnell darshil dashamir dastan dathi
dato dattatray dauda dauren davey davi dayasiri debabrata debashish debo deeq deiniol deji dele
delwyn delyan demeke demetrius deming denes denis denys desalegn deshawn detlef detlev dev
devaraj deven dexter dezso dhanush dharmendra dhaval dhruv dhruva diamantis diarmuid dibyendu
didac diederik dileep dileesh dilip dilshan dilshod dimas dimuth dindo dino dinuka dionisio
dionysis dipak dipankar dipesh diyor djamel djordje dmitrii dmitriy dnyaneshwar do-yun dobromir
dodi dogan domagoj domantas domen domenico domhnall domingo dominik domonkos donatas dong-hyuk
doniyor donnacha donovan doo-hwan dorde dorel dorian dorin doru dotun dougal dougie dov dragi
dragoljub dragos dragoslav drazen dries driss dritan driton duane duje dulip dulquer dumisani
dumitru duraisamy dusan dushmantha dusko dwayne dzemal dzenan dzevad eachann easton ebbe
eberhard ebuka eckhard edgardo edgars edin edis edmond edmundo edoardo edson eduard edvinas
eemeli eero eetu efe efraim efrain efren efstathios egal egidijus egil egill egils egon egor
ehsan eidur eifion eiji eimantas eino eirik eivind ejike ejub ekkehard eknath ekow elad elango
elazar elchin eldar eldor elemer elfed elgun eliezer elio elion eliseo eliyahu elliot elliott
elmar elmer elmi elnur elof elshan elvin elvir elvis elwyn elyor emad emanuel emanuele emeric
emile emin emir emirhan emlyn emmanouil emmett emomali emrys emyr enaut endre eneko enes
engelbert engin enric eoghan epeli ephraim ephrem ercan erdem eren erez erfan erhan erich erick
erion erkan erki erkki erlan erlend erling ermal ermek ermin ernest ernie erno ernst erol
ertugrul ervins erwin eryk esben esmaeil espen esteve etibar etienne ettore eudald eugen eugenio
evaldas everett evert evgenii evgeniy evripidis ewald eyob ezekiel ezequiel ezio fabian fabien
fabrice fabricio fabrizio fadel fadi fadil fadzil fahadh fahd fahim fahmi faig faizal fajar
fakhar falaniko falk fanel faramarz faraz fares farhan farid farshid faruk farzad fasil fatmir
fatos fausto fawaz fawzi faysal fazal fearchar feargal fearghal fedir fedor feliciano feliu
ferhad ferhat fermin fernand fernao ferran fethi fiachna fiachra fiifi fikre fikret filipe
filipo filipp filippo finbar fingal finlay finnbogi fintan fionn fionnlagh fiorenzo firmin firuz
fisnik flamur flavio flemming florencio florent floyd folarin fotis francesc franciszek franck
franco frands franjo franklin frantisek freddie frederico fridolin frits fritz frode fuad fulvio
furkan fyodor gadi gaetan gaetano gagan gagik gaizka gajanan galym gamini ganapathy garba
garegin garikoitz garry gaspard gasper gaston gatis gatot gaute gauthier gavriil gbolahan
gebhard gebremedhin gediminas geir gela gellert genis genki gennadiy gennady gennaro gentian
georges georgiy geraint gerasimos gerben gerd germain gernot geronimo gershon gervasio gethin
gevorg geza gezim ghasem ghazi ghulam giacinto giampiero gianfranco gianmarco gianpaolo giedrius
gigel gihan gijs gilberto gilles gino gintaras gintautas girish girma girmay girolamo girts
gisli giulio gjergj gjermund gjorge gjorgji gleb glyn goce gocha goga gokhan gopakumar gopal
gopichand gopinath gorazd gorka gorm goro goronwy gosta gote gottfried gottlieb gotzon goutam
govind graeme gramoz granit grayson gregg gregoire gregor gregorio grigor grigore grigoris
grigoriy grigory grisha gruffudd gruffydd gudmund gudmundur gudni guenter guenther guido guillem
gulbuddin guled gunars gunawan gunter gunther guntis guoliang guram gurban gurbanguly gurdas
gurgen gurkan gururaj gus gustaf gustave gusztav gwilym gwynfor gyanendra gylfi gyula ha-jun
habibu habil habtamu hafizuddin hagos haidar hailu haim hairi haitao haitham hajime hakam hakim
hakob hakon hal halil halldor hallvard halvard hamad hamadi hamazasp hamdan hamed hamidullah
hamiora hamisi hamisu hamoud hampus hamuera hanif hank hannes hannu hanoch hansjorg hansjurgen
hanumanth haralambos harald haraldur harbhajan hardik hari harikrishnan harin harith haritz
hariz harm harnam harri harshad harshil hartmut harun haruna harutyun harvey haryanto hasan
hashim hasmukh hassani hassen hasto hatem hauke havard hawre hayati hayato hayk hazem haziq
heiki heiko hein heinrich heitor helge helgi helmuth hemant hemanth hemi hemn henare hennadiy
henning henok henri henryk heorhiy heraldo herbert heremaia heriberto hermann heru herve hesam
hibatullah hicham hidayat hidde hideo hidetoshi hiep hilario hillar hillel himanshu hinrich
hippolyte hiroki hiroyuki hirsi hishammuddin hitesh hjalmar hjalti hohepa holger hongjun honore
hooman horace horacio hordur horia houssem hovhannes howard hrant hrishikesh hristijan hristiyan
hrithik hrvoje hryhoriy huba hubert hugo hugues hung husain husam husein huseyn hussain huub
hynek hysen hywel ianto ibai ibon ibrohim idar idris iestyn ieuan ifan iftikhar ignacy ignas
ignasi ignazio ihab ihaia ijaz ikaika ike ikenna iker ikhwan ikmal ilango ilgar ilia ilias ilie
iliesa ilija ilirjan ilker ilkin ilkka illia illtud ilyas imad imanol imants imtiaz inaki
indranil indrek ingo ingolfur ingvar innokentiy innokenty inti inuwa inzamam ioane iokepa ionel
iosefa iosif iraklis ireneusz irving isak isamu ishaan ishaq isidre isidro isileli isiyaku
iskandar isko islom islwyn isoa issa isuru ithel itzhak iulian ivar ivars ivaylo iwan izet
izuchukwu izzat jaak jaakko jaan jaanus jaba jabari jaber jacinto jad jae-yong jafar jagadeesh
jagadish jagan jagdish jagoba jahangir jahongir jai jaime jaka jakov jalal jalen jama jamaluddin
jamil jamshed jamshid janaka janardan janis janko jannik jarle jarmo jaromir jarrod jasper jatin
jaume javed javid javlon jawad jawdat jaxon jayakumar jayan jayant jayantha jayaprakash jayaram
jayaraman jayasurya jayesh jean-baptiste jean-charles jean-christophe jean-francois jean-guy
jean-jacques jean-louis jean-noel jean-philippe jean-sebastien jean-yves jedrzej jef jejomar
jelani jelle jelte jeno jeppe jeremie jermaine jernej jeronimo jesus jethro ji-sung jiahao
jianming jianqiang jibin jibril jibrin jide jignesh jijo jindrich jinggoy jioji jiro jitendra
jithin joakim joanot jochen joep joerg jofre joju jokin jomar jonatan joon-ho jordy jorg jorgen
jorn jorrit josaia joscha joseba joselito josselin jost jostein josu josue jouko jovan joydeep
joze juhani juho julen juliano jumanne jun-seo junaid jung-hoon jung-kook junichiro junjie
juozas juraj jure jurgi juri juris jussi justas jyotirmoy kaarel kabir kabiru kacper kaddour
kadir kahsay kaido kakha kaleb kalev kalle kalman kaloyan kalpesh kalyan kamaran kamaruddin
kamarul kamel kamen kamlesh kamran kanan kanat kannan kapil karan karapet kardo kare karlheinz
karlis karlo karolis karoly karthikeyan karwan karzan kashif kaspar kaspars kasper kassim
kastriot kasun kathir kato katsuya kaupo kaushik kaveh kawa kawika kazem kazimieras kazimierz
kazuhiro kazuo kazuya kazys kebede kedar keiji keijo keita kenan kende kenichi kenzo keoni kepa
kereama kerman keshav kestutis ketan keyur keyvan khachatur khadga khai khairul khairy khalifa
khang khosrow khulekani khurram khvicha kian kidane kien kilian killian kimmo kimo kinan kiril
kirit kirk kiro kiros kishan kishor kishore kittipong kittisak kjell kjetil klaas kleanthis
klemen knud koba kobi kobina kocho kodwo kohei koichi koji kolbjorn koldo kolya koray kornel
kosmas kostiantyn kosuke kotaro krasimir kreshnik kresimir kriangsak krish krishnan kristaps
krister kristjan kristof kristoffer krystian kuanysh kuba kujtim kuldeep kumara kumaraswamy
kumaravel kumaresan kun-hee kunal kunchacko kurmanbek kurniawan kursat kusal kuzma kvetoslav
kwadjo kwadwo kwamena kwang-soo kwaw kweku kwesi kylian kyosuke kyrylo lachezar lachie lachlan
ladipo ladislav lado lage lahcen lahiru laimonis lakan lakhdar lakshan lakshman lalit lalith
lamar lamberto lambros landon larbi lasha lasith laurens laurentiu lauro laurynas lautaro
lavrenty lawal lawan lawand laxman lazar lazaros leandre lech lefteris lehel leiv lekso lembit
len lennart lenny leon leoncio leonel leonidas leopold leopoldo leotrim leroy levani levent
levente lewis liaquat liban libor lieven linas lingaraju lino linus lisandro liviu ljubco
ljubisa ljubomir ljupco llewelyn llorenc lluc lluis llywelyn loc lodewijk loic lokesh lokman
lorant lorcan lorenz lorik lorinc lotfi lothaire lothar louai lovro luan luay lubomir lubos
lucas lucian luciano lucien lucio ludek ludovic ludvig ludwig ludwik luhut luka luke lulzim
lumir luther lutz luuk lyle lyosha lyuben lyubomir machhindra macsen madhav madhavan madi madis
mael mahad mahadev mahamed mahbub mahdi mahela mahendra mahendran mahfud mahfuz mahir mahmud
mahmudullah mahmut maik maika mairtin majed makar makis maksymilian malakai maldwyn malek malik
malkhaz mallikarjun malte malthe mamdouh mammad mamman mammootty mamoru mamuka mamun manco
mandar manex mangesh manh manikandan manjunath manmohan mannix manny manohar manolis manouchehr
mansur mantas maqsood marc-antoine marceau marcelino marcell marcello marcial marcin marcio
margus marin marinko marios markel markku marlon marnix marti martijn martiniano martins marton
martti martynas masao masashi masato masayoshi mashrafe mason massimiliano masud masudi matan
matei mateus matevz mathew mathias mathieu mathis matias matiu mattia mattias mattin matus
matvei matyas mauno maurits mauro maxence maximilian maximiliano maximo maxwell mayank mazen
mazin mazlan mduduzi meelis mees mehari mehmed mehmood meho mehran mehrdad mehrzad mehul meilir
meinrad meir meirion mekonnen melker mels melvin menachem menashe menelaos mengistu menno mensur
merab mergim mert mertcan mesele mesfin messaoud mesut metin metodi mher micha michalis
michelangelo michiel mick mieczyslaw miha mihail mihaly mihkel mikael mikaere mikalai mikayel
mikey mikhailo mikolaj milad milenko milind miljan milorad miloslav milovan miltiadis milton
milutin minoru miodrag miquel mirek mirko miroslaw mirsad mirwais misak mislav mitchell mitesh
mizanur mkhitar mladen mlungisi moacir moataz mochtar mohammadreza mohamoud mohamud mohand
mohanlal mohd mohit mohsin moises mojtaba mokhtar momchil momcilo mongezi monty moritz morris
mose mosese mostafa mostafizur mostyn mothusi mouloud mounir mourad moustafa mstislav mthunzi
mubarak mucahit mudassar muhamed muhammet muhannad muhyiddin mujo mukhtar mukul mulugeta munir
munther murad murali murdo murilo murtaza murugan mushfiqur mushtaq mussa mustapha muthu
muthuvel mxolisi mykolas myung-bak mzwandile nabeel nabin nachman nachum nadav nadeem nader
nagaraj nagarajan nagarjuna nagendra nagesh nahuel naim naji najibullah nakul nalaka nalin
nam-joon namal namig nandakumar nando nandor naoto narasimha narayan narcis narek naresh nasir
nasiru nasr natarajan natig natnael nattapong nattawut nauris naveed naveen navid nawaf nawfal
nazar nazario nazmul nazri necati nechirvan necmettin ned nedelcho nedim neel negash nejc
nektarios nemanja nerijus nerses nexhat nghia nicusor niek nihat nijat nik niklas niklaus niko
nikolaj nikolche nikoloz nikunj nilesh nimal nir niran nirav nirmal nissim nithin nivin niyi
nizam nizar nkosinathi nnaemeka noboru nobuo nobuyuki nodar nodir nolan noli noman noorullah
norayr norbert nordine normunds noureddine novak nugroho nugzar nuhu nurbek nuri nuur nuwan
obaid obaidul obaidullah obiora obrad obumneme octave octavian oded odhran odysseas ofer ognjen
ognyan oguz oguzhan oier oisin oktay okwudili oladele olalekan olanrewaju oldrich ole oleguer
oleh olle olli olof oluf olumuyiwa oluwole olzhas omari omid omkar omri onkar onni onofre oran
orazio oren oreste orestis orhan orhun orkhan ors orxan osea osian oskar oskari oskars ostap
osvaldo oswald oswaldo oszkar otabek otakar otar otavio othmane otis ott ottavio otto oussama
ove ovidiu owain owais oybek oystein oyvind paata paavo pachacutec paco padraic palani
palanisamy pallab palle pancho pandian pandurang panfilo panos pantelis panya paora parag paresh
parth partha parvez parviz pascal pascual pasi pasqual pasquale pathum patrice patricio patrik
patrizio patryk patxi pau paulius pavan pawan payam peadar pearse peceli peeter peio pejman
pelle pentti pepe pere periklis pertti perumal petar petras petre petri petrica petrit petru
petter petur peyman phani phillip phumlani pierluigi piero pierpaolo pierre-emmanuel pierre-yves
pim pinchas pino piripi pirmin piyush plamen platon polad pornchai poul pouya povilas prabhas
prabhu pradip pramod pranab pranav prasad prasenjit prashanth prathamesh pratik praveen pravin
prawit preben predrag prem premysl priit primoz prithviraj prodromos proinsias prosenjit
przemyslaw puneeth pushkar pyotr qasim qemal qiang quan quang quentin quim quoc qusay raafat
raanan rabah rabi rabie rabindranath rabiu rade radek radim radivoje radomir radoslav radovan
raed rafail raffaele raffi rafik rafiq rafizi raghav raghavendra raghu raheel rahim rahmat
rahmatullah rahmi rahmon raimo raimondas raimondo raimonds raimundo rainer raivis raivo rajan
rajarshi rajasekhar rajashekar rajat rajeesh rajendra rajendran rajib rajkumar rajnath rajnikant
rakib rakshit ralf ramakrishna ramana ramasamy ramaz ramazan rambabu ramchandra ramdas ramil
ramin ramiro ramiz ramunas ranbir rangasamy ranjan ranko ranveer raosaheb raouf raoul rashad
rashed rashidi rasim rasoul rastislav ratko rauf ravichandran ravindra rawand razak razali
razvan rebin rebwar reda redouane refik reg reggie regis rehan reijo reinaldo reiner reinhard
reinier reinis remco remigiusz remus renaud renjith rens renzo reto reuben reuven revaz rewi
rexhep rey reyansh reynante rezaul rezo rhun rhydderch rhydian riad rian ricard ricky rigoberto
rihards rik riku rimantas rinaldo rinat rinus risteard risto ritesh ritvars ritwik riyad rizal
rizalino rizgar rizki rizky rizwan roald robel roberts rocco rodel roderick rodolphe roel
rogelio rogerio rojhat rokas roko roland rolands rolf roman romano romario rommel ronak ronaldo
ronen ropata roscoe rosendo rosli rostam rostislav rostyslav rovshan roy ruadhan ruairidh
ruaraidh ruaridh rubel rubens rudiger rudolf ruedi ruediger rufat rupesh russ russell ruwan
ryosuke ryota ryuichi ryuji ryuta sabatino sabbir sabir sabri sabu sabuj sabyasachi sadao sadegh
sadiq sadyr safet safwan sagar sahil sahin saidi saif saifuddin saiful saikat saimoni sait sajan
sajeev sajid sajjad sakari sakda sakis salah salahaddin saleem salem salisu salko salomon salvi
saman sambhaji sameer sameh sami samisoni samo sampath samsul samvel samy sanan sanath sandel
sandesh sandiaga sandip sandro sanel sang-hoon sang-woo sani sanjar sanjaya sanjeeb sanjeev
sanjiv sanjoy sanju santanu santhosh santi santino santosh sanzhar saparmurat saqib sarath
saravanan sarawut sarfraz sargis sarkis sarunas sarwar sathish satyanarayana saud saurabh
saverio savo savva savvas sayan sbusiso sead seanan seb sebastiano sebastiao sedat sefo seiji
sekhar selcuk selemani selvam semere semih semisi semyon senad senan senthil senzo seok-jin
seoras seosamh sepp seppo serdar sergi sergiu serhat serik seru seryozha setiawan seumas
seung-ho sevak severino seymur shabani shadab shafiq shafiqul shahab shahidul shahmar shahram
shahrukh shahrul shahzad shailesh shaji shaju shakeel shakib shakir shankar shankarappa
shanmugam shantanu shapour sharad sharmarke shaul shawki shekhar sheldon sheraz sherif sherko
sherman sherwan sherzod shibu shiferaw shigeo shigeru shimshon shinichi shinjiro shintaro
shirwan shivaji shivakumar shivam shivraj shkelzen shkodran shmuel shoaib shohei shoresh shpetim
shreyas shrikant shrinivas shubham shuja shuji shukhrat shunsuke shuvo shwan shyam siad siaosi
siarhei siavash sibi siddaramaiah siddhesh siegfried siem sietse sigmund sigmundur sigurd
sigurdur sigvard siim silas silvano silvestre silviu simbarashe simeon simo simonas sinan sindre
sindri sinisa sirajuddin sitiveni sivakumar sivaprakasam sivaraman sixten sjoerd skender slaven
slavi slawomir slimane smbat snorri sobir sofiane sohail sohrab sokol sokratis solomon sombat
somhairle somkiat somnath sonke sooronbay soran sorin soroush sotiris soumitra sourav souvik
spencer spyridon srdan srdjan sreejith sreekumar sreenivasan sridhar srikanth srinath srinivasa
srinivasan stan stanimir stanko stathis steen stefan steffan steffen steinar steingrimur stelian
stelios stellan sten stepan stevo stewart stian stig stijn stipe stjepan stojan stoyan strahinja
stratos struan stu subash subbarao subramanian subrata sudeep sudhakar sudheer sudhir sudip
sufyan sugeng suhail suharto suhas suhrob sujit sukanta sukarno sukhbir sukhum sukru sulaiman
suleiman sulejman sulev sumit sundar sune sung-hoon supachai supriyadi supriyo surachai suraj
suren surendra susantha sushanta sushil suthep sutrisno svatopluk svein sveinn sveinung svend
sverre svetoslav svyatoslav swapnil syafiq syahmi syahrul syarhei sybren sylvain sylvester
sylvestre sylwester szabolcs szilard taavi tadas tadashi tadej tadeo tadesse tadhg tae-hyun
tae-woo tae-yong tage taha tahar taher tahir taimur takahiro takehiro takeo takis takumi takuya
talal talat taleh talgat talha taliesin tama tamati tamaz tamer tamilselvan tamir tamrat tanaji
tane tanel taner tanguy tanko tanmoy tapan tapio tarak tareq tarmo tarun tasos tathagata tatsuya
taufik taulant tavita tawanda tawfik tayeb tayfun tearlach teddy tedros teemu tegid teimuraz
tejas tejpal tekeste tekle temirlan temur tengiz teodor teodoro teofilo terje tero terrell
terrence teruo tetsuya teun tevfik tevita teymur thaddeus thamer thanakorn thanathorn thanawat
thangaraj thanos tharanga thawatchai thembinkosi themistoklis theodor theodoros thibault thibaut
thilina thilo thinh thirumavalavan thisara thodoris thor thordur thorsteinn thorsten thorvaldur
throstur thulani tiarnan tibo tiernan tihamer tihomir tiit tijmen tilahun tilman timoci timofei
timofey timothee tipene tivadar tiziano tjeerd toan toby todor tofig togrul toivo tolya tomasi
tomaz tomer tommaso tommi tomohiro tomos tomoya toms tonis tonu torben torbjorn torgeir torgny
tormod tornike torquil torstein torsten toru toshihiro toshio toufik touhid tovino traian trajko
trent tristan troels trond troy tryfon trystan tsegay tsegaye tsuyoshi tsvetan tsvetomir tudor
tudur tukaram tukur tullio tuncay tung tuomas tuomo tupac tural turgut turki turlough tushar
twan twm txomin tymon tyrone tzachi tzion tzvi uday udhayanidhi udo ueli ugo uilleam uladzimir
uldis ulises ulisses ulrik ulugbek ulvi ulysse ulysses umberto umesh unai unnikrishnan upali
upendra upul urho urko urmas uros urs utkarsh uttam vachagan vadim vadym vagif vahagn vahe
vaibhav vaidas vairamuthu vakhtang valdas valdemar valentin valentino valerii valerio valeriu
valeriy valmir valon valter valters valtteri vamsi vangelis vano vardan vartan vasil vasileios
vasiliy vasko vasudev vazgen vazha vedat vedran vegard veikko vel veli velimir velizar veljko
velmurugan velu veniamin venkatesh venu vernon vesa veselin vicenc vidar viesturs viggo vignesh
vihaan vijayendra viktar vilas vilem vilhelm viliame viliami vilius villads ville vilmos vimal
vinay vinayak vineeth vinod vinzenz viorel vipul virendra virgil virgilio virginijus vishnu
vishwanath vishwas visvaldis vit vitalii vitalij vitaliy vito vitor vitthal vittorio vivaan
vladan vladlen vladyslav vlastimil vlatko vojin vojislav vojtech volodya vova vratislav vsevolod
vugar vuk vukasin vusal vusi vuyani vyacheslav waclaw wahidullah wahyudi waisale wajih waldemar
wale wallace wally walt wanindu wannes waqar warren warsame waseem wassim wasswa wawan weerasak
weiguo weimin welat wendelin wes wessel wichai widodo wiebe wieslaw wijnand wiktor wilbur
wilfred wilfredo wilfried wilhelm wincenty wiranto wirat wladyslaw wolde wole wolfram wondimu
woo-jin workneh wout xabi xabier xander xanti xavi xenofon xhevdet xiaobo xiaodong xiaolong
xiaoming xolani yaakov yacine yahaya yakov yamato yanis yann yannick yanto yared yaser yash
yashwanth yasir yassine yasuhiro yasuo yauhen yavor yavuz yaw yazan yazeed yazid yechiel
yediyurappa yefim yegor yehiel yehonatan yehoshua yehuda yemane yerbol yerkebulan yerlan yerzhan
yevgenii yevgeniy yevhen yigael yigal yigit yilma ylli yochanan yogendra yogesh yoichi yonas
yong-jun yongqiang yonis yoofi yordan yoshinori yoshio yoshiro youcef younes young-ho young-sam
young-soo younis yousef yousif yousuf yubaraj yudi yuichi yuji yunus yusif yusril yuta yutthana
yuvraj yuzuru yvon zabihullah zach zacharias zack zafar zafer zagros zaheer zahid zahir zaid
zainal zainuddin zakaria zakariya zakhar zakhele zaki zalan zalman zalmay zan zanyar zarko zaur
zaven zayed zaza zbynek zbyszek zdenko zdravko zdzislaw zeeshan zeev zeke zenon zerihun
zhaksylyk zhandos zhanibek zhenhua zhenyu zhigang zhihao zhijun zhivko zhiwei zhiyong ziaur ziga
zigor zijad zijo zilvinas zinedine zivko zlatan zlatko zmitser zsigmond zubair zubairu zuberi
zuhair zulfiqar zulfo zurabi zvi zviad zvonimir zvonko zwelakhe zweli zygimantas zygmunt`

/** More female given names, lower case, separated by white space. */
export const worldFemaleNames = `aadhya aaliyah abeba abeer abenaa abike abirami abril achara achieng ada adaku adanna adaobi
adela adelheid adelina adeline adenike adibah adina adna aduke adunni afag afi afia afrodita
afroditi afsaneh agathe agne agnese agneta agnete agustina ahilya ahlam aicha aideen aifric aija
aikaterini aila ailen ailish ailsa aimee aina ainara aino aintzane ainur aishah aishani aishatu
aiste aisulu aiswarya aisyah aitana aizhan ajda ajla akane akanesi akmaral akosita akosiwa
akshatha akuba akunna alaitz alazne alba albana albena albina aldina aleena alemitu alenka
alessia alexandra alia aliki alisa allie alma almedina almut alpa alva alvard amaia amarachi
amarech amaya ambika ambra ambreen amela amila aminah amira amirah amma amna amparo amra amudha
amulya anab anabel anahera analyn anam anamaria anamarija andjela andreia ane aneta anete anezka
angelica angelika angeliki angelina anggun angharad ani ania anika anila anindita anitha anja
anjana anju ank ann-charlotte ann-christin annabel annabelle annag annalisa annamaria
anne-claire anne-laure anne-lise anne-sophie annelie annemarie annemiek annick annika annukka
anoma anthi antoaneta antoinette antonia antonietta antonija antonina anupama anuradha anusha
anusree anyango anzhelika aoibheann aoibhinn aparajita aparna apolline aqilah araba arabella
araceli araks araminta aranka arantxa arantza arbenita ardita areeba aregash arev arevik argyro
ariadna arianna arina arjeta arlette armine arnela aroa aroha arpi arpita arta aruna aruzhan
asabe aseel asel asenaca ashling ashwini asin askale aslaug asli asmaa asmae asmah assel
assumpta assunta asta aster astghik astha aswathy ataahua atefeh athena athira atikah aude audur
auma aurelia aurelija ausra austeja avani avni awino axelle ayako ayaulym ayelech ayelen aygun
ayla aynur aynura aysegul aysel aysu aysun aytan ayten ayumi azeb aziza azmera azra azucena babs
baerbel bafrin bahar baiba balaraba balqis barbel barbora basak basia batsheva bayan beate becca
becky begona begum behnaz beitris belen beletu belgin belinda bella belma benedetta bente
berenice berfin berglind beril berit beritan berivan berna bernadett bernadette bernice berrak
berta bertha besiana bess bethan bettina betul bezawit bhagyashree bhakti bhama bhargavi bhavana
bhavani bhavna bhavya bhumika bhuvana bianca bidya bijal bilkisu bimala bina bindu binita binta
bintu bipasha birgitte birthe birute bisi bistra bjork blandine blanka blathnaid blerina blerta
bo-young bodil boglarka bogumila bohdana bohumila bojana bongiwe borbala borghild boryana
botagoz bouchra bracha branka branwen breda bregje brianna brid brielle brigid brigita brigitta
brikena britt britta brittany brona bronagh bronwen brooke bryndis brynja buket bukola bukuroshe
bunmi busaba busisiwe caitlin camelia candela candice cansu caoimhe capucine carlota carlotta
carme carmela carmelita carola carrie carys cassandre catrin cecilia celeste celia celina
ceridwen cerys chaima chaitra chamari chamodi chana chandni chandrani chanida charito charlene
chaska chathurika chaya chebet chepkemoi chepkoech chepngetich cherono chie chiedza chimamanda
chinelo chipo chitra chiyo christa christel christelle chrysanthi chrysoula chunmei chutima
cigdem cinzia ciorstaidh citra clarissa claudine clementine cliodhna clodagh clotilde conceicao
concetta constance conxita cora coralie corinne costanza cressida crina csenge csilla cuc cuihua
da-eun dace dafina dafna dafni dagmara dagnija dagny daiga daiva daksha dalal dalisay dalma
dalva damini damla danai danica danijela danute daphne dariga darja darshana daryna dearbhla
debjani debolina deepali deepthi deeqa delal delfina delia delilah della delyth denisa denitsa
deqa derartu derya desanka devi devorah dewanti dhanashree dhara dharti dhurata didem diep dieu
dijana dikeledi dikla dilani dilara dildora dilfuza dilhani dilini dilys dimitrina dineo dipa
dipannita ditte diya doaa dobrinka doerte doina doireann dolors dongmei donika donya dorina
dorothea dorottya dorte dorthe dottie dounia dovile dragica drenusha drita dua duangjai dubravka
duduzile dunja duyen duygu dvora dzenana dzeneta eabha eadaoin ealasaid ebele ecaterina ece eda
edda edeltraud edina edit edita editha edna edona eduarda edurne edwige eeva effie efi efia
efrat eftychia egle eibhlin eider eija eilidh eilis eimear eimhear einat eirini eirlys eirwen
eithne ekua ekuwa ela elda eldbjorg elene eleonora eleri elfi elfriede elham eliana elin elira
elisabet elisabeta elisenda elisheva eliska elitsa elixabete eliza elizaveta elke elli elma
elnara elnaz eloise elona elpida els elsa elsie elske elspeth eluned elvira eman emanuela emel
emelie emer emerita emese emira emmanuelle emmi emoke ena encarnacion eneritz enid eniko entela
eri erjona erla erlinda ermira esi esin esma esme esmee estefania estela estelle ester estibaliz
estrella etelka etenesh eteri ethel etsuko eugenia eugenie eulalia eun-hye eun-young eunice
euphemia evangelia evdokia evdokiya evelin everly evgenia evi evija evin fabienne fabiola
fadekemi fadila fadime faduma fadumo fadwa fadzai faezeh faina fairouz falguni fani fanni fantu
fardowsa farhana farhiya faridah farideh farkhunda farzaneh fatbardha fatimah fatin fauzia fayza
felicidad felicitas fenella fengying fereshteh feride feruza ffion fiadh fien filiz filomena
filsan fina fionnuala fionnula fiorella fiza fjolla fjoralba flavia fleur floarea floortje flora
florencia florentina florica florine flutura foram forough foteini fowsia franca francisca
franny frauke frederique freshta freya freyja frieda friederike frosina froso froukje fumie
fumiko ga-eun gabija gabriella gabrielle gaelle gail galit gamze garazi garbine gaukhar gauri
gayani gayathri gayatri geertje geetha gelareh gelila gemma genet genoveva genowefa genta
gentiana genzebe georgeta georgiana georgina georgoula geraldine gerda gertrud gertrude gesine
geula ghadeer ghalia ghazal ghazala ghislaine ghizlane giada gianna giedre gila ginny gintare
giovana gisela gisele gitta gitte giuliana giuseppina gizella gizem gladys glaucia glenys glesni
gohar golnar golnaz golshifteh gomathi gonul gopika gorana graciela grazia graziella grete
grethe griet gro gudbjorg gudny gugu guifang guilan gulay gulbahor gulchehra gulistan gulizar
gulmira gulnar gulnoza gulsen gulsum gulten gulzhan gunay gundega gundula gunel gunhild gunilla
gunn gunnel gunta gunvor guri gurleen gwenaelle gwenda gwendolyn gwenllian gwenno gyongyi habiba
hacer hadas hadassah hadeel hafsa hafsat hagit hailey haizea hajar hajara hajnalka haleh haley
halimah halimo halla hamida hamidah hamide hanae hanako hanane handan handayani hande haneen
hannelore harika harini haritha harleen hartini harue hasini haslinda hasnah hassana hatidza
hattie haunani hawjin haya hayet heba hedda hedvig hedvika hedwig heena hege hekla heledd helin
helle hellevi heloisa heloise hemali hemamali hengameh henrike herdis hermine hermione hertha
hester hetal hevi hibaaq hibo hidayah hila hilda hildur hilkka himari hinda hindatu hine hinemoa
hiral hiruni hirut hitomi hiwot hlengiwe hodo homa hongmei houda houria hrefna hripsime huguette
huhana hulda humaira husaina huyen hye-kyo hyo-joo ibironke ibolya ibtisam ichika ida idil idit
idoia idurre ifrah iida iines ijeoma ikran ilaha ilana ileana iliana ilze imane imma immacolata
immaculada inara inas inbal indhu indrani indu ineke inese ineta ingegerd ingela ingibjorg
ingvild inkeri inmaculada inoka intan iona ionela ipek iqra iracema irati iratxe irem iren
iresha irini irit irja irma irmgard irmina irmtraud irune isabela isha ishani ishbel ishita isla
isobel istahil itsaso itxaso itzel itziar iulia iva ivanka ivanna iveta ivone iyabo izaro
izaskun izzah jadranka jagoda jagruti jala jaleh jalpa jamilah janani janine jannat janneke
jantje januka jaqueline jarmila jaroslava jasleen jasmina javeria jayanthi jayashree jayasudha
jazmin jeanette jeannie jebet jehona jelagat jelica jemima jen jenna jenni jennylyn jepchirchir
jepkosgei jeptoo jerneja jeruto jette jhuma ji-hyun jigna jihane jinda jintana jirina jisha
jitka jocelyne joelle jolan jolana jolanda jolene jonida jordina jorunn josefa josette josiane
josie josipa josune jovanka joyce julianna juliet julieta jumana jummai jumoke jung-eun
jung-sook jurate jurgita justina justine jyotsna jytte kaarina kabita kaia kaija kaitlyn kajal
kajsa kalaivani kalina kalliopi kalolaine kaltrina kaltun kalyani kalypso kamatchi kamila
kamilla kamola kamshat kanako kangana kanimozhi kanmani kannika kantuta kanya kapka kareena
karina karine karlijn karlygash karoline kartika kasia kassiani kasumi katayoun katharina kathi
kathrin kathryn katina katrien katrina katsiaryna kattalin kaushalya kayla kazhal kazuko
keerthana keerthy keisha kelera kemisola kenza kerttu kertu kerubo ketaki keti kezban khadidja
khadijah khadra khanyi khanyisile khaoula khatia khatuna khawla khushi kiara kidist kieu kimiko
kinjal kinsley kinza kirsi kirsteen kirstie kirstin kirstine kiyoko kjellaug kjersti klavdia
klavdija klementina klodiana knarik koel kokila kolbrun konjit konul kornelia kotryna kowsalya
koyel kremena kristiana kristiina kristine kristyna kriti krupa krystal ksenija kseniya kshitija
kubra kulap kultida kumari kumiko kumkum kunigunde kurniasih kusuma kusumawati kveta kwamboka
kylie kyoka kyriaki lacramioara ladan ladi laerke laia laiba laima laine lakisha lakmini
lakshika lali lalita lalitha lamai lami lamia lamija lamiya lamya lana lanying laoise lara larai
larysa lasma lata latasha latisha latoya laure laurene lauriane lavanya lavinia lea leanne leela
leelavathi leilani leire lekshmi lela lemlem lene lenuta leocadia leonie leonora leora lerato
lesya letesenbet letizia lia liat libby libuse lidija lidiya lieke liene liesel lieselotte
liesje lieve liga ligaya lihi liina liis liisi lijana lika lila lilia lilian liliana lilis
lilith liliya lilja liljana lilla lilyana lindita lingling linnea liridona lisanne lise
liselotte lissy litia liudmyla livia liya liza lizzie ljubica llinos lluisa loes lois lola lorea
loredana lorella lorraine losana lottie loubna louisa lourdes lovisa lowri lualhati luana lubica
lucija lucila lucille lucinda lucrezia lucyna ludivine ludmila ludovica luise lujain luminita
lumturie luna lupita luseane luul luz luzviminda lyla lyuba lyubov maarit maarja maartje mabel
mabrouka macarena machiko madalena madalina maddi maddie madeline madelyn madge madhavi
madhumita madhura maelle magda magdalini magdolna mahalakshmi maham maharani mahboubeh mahina
mahiya mahlet mahnaz mahnoor mahtab mahua maialen maija maiko maimuna mair maire mairi mairin
maisie majida majken majlinda maka makereta mala malak malalai malani malashree malathi malee
malen malene malia malini malka malle malsha malwina mamello mami mamokgethi mamta manana manasa
manasi manca mandy manel mangai manijeh manimegalai manjola manjula manjusha manleen mansi mara
maraea mareike margareta margarete margherita margit margret margrit marguerite mari mariangela
mariann marianna maricar maricarmen marie-anne marie-christine marie-claire marie-france
marie-helene marie-josee marie-laure marie-line marie-noelle marie-odile marie-pierre
marie-therese mariella marietta mariia marijke marika marikit marilia marilou marinela mariona
marisa mariska marissa marit marites maritess marivic marjan marjatta marjolein marjory marju
marketta marlina marloes maro marsaili marte martyna marusa marwa maryama maryamu maryan maryia
maryse marzena marzia masoumeh mateja mathilde matild matilda matina maud maude mauricette mavis
maya mayra maysa maysoon mayu mayuree mazal maznah mbali meabh mechthild medea meenakshi meg
meghan mehri mehwish meifang meihua meilan meili meinir meital mekdes melati mele melike melina
melinda melisa meltem menaka merce mereaira mereana mereani merel mererid merete merike merima
merita meritxell merja merjem meron mersiha meruert meryem meskerem mestawet metka mi-ran
mi-sook mia micaela michela micheline mieke miep migle miho mila milada milagros milana milda
mildred miliakere milka milla millaray millie miluse mimi mimoza mina minako minal minela minnie
minoo mio mioara miranda mirari mireia mireille mirela mirella miren miri miriama mirjeta
miroslava mirta mirthe mitali mitsuko miyuki mmachi modupe mohira mojca mojgan mojisola moldir
momoko montse montserrat moraa morag morenike morfudd morgane morven moumita mounia mounika
moushumi mousumi mrunmayee mueni muge muireann muirenn mumbua muna munisa murielle muthoni
muumina mwajuma mwanahawa mwanaidi mwanaisha mwanajuma mwende mylene myra myrto mythili mzia
na-yeon naama nabanita nabilah nada nadeeka nadeesha nadege nadiah nadija nadiya nadya nafisa
nafula nagalakshmi nagarathna nagore nahia nahikari naiara naida naila nainsi najat najma nakato
nalini namrata namukasa nanami nandhini nani nanjala nanna nantia nanuka napaporn nargis nargiz
nargiza narine narmin nasimiyu nasra nassima nasteho nastya nataliia natalija natasa natela
nattaya natthida nava navleen navya nayanthara nayeli nayna nayomi nayra nazan nazdar nazeli
nazgul nazia naziha nazira nazli ndunge neasa nechama neethu nefeli negar neide nejma nejra
nekane nekesa nele neli nell nelli nellie nenita nerea neringa nermina nerys neslihan nesrin
nesrine nessa nesta nestan neus nevaeh nevena neza ngahuia ngaire ngan nguyet nhi nhu nicole
nicoleta nicoletta nidhi nienke nieves nighat nihan niina nikolina nilay nilima nilmini nilofar
niloufar nilufar nilufer niluka nimco nimisha ningsih nining nirali nirmali nirosha nirupama
nithya nives njoki nkiruka nobuko nodira noelani noelia noelle noemi noemie noga noha nokuthula
nokwanda noluthando nolwazi nomakhosazana nomthandazo nomzamo nona nongnuch nonhlanhla nonna
nooshin noraini norazlina noreen norhayati norliza norma noxolo noya nozizwe nthabiseng ntombi
ntombifuthi nuala nune nurcan nurhaliza nurhayati nurlana nuttaya nvard nwakaego nyaboke nyarai
nynke nyokabi obiageli obianuju oceane octavia odile ogechi ohiana oighrig oihane olatz olesia
olesya olivera oliwia oluchi olufunke oluwakemi olwen olya omobolanle omotola omowunmi ona
onyinye oona oonagh ophelia ophelie orawan orfhlaith orjeta orlagh orlaith orly orna ornella
orsi orsolya oshadi osnat otilia ottavia ottilie ouarda oumaima outi oxana oyinkansola oznur
padma padmavathi padmini paige panagiota pania paraskevi parastoo parbati pari parineeti
paromita parvana parvathy parvati parvin parwana patsy paulette pavani pavithra pavla pavlina
payal payel peigi pelin perla perrine petronela phindile phumzile phyllis pierina pimchanok
pimpaka pinal pinelopi pippa piret pirjo pirkko piroska piumi pnina polly polona poongodi popi
pornpan pornpimol porntip portia prabhleen pradnya prajakta pramila pranali pranee pranvera
prathibha prathyusha pratibha precy priscila priscilla priti pualani puleng pumla purwanti
puspita puteri qianqian queralt quyen rabab rachael rachana rachele rachna radia radka radmila
rafaela raffaella rafia rafidah raghad ragna ragnheidur ragnhild rahaf rahel rahma rahmawati
raija raili raisa raissa rajaa rajashree rajeswari rajisha rajkumari rakel rakiya rakshita
ralitsa ramatu ramya randa randi rani rannveig rashmi rasma ratchanok ratih ratree rawan rayen
raymonde realtin rebeca rebekah reet refilwe regina regine regula rehana rehema remedios remei
remya rena renee renjini renske renu reshma reut revathi revati revital rhea rhoda rhona rhonwen
rianne riddhi rie riikka riina rika rikke rimma rina rini riona ripeka riria risa rita ritu
rituparna ritva riya robina rodica rohani rohaya rohini roja rojda rokeya rola rolande romina
romy ronahi ronja ronke roopa roos rosalba rosalia rosalie rosalind rosalinda rosalinde rosalyn
rosamund rosana rosangela rosanna rosaria roselyne rosemarie roser roseta rosetta rosie rosine
rosita rositsa rosmah rosminah rosnah rossella roswitha roula rovena roxanne roza rozerin rozita
rozsa ruba rubina ruchi rudina rudo rugile rukayya rukhsana rukhsara rumana rumbidzai rumyana
rupa rupal rupali ruqayya rusudan ruti ruvimbo ruwanthi ruzanna ruzica saadatu saanvi saara saba
sabaheta sabariah sabina sachie sachiko sachini sade sadeta sadhana sadhbh sadie sadiya safitri
safiya safiyo sagal sahana sahar saija sailaja saioa sajini sajitha sakine sakshi salamatu
salmah salomea salote saltanat samah samal samiha samina samjhana sampada samra samreen sana
sanaz sandhya sanduni sandya sanela sangeetha sangita sanita sanjida sanni saori saowanee sapana
sapna saranya saraswathi saraswati sarit saritha sarka sarla sarmite sarolta sasithorn satenik
satomi satu saule savita savitha sawsan sayaka sayali sayantani sayuri scarlett seda seetha
seija seini sejal selam selamawit selena selma selvi sema sena senada senait senayit senga senka
seo-ah seonaid sepideh serafina serap seren setareh setsuko setyowati sevara sevda severine
sevil sevim sevinj sezen shabana shagufta shahd shahla shahnaz shahnoza shaima shaimaa
shakuntala shalaka shamiso shampa shamsa shamso shanelle shanice shaniqua shanthi sharifah
sharmin sharmistha shashikala shauna shazia sheeba sheela sheena sheetal shilan shima shiori
shireen shiri shital shizuka shlomit shno shnyar shobana shobha shoko shonagh shorena shoshana
shoshi shqipe shraddha shruthi shruti shubhangi shukria shulamit shulan shushan shwetha shyamali
sibongile sidonie sidra sieglinde sien sienna sietske sifan sigal sigita signe sigridur sigrun
sigurlaug sigvor siham sihem sile silje silvana silvia silvie silviya simarleen simin simisola
simonetta sindhu sindisiwe sinem sinikka sinta sioned siranush sirarpi siri sirikit sirimavo
sirin sirinya sirisha sirje sirpa sisa sissel siun siv siwan siya slavica slavka smadar smaragda
smaranda smita smitha snezhana sobia socorro sofie sofya soheila sohini solene solomiya solvita
somsri sona sonal sonali songul sonja soo-ah sopho sopiko sorina sose sosina sotiria sotiroula
souad soumaya soumya sowjanya sowmya sozan spela spomenka spoorthi spozhmai srabanti sravani
sravya srbuhi sreedevi sreeja sreelakshmi sreemoyee sreya srijana sruthi stacey stamatia stana
stanislava stanislawa stanka stavroula steffi stefka steinunn stela steph stephany stina su-ah
subhashree subira sucaad suchitra sudabeh sude sudeshna suganya suhaila suja sujatha sukanya
sulastri sulia sulochana suma sumaira sumaiya sumalatha sumalee sumarni sumathi sumaya sumiati
sumiko sumitra sun-hee sunaina sunanda sunee suneetha sunitha sunniva supriya suraya suryani
susanna susanti sushila sushmita susie susilawati sutapa sutini suvi suyana suzy svala svea
sveta svetla swagata swantje swapna swathi syafiqah syahirah syazwani sybille sylviane synnove
szabina szilvia tabassum tabatha tabitha tadeja taguhi tahani tahereh tahira tahmina tahmineh
taina taisiya takako takuhi tala talatu tamako tameka tamika tamilselvi tamsin tamta tanisha
tantri tanuja tanushree tanusree tanvi tanwen taraivini tarana taraneh tariro taslima tasneem
tatevik tatsiana tecla tegan tehila tehmina tejal tejashree tejaswini tekla tellervo teona
teresita terezia terhi teri terri tesni tess tessa tessie tetyana teuta tham tharushi thea
thelma thembeka thenmozhi theodora therese thida thilini thoa thobeka thora thordis thorunn
thuli tiia tiiu tijana tiko tilly timea tineke tingting tinuke tirza tiziana tjasa tjitske
togzhan tomomi tonia tonje tonya toril torill toshiko tova traudl treasa triin trijntje trine
tripti trish trisha trudy trupti tsige tsion tsira tsitsi tsveta tsvetelina tudora tugba tugce
tuija tuini tulay tulin tumpa tunzala turid turkan tuti tuula tuulikki tuva tuyet txell tzipora
ubah ubax ugne uju ujwala ulla ulle ulviyya ulyana umida ummi una unaisi unnur upamali upeksha
upendo urmila urpi ursa ursina urska urvashi urve uschi usue ute uxue uyen uzma vaani vaida
vaira vaishali vaishnavi vaiva valbona valentyna valeriya valgerdur valli vanesa vani varduhi
vardui varsha varvara vasanthi vasavi vasilisa vasiti vaso vasundhara vasylyna vedrana veena
veera veerle velichka velma vendela vendula vennela vered verena verica veronica veselina vibeke
vibha vickie vicky victoire viera vijayalakshmi viktorija viktoriya vilma vimbai vineta violeta
vira virag virginie vitoria vittoria viveka viviana vivien vivienne viyan vjollca vladimira
vlatka volha voula vreni vrushali vukica vusala vy vyara waheeda wahiba wairimu wakana waltraud
wamaitha wangui wanjira waraporn warda wardina wati wenche wening wenjuan wiam widad wiebke wies
wilaiwan wilhelmina willemijn wilma winifred winta wioletta worknesh wulandari wuraola xanthi
xenia xiaojuan xiaoxue xiomara xiuzhen xuemei yadira yafit yagmur yalda yamila yamina yamini
yamuna yanling yanti yanyan yardena yaroslava yaryna yasaman yashoda yasmeen yasmina yasodhara
yasuko ye-jin ye-rin yehudit yeliz yelizaveta yeo-jeong yeon-kyung yesenia yeshimebet yeva
yevdokiya yevgenia yifat yingying yiska ylva yoana yocheved yodit yolande yoon-ah yordanka
yoshie yoshiko yousra yuka yukiko yuko yulan yulduz yuliana yuliya yumei yuna yuni yurika yuting
yuzhen zaitun zakia zala zalak zaleha zamzam zanda zandile zaneta zara zarghona zarifa zarmina
zarqa zaynab zdenka zeenat zehava zelda zeljka zemfira zenaida zenash zenebech zerrin zewditu
zhanna zhazira zhina zhuldyz ziba zilan zilola zinaida zineb zinhle zintle zita ziva zivile
zizipho zlata zlatica zodwa zoey zofie zohra zohreh zora zorana zorica zornitsa zoryana zoubida
zoulikha zozan zrinka zsanett zsofi zsuzsa zubaidah zubeida zuhal zulaihat zulema zulfiya
zulfiyya zuraida zurine zuwaira zyta`
