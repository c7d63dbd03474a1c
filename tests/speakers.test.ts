import { describe, expect, it } from 'vitest'
import { attributeText } from '../src/index.js'
import { givenNameGenderOf } from '../src/lexicon/first-names.js'
import { worldFemaleNames, worldMaleNames } from '../src/lexicon/world-given-names.js'

// Each row: a text, the speaker expected for each of its quotes (null for none), and what the
// row proves. Names are invented; none of them is in the library.
const rows: [string, (string | null)[], string][] = [
  ['“We will win,” Jane Doe said.', ['Jane Doe'], 'quote, speaker, cue'],
  ['“We will win,” said Jane Doe.', ['Jane Doe'], 'quote, cue, speaker'],
  ['Jane Doe said: “We will win.”', ['Jane Doe'], 'speaker, cue, colon'],
  [
    'Jane Doe said that the party would “win big” next year.',
    ['Jane Doe'],
    'speaker said that … fragment',
  ],
  ['Jane Doe described the vote as “a disgrace.”', ['Jane Doe'], 'described … as'],
  [
    '“We will win,” Jane Doe said. “And we will govern.”',
    ['Jane Doe', 'Jane Doe'],
    'the second part continues',
  ],
  [
    'Jane Doe arrived late.\n“We will win,” she said.',
    ['Jane Doe'],
    'a pronoun resolves to the subject before',
  ],
  [
    'Ms. Jane Doe met John Roe. “We will win,” she said.',
    ['Jane Doe'],
    'gender agreement skips the nearer man',
  ],
  [
    'Jane Doe wrote on X that the talks were useful. She also spoke with Alex Roe on Sunday, noting that “much can change.”',
    ['Jane Doe'],
    'a participle takes the subject of its clause, not the last name',
  ],
  [
    'A senior U.S. official said the gap was narrow, saying: “They know what we want.”',
    ['a senior U.S. official'],
    'an anonymous source',
  ],
  [
    '“It was an attack,” Freedonia’s Foreign Ministry said.',
    ['Freedonia’s Foreign Ministry'],
    'an organization',
  ],
  ['Talks aimed at “reliable guarantees” went on.', [null], 'no one named, no speaker'],
  ['Jane Doe: Talks ‘Very Productive,’ But More Needed', ['Jane Doe'], 'a headline with a colon'],
  [
    'Talks made “real progress” on the plan, Jane Doe says',
    ['Jane Doe'],
    'an attribution closing the sentence',
  ],
  ['The plan was “dead on arrival,” according to Jane Doe.', ['Jane Doe'], 'according to'],
  [
    'Jane Doe, speaking on a plane, praised the team but said she saw “a good chance.”',
    ['Jane Doe'],
    'an aside and a conjunction',
  ],
  ['Jane Doe, the mayor, said the city was “ready.”', ['Jane Doe'], 'an appositive'],
  [
    '“It is over,” Sen. Jane Doe (D-Ore.) said Friday.',
    ['Jane Doe'],
    'a party tag between name and cue',
  ],
  ['“Is it over?” Jane Doe asked.', ['Jane Doe'], 'an attribution after a question mark'],
  ['“It is over.” ― Jane Doe', ['Jane Doe'], 'a dash byline'],
  [
    'The Daily Planet reports:\n“It is over.”',
    ['Daily Planet'],
    'a colon ending the paragraph before',
  ],
  [
    '“It is over,” Jane Doe said.\n“We move on.”',
    ['Jane Doe', 'Jane Doe'],
    'continuation into the next paragraph',
  ],
  [
    'The envoy maintained contact with Jane Doe “in varying degrees,” Alex Roe said.',
    ['Alex Roe'],
    'a weak cue without that is not speech',
  ],
  [
    '“a,” “b” and “c,” Jane Doe said.',
    ['Jane Doe', 'Jane Doe', 'Jane Doe'],
    'a closing attribution covers the quotes before it',
  ],
  [
    '“It is over,” said a longtime party donor.',
    ['a longtime party donor'],
    'a short phrase after an inverted cue',
  ],
  [
    'Jane Doe openly admires Alex Roe as a “true leader.”',
    ['Jane Doe'],
    'the subject of a characterization with as',
  ],
  ['“I am not shy,” I said.', ['the author'], 'the writer speaking as I'],
  ['“We will win.”\n- Jane Doe', ['Jane Doe'], 'a byline paragraph signs the quote before it'],
  ['The rule is a “lawful source,” as a Treasury memo put it.', ['a Treasury memo'], 'as X put it'],
  [
    'Weighing in on the vote, Jane Doe said it was “over.”',
    ['Jane Doe'],
    'an -ing opener is a participle, not a name',
  ],
  [
    'Jane Doe said. “Then it ends.”',
    ['Jane Doe'],
    'reported speech hands its speaker to the next quote',
  ],
  [
    'Jane Doe spoke first. She’s claiming that the vote was “rigged.”',
    ['Jane Doe'],
    'a pronoun contracted with its verb is still a subject',
  ],
  [
    '“Yes,” Mr. Doe said.\nJane Doe left early.\n“Maybe,” she said.',
    ['Doe', 'Jane Doe'],
    'a surname with a man’s title does not join a woman’s full name',
  ],
  [
    'Mom Corners Doe On The Words ‘Bad Idea.’\n\nSenator John Doe said the issue was “made up.”\n\n“No,” said Doe.',
    [null, 'John Doe', 'John Doe'],
    'names in a title-case line do not become people of their own',
  ],
  [
    'Jane Doe promised to “end the war.”',
    ['Jane Doe'],
    'a weak cue whose clause runs into the quote',
  ],
  [
    'Jane Doe said the city had maintained contact with Roe “in varying degrees.”',
    ['Jane Doe'],
    'a weak cue yields to a surer cue before it',
  ],
  [
    'The envoy maintained close contact with the rebels in the north and the south for many months despite the “risks.”',
    [null],
    'a weak cue far from the quote is not speech',
  ],
  [
    'The deal was struck by Alex Roe, who has in the past described it as “a steal.”',
    ['Alex Roe'],
    'who stands for the phrase before it',
  ],
  [
    'The figure came from the Freedonia Police Department which reported “2,521 incidents.”',
    ['Freedonia Police Department'],
    'which stands for an organization before it',
  ],
  [
    'Critics seized on Jane Doe’s claim that there were “thousands of cases.”',
    ['Jane Doe'],
    'a speech noun after a possessive belongs to its owner',
  ],
  [
    'Alex Roe called Jane Doe’s remarks “a new low.”',
    ['Alex Roe'],
    'a quote about someone’s words is the caller’s',
  ],
  [
    'The ad shows footage of Jane Doe saying, “We will win.”',
    ['Jane Doe'],
    'an -ing cue right after a name is that name’s',
  ],
  [
    'Alex Roe wrote a letter to Jane Doe asking her to “act now.”',
    ['Alex Roe'],
    'but not after a name a preposition governs',
  ],
  [
    'After saying her foot was “so swollen,” Jane Doe went to a hospital.',
    ['Jane Doe'],
    'an -ing opener takes the main clause’s subject',
  ],
  [
    'Doe was, as The Daily Planet put it in a long profile, “the operator.”',
    ['Daily Planet'],
    'a cue phrase before the quote',
  ],
  [
    'Jane Doe compared the plan to a “house of cards.”',
    ['Jane Doe'],
    'compared … to is a characterization',
  ],
  [
    'Freedonia rejected the plan.\n“We will not be moved,” they said.',
    [null],
    'they does not stand for a country',
  ],
  [
    'When Jane Doe called, Alex Roe laughed and said, “Not now.”',
    ['Alex Roe'],
    'a cue after and takes the subject of its own clause',
  ],
  [
    'Jane Doe got upset, so Alex Roe made a choice: “Of course.”',
    ['Alex Roe'],
    'a colon hands over to the subject of the clause it closes',
  ],
  [
    '“Many of his ideas are bad,” Jane Doe went on, as if no one had heard. “Really.”',
    ['Jane Doe', 'Jane Doe'],
    'a name and a short clause after an open quote attribute it, whatever the verb',
  ],
  [
    '“We will win,” Jane Doe said.\n“Not a chance,” the mayor’s aide Alex Roe shook his head slowly, twice.',
    ['Jane Doe', null],
    'someone named right after a quote stops the previous speaker carrying over',
  ],
  [
    'Jane Doe implied that the judge was “hostile” to her.',
    ['Jane Doe'],
    'a that clause after any verb reports what its subject holds',
  ],
  ['The fact that the plan was “sound” helped.', [null], 'but not after a noun'],
  [
    'Jane Doe arrived.\nShe greeted 2,000 supporters at a rally in Springfield and told them they would “build ladders.”',
    ['Jane Doe'],
    'the comma inside a number does not open a clause',
  ],
  [
    '“I think so,” said Jane Doe of Springfield.',
    ['Jane Doe'],
    'a full name, then where she is from',
  ],
  [
    '“No comment,” said the Ministry of Foreign Affairs.',
    ['Ministry of Foreign Affairs'],
    'an organization head before of names the whole phrase',
  ],
  [
    'Ursula von der Roe said it was “a start.” Later, von der Roe added it was “not enough.”',
    ['Ursula von der Roe', 'Ursula von der Roe'],
    'particles belong to the surname, and the surname with its particles finds the full name',
  ],
  [
    'Radosław Roe said it was “a start.” Radoslaw Roe added it was “not enough.”',
    ['Radosław Roe', 'Radosław Roe'],
    'a Latin letter that NFKD keeps whole folds like an accent: one person',
  ],
  [
    'Sen. Jane Doe (R-Pa.), chairman of the banking panel, said the bill had “real problems.”',
    ['Jane Doe'],
    'a role phrase set off by commas after a name renames it: the name is the subject',
  ],
  [
    'In an interview with hosts Sam Poe and Jane Doe, the Democratic candidate stated that it was “fine.”',
    ['the Democratic candidate'],
    'a role phrase after a name and a comma that runs into its verb is the subject itself',
  ],
  [
    'The statement from the ministry called the Chilean demands “absurd.”',
    ['the ministry'],
    'a place adjective after an article modifies a noun: it is no one speaking (the statement is the ministry’s)',
  ],
  [
    '“They just say, ‘do this, do that,’ and leave,” said Jane Doe.',
    ['Jane Doe', 'Jane Doe'],
    'a quote inside a quote is voiced by the outer speaker',
  ],
  [
    'Acmenergo, the national grid operator, said it had ordered “emergency outages.”',
    ['Acmenergo'],
    'a word seen only at a sentence start is still a name when an apposition follows its comma',
  ],
  [
    'According to the ministry, Doe and Roe spoke for “about five hours.”',
    ['the ministry'],
    'a named source of the sentence is surer than a weak cue whose clause runs into the quote',
  ],
  [
    'Former U.S. ambassador to Chile Jane Doe called the plan “a capitulation.”',
    ['Jane Doe'],
    'a place after a role and to completes the title, not the name',
  ],
  [
    'Minister of Culture Mary Roe said the plan was “fine.”',
    ['Mary Roe'],
    'after a title and of, the name starts at a known given name',
  ],
  [
    'The Freedonian prime minister, Jane Doe, was blunter: “It is about pressure.”',
    ['Jane Doe'],
    'a name set off by commas right after a role phrase is who the phrase is',
  ],
  [
    'Jane Doe, a lawyer for the family: “We will appeal.”',
    ['Jane Doe'],
    'an apposition closed by the colon that opens the quote renames the name before it',
  ],
  [
    'The Daily Planet covered the call. A readout of the call described it as “frank.”',
    ['a readout of the call'],
    'a pronoun right after a verb is its object, and a readout is a document that speaks',
  ],
  [
    'The General Staff called the claim “propaganda.”',
    ['General Staff'],
    'a staff is an organization, not a person called Staff',
  ],
  [
    'Shares fell on Tuesday after the company cut its forecast, citing “persistent weakness.”',
    ['the company'],
    'after before a phrase and a verb opens a clause whose subject the phrase is',
  ],
  [
    '“Go back to your seat,” Jane Doe barked and motioned him to sit.',
    ['Jane Doe'],
    'a speaker and any verb after an open quote, the clause going on with and',
  ],
  [
    'Several outlets reported on Wednesday that talks had been “productive.”',
    ['several outlets'],
    'outlets, in the plural, are sources like an outlet',
  ],
  [
    'Her neighbor, Sam Roe, a retired engineer, brings her bread. He said they were “waiting with her.”',
    ['Sam Roe'],
    'the name set off after a subject phrase is who a later pronoun stands for',
  ],
  [
    'The Institute for the Study of Peace said talks were “unlikely to succeed.”',
    ['Institute for the Study of Peace'],
    'link words after an organization head stay in its name',
  ],
  [
    'The Center for Civic and Electoral Studies called it “a mess.”',
    ['Center for Civic and Electoral Studies'],
    'and between capitalized words after the link stays in the name',
  ],
  [
    'The City Council on Friday called the plan “reckless.”',
    ['City Council'],
    'a date after on is not part of the name',
  ],
  [
    '“Closed,” said the Department of Justice and Roe.',
    ['Department of Justice'],
    'and before a single name word does not join two names',
  ],
  [
    'Ministry of Foreign Affairs spokeswoman Jane Doe said it was “a provocation.”',
    ['Jane Doe'],
    'an organization before a title qualifies the title: the speaker is the person named after it',
  ],
  [
    'The Office of the Director of Civic Statistics said the count was “final.”',
    ['Office of the Director of Civic Statistics'],
    'a title word inside an organization name with no person after it',
  ],
  [
    '“Ok,” Secretary of State Jane Doe said.',
    ['Jane Doe'],
    'a short sentence crowded with names is not a title-case headline',
  ],
  [
    'As Jane Doe said last week in Springfield, “The city is ready.”',
    ['Jane Doe'],
    'as X said opens a clause, X is no object',
  ],
  [
    'Jane Doe blamed the law on “reckless politicians.”',
    ['Jane Doe'],
    'blaming, deriding and referring are characterizations too',
  ],
  [
    'They read the memoirs of a former spymaster who wrote about the “creative” use of forgeries.',
    ['a former spymaster'],
    'who stands for an article phrase with any noun',
  ],
  [
    'Senator Jane Doe spoke to the station. A transcript follows:\n\n"HOST: Will you run?\n\n"DOE: I will not run this year."',
    ['the host', 'Jane Doe'],
    'a capital label and a colon open a transcript quote; a role in capitals is the role’s phrase',
  ],
  ['“We need to win,” the email said.', ['the email'], 'a cue word after an article is a noun'],
  [
    '“It is risky,” Freedonia Capital portfolio manager Jane Doe said.',
    ['Jane Doe'],
    'a long title phrase before the name',
  ],
  ['“He had plans,” his friend Jane Doe said.', ['Jane Doe'], 'a possessive opens the phrase'],
  [
    '“Perpetual motion!” Rep. Jane Doe, R-Pa., said.',
    ['Jane Doe'],
    'an attribution after “…!” reaches past an aside to its cue',
  ],
  [
    'Jane Doe On Being Called “A Real Woman.”\n\nGetty.',
    [null],
    'a one-word credit line is not a signature',
  ],
  [
    '“BREAKING: The vote is delayed,” Jane Doe said.',
    ['Jane Doe'],
    'one label alone does not make a transcript',
  ],
  ['In the poll, 63 percent said the plan was “fair.”', ['63 percent'], 'a share of a poll speaks'],
  [
    'Speaking in Springfield, Freedonia, Jane Doe went after Alex Roe, calling him “a fraud.”',
    ['Jane Doe'],
    'an -ing cue hangs on the main clause, not on a place set off by commas',
  ],
  [
    'After the attacks, Jane Doe released an ad, calling it “dangerous.”',
    ['Jane Doe'],
    'nor on a name inside an opening phrase',
  ],
  [
    'Sen. Jane Doe (D-Ore.) said the bill was “a disgrace.”',
    ['Jane Doe'],
    'a party tag in brackets is not the speaker',
  ],
  [
    'An official in Springfield, Texas, said the film was “dangerous.”',
    ['an official'],
    'nor is a place set off by commas',
  ],
  [
    'Alex Roe joked that Jane Doe was the answer, but went on to say, “Not really.”',
    ['Alex Roe'],
    'a that clause set off by a comma is not the cue’s own',
  ],
  [
    'Jane Doe arrived late.\nInstead, she said the plan was “sound.”',
    ['Jane Doe'],
    'a capitalized word seen only at sentence starts before a comma is not a name',
  ],
  // Composition: a speaker phrase, a cue group and a position, each read on its own.
  [
    '"Why was that money in the bank?" Mr. Jon Roe said, echoing many colleagues.',
    ['Jon Roe'],
    'a trailing clause after the cue group',
  ],
  ['“We will win.” Jane Doe said.', ['Jane Doe'], 'a sentence that only attributes'],
  ['“We win,” a smiling Jane Doe said.', ['Jane Doe'], 'modifiers before a name'],
  ['Jane Doe chimed in. “We will win.”', ['Jane Doe'], 'a phrasal cue, then the quote'],
  ['Jane Doe blurted out, “We will win.”', ['Jane Doe'], 'a phrasal cue with a comma'],
  [
    'Jane Doe recalled in an interview with a local radio station, “We will win.”',
    ['Jane Doe'],
    'a weak cue through a long adverbial',
  ],
  [
    'The plan could pass, said Jane Doe, who chairs the committee. “We will win.”',
    ['Jane Doe'],
    'an inverted attribution hands over to the next quote',
  ],
  [
    'Jane Doe, 54, a retired teacher from Ohio, told reporters: “We will win.”',
    ['Jane Doe'],
    'an age and a role between the name and the cue',
  ],
  [
    'Jane Doe spoke first. “We will win,” one said. “We lost,” said another.',
    ['one', 'another'],
    'stand-ins are new anonymous sources',
  ],
  ['Doe Says “We Will Win”', ['Doe'], 'a short heading with a capitalized cue'],
  ['Doe said the United States “must act.”', ['Doe'], 'a weak cue ending a name is no heading cue'],
  [
    'Jane Doe said she will continue to “fight.”',
    ['Jane Doe'],
    'an infinitive is no adverbial of a weak cue',
  ],
  [
    'Rep. Jane Doe said Sam Roe called on members to be “closely coordinated.”',
    ['Jane Doe'],
    'a report inside a report is the outer source’s',
  ],
  [
    'A reporter asked about the plan, and Jane Doe said, “We will see.”',
    ['Jane Doe'],
    'a clause joined by and is beside the other, not its content',
  ],
  [
    'Jane Doe said the film “Jaws” changed her life.',
    [null],
    'a title of a work is no one’s words',
  ],
  ['“This is fantastic!” beamed Jane Doe.', ['Jane Doe'], 'an unknown past verb inverts like said'],
  [
    'Jane Roe proposed a debate, but the Doe campaign rejected the idea as “ludicrous.”',
    ['the Doe campaign'],
    'X as “…” takes the subject of its own clause',
  ],
  ['Theodore “Teddy” Roe said the plan was sound.', [null], 'a nickname inside a name'],
  ['Dictionaries added the entry “staycation” last year.', [null], 'words as words'],
  [
    'Jane Doe used the term “kitchen sink” twice.',
    ['Jane Doe'],
    'a verb of use makes the words someone’s',
  ],
  ['Park Min-jun arrived. Park said: “We won.”', ['Park Min-jun'], 'a family name written first'],
  ['In the words of Jane Doe, “We won.”', ['Jane Doe'], 'a source phrase before the quote'],
  ['“We won,” a weary shopkeeper murmured.', ['a weary shopkeeper'], 'a manner of speaking'],
  [
    '“We will —” Jane Doe began, before an aide cut in.',
    ['Jane Doe'],
    'a dash breaks the words off',
  ],
  [
    'Minh Tran sat next to Aoife Walsh. “We won,” she said.',
    ['Aoife Walsh'],
    'the one person known to agree in gender',
  ],
  [
    '“We won,” said the Union of Dockworkers and Porters.',
    ['Union of Dockworkers and Porters'],
    'an organization of members',
  ],
  [
    '“We know more,” an adviser who was not authorized to speak publicly said.',
    ['an adviser'],
    'a postmodifier with a cue of its own before the closing cue',
  ],
  [
    'A weary shopkeeper had a simple message for the crowd: “We won.”',
    ['a weary shopkeeper'],
    'a speech noun reports its clause’s subject',
  ],
  [
    'Robin Vance opened the hearing. Ms. Vance chairs the panel. The first witness was Tom Hall. “We have heard enough,” she said.',
    ['Robin Vance'],
    'a role joined to a name by a copula is that person',
  ],
  [
    'Jane Doe met the nurses on Monday. “We are exhausted,” they said.',
    ['the nurses'],
    'they stands for the nearest plural phrase for people',
  ],
  [
    'The union called a strike. Its president, John Roe, was absent. “We will not back down,” they said.',
    ['the union'],
    'they stands for an organization described',
  ],
  [
    'The network, Jane Doe said, called the result “highly significant.”',
    ['Jane Doe'],
    'an attribution set off inside the sentence reports all of it',
  ],
  [
    'Immediately after the vote, Jane Doe said: “We won.”',
    ['Jane Doe'],
    'an adverb opening a sentence is no name',
  ],
  [
    'Maria Lopez arrived late. Afterwards she told reporters: “We will win.”',
    ['Maria Lopez'],
    'a word opening a sentence before a subject pronoun is no name',
  ],
  [
    'Maria Lopez, a retired teacher, spoke first. “We will win,” the teacher said.',
    ['Maria Lopez'],
    'a role set off after a name is that person’s, for a later description',
  ],
  [
    'The senator, Maria Lopez, spoke first. “We will win,” the senator said.',
    ['Maria Lopez'],
    'a role set off before a name is that person’s too',
  ],
  [
    'Sen. Maria Lopez spoke first. “We will win,” the senator said.',
    ['Maria Lopez'],
    'an abbreviated title stands for its role',
  ],
  [
    'Maria Lopez and Tom Roe spoke first. “We will win,” the senator said.',
    ['the senator'],
    'a description nobody in the text holds, with two people in sight, stays a description',
  ],
  [
    '“We will win,” said the mayor of Springfield.',
    ['the mayor of Springfield'],
    'a title whose complement is all there is names a role, not a person called Springfield',
  ],
  [
    '“We will win,” said the Secretary of State, Jane Doe.',
    ['Jane Doe'],
    'title words alone after an article are a role, and the name set off after it is who',
  ],
  [
    'A friend of Jane Doe said, “We will win.”',
    ['a friend'],
    'a name after of in the subject phrase belongs to another’s phrase',
  ],
  [
    'A fisherman from the coast said “we will win.”',
    ['a fisherman'],
    'a phrase after a preposition right before the cue modifies the subject before it',
  ],
  [
    'The rejection of the treaty signals “the end,” said Jane Doe.',
    ['Jane Doe'],
    'a modified phrase is a subject only if its head names people',
  ],
  [
    'Tom Baker’s aides were silent. “We will win,” he said.',
    ['Tom Baker'],
    'the owner of a sentence’s opening phrase is there for a later pronoun',
  ],
  [
    'What do you think of Jane Doe privately saying “pray for him” in response?',
    ['Jane Doe'],
    'an adverb may stand between a participle cue and its subject',
  ],
  [
    'The Lopez family issued a statement. “We are grateful,” they said.',
    ['the Lopez family'],
    'a collective noun takes they, a name between its article and it included',
  ],
  [
    'Scientists at the institute disagree. “The effect is small,” they said.',
    ['scientists'],
    'a group opening the sentence before is they, ahead of what is named after it',
  ],
  [
    'The miners met the company on Friday. “We are not going anywhere,” they said.',
    ['the miners'],
    'a group opening the sentence is they before a body after the verb that the scanner read as its subject',
  ],
  [
    'On Monday, the miners walked out. The company said it was reviewing the claims. “We are not going anywhere,” they said.',
    ['the miners'],
    'a phrase that sets the scene comes before the group that opens the clause',
  ],
  [
    'Mayor Tom Becker met with the miners. The ministry did not respond. “We are not going anywhere,” they said.',
    ['the miners'],
    'people anywhere in the sentence before are they ahead of a body',
  ],
  [
    'The victims’ families say they feel betrayed. “Nobody listened,” they said.',
    ['the victims’ families'],
    'a plural owner goes on to the group it owns',
  ],
  [
    'A letter from residents called the crossing “a danger to every child.”',
    ['residents'],
    'a paper from people the text does not name is theirs',
  ],
  [
    'Tom Reyes was quick to respond. “We need more buses.”',
    ['Tom Reyes'],
    'a subject quick to take its turn to speak says the quote after',
  ],
  [
    'Ravi Bianchi, chief executive of Arcturus Telecom, said: “Profits fell.”',
    ['Ravi Bianchi'],
    'a role in lower case with what it is of, set off after a name, is the name’s',
  ],
  [
    'Ravi Bianchi, head of Arcturus, said profits had “fallen sharply.”',
    ['Ravi Bianchi'],
    'the body a set-off role is of does not speak',
  ],
  [
    'Arcturus Telecom’s chief executive, Ravi Bianchi, said: “Profits fell.”\n\n“We expect a better year,” the company added.',
    ['Ravi Bianchi', 'Arcturus Telecom'],
    'the body that owns a role is in sight for a later noun for a body',
  ],
  [
    'Harlow Bank reported a profit.\n\nHarlow’s chief executive, Sofia Kimura, spoke.\n\n“We see momentum,” the company said.',
    ['Harlow Bank'],
    'a body’s name cut to its first word is the body that opens with it',
  ],
  [
    'Obama is defending his executive actions. He notes that you can’t yell “fire” in a theater.',
    ['Obama'],
    'a role’s word before a noun only modifies it',
  ],
  [
    'Hundreds marched.\n\n“Save our school!” some of the protesters chanted as they marched.',
    ['some of the protesters'],
    'a quantifier’s share of people is a source, as `one of them` is',
  ],
  [
    'A sheep farmer whose land borders the site said: “The permit was unlawful.”',
    ['a sheep farmer'],
    'what a `whose` clause’s verb takes is no subject',
  ],
  [
    '“Refunds will be processed,” the influential weekly Qaryat Falls Observer wrote.',
    ['Qaryat Falls Observer'],
    'a run of capitals after a noun for a body is its name, though it ends on a noun for people',
  ],
  [
    'Emiliano Echeverría Orozco called it “a step.”\n\n“They promise jobs,” Echeverría said.',
    ['Emiliano Echeverría Orozco', 'Emiliano Echeverría Orozco'],
    'the first of two surnames after a given name is used alone too',
  ],
  [
    'Ewa Lebedeva, 49, of Nyvik, said the move was rushed. “We will look at every option.”',
    ['Ewa Lebedeva'],
    'a name set off from its cue by asides one after another reports the words after it',
  ],
  [
    'Harbor Master Dapo Lawal weighed in: “It will take time.”',
    ['Dapo Lawal'],
    'a master is a title before a name, as a chief is',
  ],
  [
    '“The fire was caused by worn equipment,” the Ombria Energy Regulator said.',
    ['Ombria Energy Regulator'],
    'a run of capitals after `the` that ends on a noun for an agent names a body',
  ],
  [
    'A rail line was approved.\n\nThe Tirano Crossing Observer wrote last week: “Updates will follow.”',
    ['Tirano Crossing Observer'],
    'a paper named for an agent writes its own words, not the sentence before',
  ],
  [
    'The New Yorker writer Mark Singer has a note.\n\n“It made me laugh,” Mr. Singer said.',
    ['Mark Singer'],
    'a run with a given name in it ends on a surname, whatever its ending',
  ],
  [
    'The bridge closed.\n\n“We waited,” Deputy Mayor Nikhil Naidu said.\n\n“I left,” Kofi Frimpong said.\n\n“It was built for carts,” the deputy mayor said.',
    ['Nikhil Naidu', 'Kofi Frimpong', 'Nikhil Naidu'],
    'a word for another office names the one whose title has it, past another speaker',
  ],
  [
    'Health Secretary Jane Roe spoke.\n\n“It is a mess,” the shadow health secretary said.',
    ['the shadow health secretary'],
    'a word for another office names no one who holds the noun’s office alone',
  ],
  [
    'Prof. Brandt: ‘We will stay until they listen’\n\nFriederike Brandt met students.\n\n“We will stay until they listen,” said Ilse Roe, a lawyer.',
    ['Friederike Brandt', 'Ilse Roe'],
    'a headline’s quote it gives a name of its own stays that name’s',
  ],
  [
    '“We will not retreat,” Haddad Says of Trade Agreement\n\nSaoirse Haddad spoke in Kasimpur.',
    ['Saoirse Haddad'],
    'a headline is in title case by its own words, not its quote’s',
  ],
  [
    '‘We Will Rebuild’: Moreau Rejects Criticism Over Library Closure\n\nLuis Moreau stood firm.',
    ['Luis Moreau'],
    'after a headline’s quote and colon, a title-case name ends before its verb',
  ],
  [
    '‘Managed Retreat’: Coastal Towns Weigh Options\n\nThe council met on Monday.',
    [null],
    'a plural where a headline’s name would end is no verb of speaking out',
  ],
  [
    'Baljinder Singh Randhawa said: “We were second best.”',
    ['Baljinder Singh Randhawa'],
    'a given name in `-inder` opening a sentence is no role read by its ending',
  ],
  [
    'Coach Jung: ‘The fans are the club’\n\nCoach Jung Ji-hoon said no deal had been agreed.\n\n“We need a stadium,” Jung said.',
    ['Jung Ji-hoon', 'Jung Ji-hoon'],
    'a family name a headline gives alone is the one the story names in full after it',
  ],
  [
    'Ana Roe said the term “rewilding” was overused, then added: “We signed off.”',
    [null, 'Ana Roe'],
    'after a cue of saying, a word named as a word that opens a clause is no one’s',
  ],
  [
    'The Court of Appeal reversed the decision, ruling that it could not accept “national security” as a reason.',
    ['Court of Appeal'],
    'a court ruling that something was so is the one whose words these are',
  ],
  [
    'The Sallowton Financial Conduct Commission fined Nerandt Devices Inc. $240 million.\n\nNerandt said in a statement: “We disagree.”\n\n“Hidden fees are not a business model,” the regulator said.',
    ['Nerandt Devices Inc.', 'Sallowton Financial Conduct Commission'],
    'a company cut to its first word is the company; the regulator is the public body in sight',
  ],
  [
    'Corvane Pharmaceuticals said it would cut 1,200 jobs.\n\n“Affected employees will receive severance,” the company said.',
    ['Corvane Pharmaceuticals'],
    'a name that ends in a company’s word is a company the noun finds',
  ],
  [
    'The petition from parents was blunt: “Close the road.”',
    ['parents'],
    'a paper from people before a colon is theirs too',
  ],
  [
    'A statement from the mayor’s office said it was “reviewing the plan.”',
    ['the mayor’s office'],
    'a paper from a body with its owner is the body’s',
  ],
  [
    'Ravi Subramanian, 54, visited. Lena Ortiz, 38, disagreed. “No,” the 54-year-old said.',
    ['Ravi Subramanian'],
    'an age set off after a name is that person’s, for a later the 54-year-old',
  ],
  [
    'Dr. Helen Marsh, an epidemiologist at Columbia, visited. Tom Becker disagreed. “No,” said the epidemiologist.',
    ['Helen Marsh'],
    'a phrase that places a role set off after a name goes with the role',
  ],
  [
    'Sen. Maria Okonkwo, a Democrat from Ohio, voted no. “No,” the Ohio Democrat said.',
    ['Maria Okonkwo'],
    'a party word set off after a name, with a phrase that places it, is that person’s',
  ],
  [
    '“He was found alive,” OPP Const. Marie Tremblay said. “It is remarkable,” said Cst. Tom Roe.',
    ['Marie Tremblay', 'Tom Roe'],
    'Const. and Cst. are abbreviated titles: no sentence ends at them',
  ],
  [
    'COLUMBUS, Ohio (AP) — A bartender testified Tuesday that she watched him leave, telling jurors the two had been arguing “loud enough.”',
    ['a bartender'],
    'the state after the city in a dateline is in the dateline; the subject follows its dash',
  ],
  [
    'Western Cape education MEC Nadia Petersen said learners had shown “what is possible.”',
    ['MEC Nadia Petersen'],
    'a place opening the sentence before nouns and a title in capitals only modifies the title',
  ],
  [
    'Mayor Simone Bart said in a statement Wednesday that she would sign it.\n\n“This is balanced,” the statement said.',
    ['Simone Bart'],
    'a day after the paper only dates it: the statement is still the subject’s',
  ],
  [
    'Stott read out a message sent to the programme by Kerry Roe, the mother of Jordan.\n\n“I rang three times,” the message read.',
    ['Kerry Roe'],
    'a paper sent or signed by someone is theirs',
  ],
  [
    'SAN FRANCISCO — At 9:02 a.m. on Tuesday, employees at Brightwave gathered in the hall.\n\n“Keep your calendar clear,” it read.',
    [null],
    'a dateline’s places are no one: not even it',
  ],
  [
    'SAN FRANCISCO — At 9:02 a.m. on Tuesday, employees at Brightwave received a Slack message from the company’s head of people, Tom Roe.\n\n“Keep your calendar clear,” it read.',
    ['Tom Roe'],
    'past the dateline, it reads out the message its sender put out',
  ],
  [
    'One former Brightmoor manager said staff were under pressure. “Everyone knew,” the person said.',
    ['one former Brightmoor manager'],
    'the person takes up the latest source introduced without a name, whatever its head',
  ],
  [
    'Another analyst, Greta Lindqvist of Morrow & Pike, said: “Larger.”',
    ['Greta Lindqvist'],
    'a body’s name joined by & goes on with the phrase that places a name set off after a role',
  ],
  [
    '“We quit guarding”: Brannigan rips Owls after blown lead\n\nCoach Tom Brannigan did not wait.',
    ['Tom Brannigan'],
    'a headline opening with a quote and a colon is the words of the person its clause opens with',
  ],
  [
    '“You took our boy’s future”: Drug-affected driver jailed\n\n‘I just ran’: Teen praised after rescue\n\nA man was jailed.',
    [null, null],
    'after a headline’s colon, a capital before a noun or a participle is no speaker',
  ],
  [
    'UNDER-FIRE Bramley Rovers boss Kevin Dellow last night insisted he would “never walk away.”',
    ['Kevin Dellow'],
    'a name before a role and another name only modifies the role, anywhere in the sentence',
  ],
  [
    'Callum Reddy scored twice.\n\n“It has not sunk in,” said the youngster. Marta Lindqvist praised him. “He is a quiet lad,” the Swede said.',
    ['Callum Reddy', 'Marta Lindqvist'],
    'a phrase that only says what sort of person stands for the person in sight',
  ],
  [
    'Tom Roe spoke. A woman in the crowd shouted at Roe. “Go home,” the woman said.',
    ['a woman in the crowd'],
    'a sort of person the text brought someone in by is that someone',
  ],
  [
    'Zoomr, the Silicon Valley startup that launched in Queens, insisted its cars yield.\n\n“We are reviewing it,” the company said.',
    ['Zoomr'],
    'a name set beside a noun for a body is a body, and the company is the body named last',
  ],
  [
    'The patient group T1 Together welcomed the recall. Dr. Ann Lee did not comment.\n\n“People deserve to know,” the group said.',
    ['T1 Together'],
    'a noun that fits any body passes over people for the body named before them',
  ],
  [
    'Northgate Logistics defended its record. “No,” the firm said. Guy Cecil, the group’s strategist, said the group might “run ads.”',
    ['Northgate Logistics', 'Guy Cecil'],
    'a subject its takes up is a body, when no given name opens its name; nothing else makes a person a body',
  ],
  [
    'The white Zoomr robotaxi stopped dead.\n\nZoomr, the Silicon Valley startup that launched its pilot in March, insisted its cars yield.\n\n“We are reviewing it,” the company said.',
    ['Zoomr'],
    'an opener set off before a phrase with a relative clause is a name; a word read as a title before it is no person’s title',
  ],
  [
    'Plant to close as mayor calls it ‘a gut punch’\n\nMayor Gail Henstridge said the town would fight.',
    ['Gail Henstridge'],
    'a bare role in a headline is the one person the story under it gives that role',
  ],
  [
    'Tom Roe went missing on Monday. His daughter, Donna Roe, got the call.\n\nTom was taken to hospital. His daughter said he was in good spirits. “He asked about his truck,” she said.',
    ['Donna Roe'],
    'a role owned by a pronoun is the one person given that role, set off before or after the name',
  ],
  [
    'A new Dayton bakery opened. “We must act,” he said.',
    [null],
    'a name between a determiner, an adjective and a noun only modifies it: no he or she',
  ],
  [
    '5:10 p.m. — Press briefing: ‘We don’t know yet’\n\nAnalysis: When the CEO says ‘AI-first,’ workers hear something else\n\nKasich resisted: “No.”',
    [null, 'the CEO', 'Kasich'],
    'a name before a noun and a colon names an event, not a speaker; a rubric opening a headline is no speaker',
  ],
  [
    '“I still write for the girl I was”: Réka Halász on exile and grief\n\nRéka Halász left Budapest at 19.',
    ['Réka Halász'],
    'a headline quote, a colon, and a name with on and a topic',
  ],
  [
    'One agent involved in the negotiations told us the paperwork “simply didn’t make it.” A lawyer based in Ohio said the case was “weak.”',
    ['one agent involved in the negotiations', 'a lawyer'],
    'a past participle before a preposition’s phrase goes with it, after the subject it modifies (`involved in` says how close the source is, and joins its phrase)',
  ],
  [
    'Lumeo’s chief technology officer, Ola Brzezinska, joined the program.\n\nLater, she said Lumeo would “look at every case.”',
    ['Ola Brzezinska'],
    'a role set off with a name is that person, no other one for a later she; Ola is no sure male name',
  ],
  [
    'One voter, Guadalupe Ortiz, 35, showed up early. The sound system blared.\n\n“I met a lot of supporters,” he said. Melania Trump told NBC News she wrote it. “I read it once,” she said.',
    [null, 'Melania Trump'],
    'a thing the text describes is no he; a verb ends the words that may modify a title',
  ],
  [
    'Lorraine Achterberg leaves her post this month. A career diplomat who served in Lagos, she spoke about what she calls “the long game.”',
    ['Lorraine Achterberg'],
    'a phrase with an indefinite article set before a pronoun and a comma is said of the pronoun, the subject',
  ],
  [
    'Among them was a letter from a group of ranchers.\n\n“We can smell it,” the letter said. It fell by “a third,” according to a letter the Congressional Budget Office sent Tuesday.',
    ['a group of ranchers', 'Congressional Budget Office'],
    'a paper from someone, or one a relative clause says someone sent, is theirs',
  ],
  [
    'Walter Brannigan promised farmers he would act.\n\n“They sold you out,” the Republican front-runner said. Mr. Roe took on Ann Lee after the Democratic front-runner had called him “reckless.”',
    ['Walter Brannigan', 'Ann Lee'],
    'a word for a politician’s party or standing stands for the person in sight; after its sentence’s subject, for someone else in it',
  ],
  [
    'Tipperary manager Séamus Ryan admitted his side had been lucky.\n\nAsked about the decision, the manager smiled. “He’s been flying in training.”',
    ['Séamus Ryan'],
    'a definite phrase for someone the text named sets up the quote after it, as a name does',
  ],
  [
    'Reacting, the National Publicity Secretary of the Association of Petroleum Retailers of Nigeria (ADPRN), Alhaji Ibrahim Garba, blamed the depots. “We are not hoarding,” he said.',
    ['Ibrahim Garba'],
    'a role in capitals is a role, and the name set off after it renames it past phrases joined by of and a tag in brackets',
  ],
  [
    'Gordon Roe pleaded guilty.\n\nRoe, his voice breaking, addressed the court briefly. “I am ashamed.”\n\nThen, more quietly: “I have no excuse.”',
    ['Gordon Roe', 'Gordon Roe'],
    'an aside after a set-up sentence’s subject says how; a few words of when or how and a colon open a quote as nothing would',
  ],
  [
    'Mireille Obuya, the second seed, was composed.\n\n“Did the wind affect you?” one reporter asked.\n\n“It affected both of us,” she said.\n\n“Why?” she asked.',
    ['one reporter', 'Mireille Obuya', 'Mireille Obuya'],
    'a pronoun’s answer to a question is not the asker’s, even when the asker would agree with it',
  ],
  [
    'Tom Roe met Ann Lee.\n\n“Why not?” Ann Lee asked.\n\n“We can do it,” she said.',
    ['Ann Lee', 'Ann Lee'],
    'a named speaker’s question is as often rhetoric: the words after it stay theirs',
  ],
  [
    'Local fishermen oppose the plan. “It will ruin us,” they say.',
    ['local fishermen'],
    'plurals in -men are groups',
  ],
  [
    'The surgeons walked out on Monday. “We are exhausted,” they said.',
    ['the surgeons'],
    'a plural noun for people that no ending shows is a group (listed nouns)',
  ],
  [
    'The bandmates spoke after the show. “It was wild,” they said. Moviegoers agreed. “It was loud,” they said.',
    ['the bandmates', 'moviegoers'],
    'a closed compound on a head for someone (-mate, -goer) is a noun for people',
  ],
  [
    'The nurses and their union leader Jane Doe walked out. “We want fair pay,” they said.',
    ['the nurses and their union leader Jane Doe'],
    'a body before a title and a name modifies the title: one part of the list, not two',
  ],
  [
    'Doe said costs rise. “It is costly,” said Will Roe. Prime Minister Theresa May said: “No.”',
    ['Will Roe', 'Theresa May'],
    'a modal that is a given name too is a name beside another name inside a sentence',
  ],
  [
    'In May Jane Doe said: “No.” “Why?” asked April Ryan, a reporter.',
    ['Jane Doe', 'April Ryan'],
    'a month governed by a preposition stays a month; before a name without one it is a name',
  ],
  [
    'Two nuns from the convent wrote to the bishop. “We will stay,” they wrote.',
    ['two nuns'],
    'a listed plural with a postmodifier opens the sentence as a group',
  ],
  [
    'The pair met in 2010. “It was love,” they said.',
    ['the pair'],
    'pair, trio and duo are collective nouns',
  ],
  [
    'Jane Doe met donors on Monday. “We will win,” she said.',
    ['Jane Doe'],
    'a bare plural after a verb does not swallow the verb and its subject',
  ],
  [
    'Jane Doe will meet voters in Ohio. “We will win,” she said.',
    ['Jane Doe'],
    'nor an auxiliary and the verb after it',
  ],
  [
    'A bestselling author was on the panel. “We will win,” she said.',
    ['a bestselling author'],
    'an author in the text is someone; only the writer is never he or she',
  ],
  [
    '“We will win,” said Dean Ana Lindqvist. “We will,” said Dean Baker.',
    ['Ana Lindqvist', 'Dean Baker'],
    'a title that is a given name too is a title only before a given name',
  ],
  [
    '“We will win,” said Fr. Tom Roe, and Mx. Sam Lee agreed: “We will.”',
    ['Tom Roe', 'Sam Lee'],
    'abbreviated titles for a priest and for no gender',
  ],
  [
    '“We will win,” said a bystander who filmed the crash.',
    ['a bystander'],
    'a relative clause after a phrase in no list ends the phrase, not the attribution',
  ],
  [
    '“We will win,” said a fire department spokesman.',
    ['a fire department spokesman'],
    'a cue word after an article is a noun inside the phrase',
  ],
  [
    'Both teams walked off the field. “We will not play,” they said.',
    ['both teams'],
    'plural collective nouns are groups',
  ],
  [
    'Jane Doe cited “stalling for months” as the main reason.',
    ['Jane Doe'],
    'a cue word ending an article phrase after a quote is a noun, not the quote’s cue',
  ],
  [
    '“We will win,” said Dean Thanh Hoang.',
    ['Thanh Hoang'],
    'a title that is a given name too is a title before a name of two words',
  ],
  [
    'The accountant was blunt: “The books do not balance.”',
    ['the accountant'],
    'a verb ends an article phrase that opens the sentence, head noun known or not',
  ],
  [
    'Police and firefighters arrived within minutes. “It was chaos,” they said.',
    ['Police and firefighters'],
    'groups joined as the subject are they together, though the first would agree alone',
  ],
  [
    'The mayor and two council members toured the site. “It is a mess,” they said.',
    ['the mayor and two council members'],
    'a person and a group joined',
  ],
  [
    'Parents, teachers and students packed the hall. “We want answers,” they said.',
    ['parents, teachers and students'],
    'a list of bare plurals is one group, not a plural the list renames',
  ],
  [
    '“It is far from over,” columnist Ai Jun wrote. “On Jan. 5 we begin.”',
    ['Ai Jun', 'Ai Jun'],
    'a month or day abbreviation is a name word without its full stop',
  ],
  [
    'Jane Doe backed the plan, saying she would help. “I am going to support it.”',
    ['Jane Doe'],
    'a participle cue hands the next quote to the subject of its clause',
  ],
  [
    'Tom Roe distanced himself from the group by arguing it had lost its way. “We were wrong.”',
    ['Tom Roe'],
    'so does a participle cue after by',
  ],
  [
    '“It was a long night,” Jane Doe and Tom Roe wrote. “We learned a lot.”',
    ['Jane Doe and Tom Roe', 'Jane Doe and Tom Roe'],
    'people joined before a trailing cue speak together, and the next quote goes on with them',
  ],
  [
    '“It was a long night,” said Jane Doe, Tom Roe and Ann Lee.',
    ['Jane Doe, Tom Roe and Ann Lee'],
    'a list after an inverting cue',
  ],
  [
    'In a letter, Jane Doe and Tom Roe wrote: “It was a long night.”',
    ['Jane Doe and Tom Roe'],
    'a list before a cue that opens its clause, past a phrase a preposition governs',
  ],
  [
    '“It was a long night,” said Tom Roe, a former adviser and pollster to the mayor.',
    ['Tom Roe'],
    'a description set off after a name renames it: its and joins two roles',
  ],
  [
    '“It was a long night,” said the senator and presidential candidate.',
    ['the senator'],
    'a second role without its own article is the same person, no second speaker',
  ],
  [
    'He was kind to her. But, said Jane Doe, “I do not want a fight.”',
    ['Jane Doe'],
    'after one word set off at the start, an inverting cue has its speaker after it',
  ],
  [
    'Tom Roe, M.D., said: “Rest helps.” Rep. Jane Doe, R-Ky., said: “We agree.”',
    ['Tom Roe', 'Jane Doe'],
    'a degree or a party tag set off by commas qualifies the name before it',
  ],
  [
    'Jane Doe’s response: “We will win.”',
    ['Jane Doe'],
    'the owner of a noun for something said, right at the colon, speaks',
  ],
  [
    'Jane Doe spoke last. Her verdict was blunt: “We lost.”',
    ['Jane Doe'],
    'a copula and a word may stand between the noun and the colon; a pronoun owner resolves',
  ],
  [
    'Jane Doe spoke last. Her response was: “We lost.” From Tom Roe’s Facebook post: “We won.”',
    ['Jane Doe', 'Tom Roe'],
    'a copula alone may stand at the colon; a capitalized word right after the owner modifies the noun',
  ],
  [
    'Jane Doe spoke last.\n\nThe problem was: “Who pays?”\n\nThe question is simple: “Who wins?”',
    [null, null],
    'a copula after a phrase for no one defines the quote by it: nobody speaks',
  ],
  [
    'The accountant was blunt: “We lost.” The ministry was blunt too: “We won.”',
    ['the accountant', 'the ministry'],
    'a person or a body before the copula still speaks',
  ],
  ['In Jane Doe’s words, “we will win.”', ['Jane Doe'], 'in X’s words hands over at a comma'],
  [
    'Jane Doe’s statement, issued late, called it “a win.”',
    ['Jane Doe'],
    'elsewhere a comma does not hand over, but the paper speaks for its owner past an aside before the cue',
  ],
  [
    '“We will win,” was how Jane Doe put it. “Not now,” is what Tom Roe said.',
    ['Jane Doe', 'Tom Roe'],
    'a quote as the subject of a copula whose how- or what-clause reports it',
  ],
  ['“We will win…” Jane Doe trailed off.', ['Jane Doe'], 'trail off is a phrasal cue'],
  [
    '‘We Will Win,’ Says Doe\n\nJane Doe spoke on Monday.',
    ['Jane Doe'],
    'a heading may close with its capitalized cue and then the name after the quote',
  ],
  [
    'Two residents spoke. “We will win,” one said. “We lost,” said the other.',
    ['one of the two residents', 'the other of the two residents'],
    'the other is a stand-in for a new source, not a determiner ending the phrase',
  ],
  [
    'The decision angered local fishermen. “It will ruin us,” they said.',
    ['local fishermen'],
    'a past form after a noun is a verb, and a group phrase does not reach back over it',
  ],
  [
    'Outside the court, supporters of the mayor gathered. “He is innocent,” they said.',
    ['supporters'],
    'a phrase after outside is governed, not the subject',
  ],
  [
    'Jordan Reed, who spoke first, left early. “We will win,” they said.',
    ['Jordan Reed'],
    'who in the person’s own aside is no one else for singular they',
  ],
  [
    'Jane Doe and Tom Roe met in 2010. Both were arrested last year. “We did nothing,” they said.',
    ['Jane Doe and Tom Roe'],
    'they reaches people joined as the subject of the sentence before the last',
  ],
  [
    'Jane Doe and Tom Roe walked out.\n\nMayor Ana Lindqvist called the walkout a shame.\n\nThey said: “We need help.”',
    ['Jane Doe and Tom Roe'],
    'they reaches people joined as a subject paragraphs back, past someone else named',
  ],
  [
    'Scientists at the institute met Senator Ana Lindqvist. Mayor Tom Roe did not comment. “It was unfair,” they said.',
    ['scientists'],
    'a group opening an earlier sentence comes before an organization named in it',
  ],
  [
    'Police and firefighters walked out. Dr. Ana Lindqvist was not there. “We are proud,” they said.',
    ['Police and firefighters'],
    'people joined as an earlier subject are they together, not the first of them',
  ],
  [
    'Last week, Jane Doe and Tom Roe filed suit. “We need help,” they said.',
    ['Jane Doe and Tom Roe'],
    'people joined as the subject after a fronted adverbial are they',
  ],
  [
    'The Okafor Family met the mayor. “We need more,” they said.',
    ['the Okafor Family'],
    'a group noun in capitals that ends a name is a group for they',
  ],
  [
    'Jordan Reed, who uses they/them pronouns, spoke first. Mayor Jane Doe listened. “We will win,” they said.',
    ['Jordan Reed'],
    'someone the text says goes by they is they past someone else named',
  ],
  [
    'Jordan Reed, who is nonbinary, spoke first. “We will win,” he said.',
    [null],
    'and neither he nor she',
  ],
  [
    'Jane Doe spoke on Monday. In her own words, “We will win.”',
    ['Jane Doe'],
    'own only stresses the owner of a speech noun at a comma',
  ],
  [
    'A midwife said by email, “Nobody asked us.”',
    ['a midwife'],
    'a cue’s base form after a preposition is its object, not a cue',
  ],
  [
    'A midwife added in a blog post, “Nobody asked us.”',
    ['a midwife'],
    'a cue word’s noun may modify another after an article',
  ],
  ['Jane Doe wants to tweet, “No.”', ['Jane Doe'], 'a cue after to stays a verb'],
  [
    'A veteran zookeeper said in remarks to reporters, “Nobody asked us.”',
    ['a veteran zookeeper'],
    'a cue word in the plural after a preposition is its object',
  ],
  [
    'A midwife pointed out via text message, “Nobody asked us.”',
    ['a midwife'],
    'so is a noun after such a noun',
  ],
  [
    'Supporters responded with chants of “We win,” and left.',
    ['supporters'],
    'a governed noun with of still reports its clause',
  ],
  [
    '“No.” A hairdresser tweeted as protesters gathered outside.',
    ['a hairdresser'],
    'a sentence of attribution may go on with a clause of time and no report',
  ],
  [
    '“No.” Jane Doe said as protesters said it was wrong.',
    [null],
    'but not with a report of its own',
  ],
  [
    '“No.” A veteran lifeguard posted on X as protesters gathered outside.',
    ['a veteran lifeguard'],
    'a clause of time ends an adverbial’s object',
  ],
  [
    'Jane Doe replied to scattered applause, as aides looked on, “No.”',
    ['Jane Doe'],
    'a participle after to opens a noun phrase, never an infinitive',
  ],
  [
    "On Tuesday, both of Trump's rivals criticized him. “It was wrong,” they said.",
    ["Trump's rivals"],
    'a fronted adverbial before both of reads without fault',
  ],
  [
    'Jane Doe and Tom Roe walked out. “We need help,” they both said. They each added: “Now.”',
    ['Jane Doe and Tom Roe', 'Jane Doe and Tom Roe'],
    'a quantifier floated off the subject stands before the cue as an adverb does',
  ],
  [
    '“We win,” said the farmer again.',
    ['the farmer'],
    'an adverb that closes the clause follows the phrase after an inverted cue',
  ],
  ['“We win,” added a taxi driver late Friday.', ['a taxi driver'], 'so does a time phrase'],
  [
    '“We win,” wrote their last speechwriter.',
    ['their last speechwriter'],
    'a time word after an owner modifies the noun',
  ],
  [
    '“We win.” The official who asked not to be named said.',
    ['the official'],
    'a sentence of attribution reaches its cue past a postmodifier',
  ],
  [
    '“We win.” Jane Doe said without elaborating.',
    ['Jane Doe'],
    'without opens an adverbial of the cue group',
  ],
  [
    'The plan, says a member of the team, “will not change.”',
    ['a member'],
    'an inverted cue set off mid-sentence takes a speaker with a phrase after it',
  ],
  [
    'Added Rabbi Lan Pham, who asked not to be quoted on other matters, "We will keep saying so."',
    ['Lan Pham'],
    'a passive cue in a relative clause before the quote leaves it to the cue before',
  ],
  [
    '“We win,” Jane Doe said, and the conservative tabloid responded. “We lose.”',
    ['Jane Doe', 'the conservative tabloid'],
    'a paper by its kind is a source that speaks next',
  ],
  [
    'The bill passed, and the market responded. “We lose.”',
    [null],
    'a weak cue after a noun for no one reports nothing',
  ],
  [
    'Speaker of the House Lan Pham said, “It is too early to say.”',
    ['Lan Pham'],
    'three capitals after a title’s complement end in a name, given name unknown',
  ],
  [
    '“No,” said Secretary of Homeland Security Jeh Johnson.',
    ['Jeh Johnson'],
    'so after a complement without an article',
  ],
  [
    '“No,” noted Secretary of the Navy Élodie Le Pen.',
    ['Élodie Le Pen'],
    'particles before the surname belong to it after a complement',
  ],
  [
    '“No.” — Rev. April Lindqvist',
    ['April Lindqvist'],
    'a month after a title is a given name, even in a title-case byline',
  ],
  [
    '“No.” Minh Tran wrote on social media to a packed room.',
    ['Minh Tran'],
    'a participle-like word after an article in an adverbial is an adjective',
  ],
  [
    '“No.” A senior diplomat wrote on social media during a town hall in Dayton.',
    ['a senior diplomat'],
    'a preposition that links no phrase into an object opens the next adverbial',
  ],
  [
    '“No.” A conservative tabloid warned in a phone call, as the crowd applauded.',
    ['a conservative tabloid'],
    'a hearer verb’s hearer never opens with a preposition',
  ],
  [
    '“No,” says Jane Doe’s last speechwriter.',
    ['Jane Doe’s last speechwriter'],
    'a time word after a possessive modifies the noun',
  ],
  [
    '"Our doors stay open," the official who asked not to be named explained, "we will stay."',
    ['the official', 'the official'],
    'a cue past a postmodifier may introduce the rest of a split quote',
  ],
  [
    '“No.” John Roe said, and an independent watchdog objected. “Yes.”',
    ['John Roe', 'an independent watchdog'],
    'a watchdog is a source',
  ],
  [
    '"Why?" an official who asked not to be named replied on social media.',
    ['an official'],
    'a weak cue past a postmodifier counts where its clause closes',
  ],
  [
    '"Why?" a woman who asked not to be named and declined to comment.',
    [null],
    'a weak cue whose clause goes on reports nothing',
  ],
  [
    '“No.” Jane Doe wrote on social media in an interview with a local radio station.',
    ['Jane Doe'],
    'adverbials follow one another past the length of one',
  ],
  [
    'A veteran paramedic was quoted as saying, "We have the plan."',
    ['a veteran paramedic'],
    'the subject of a passive of report is any article phrase',
  ],
  [
    'One cautious investor had a simple message for the crowd: “No.”',
    ['one cautious investor'],
    'one opens the phrase whose speech noun reports it, as an article does',
  ],
  [
    'Jane Doe replied late Sunday, before heading to the airport, “No.”',
    ['Jane Doe'],
    'a weak cue introduces the quote past one clause set off by commas',
  ],
  [
    'Jane Doe maintained contact, he said, with “No.”',
    [null],
    'but not past a clause with a cue of its own',
  ],
  [
    '“We win,” said the prosecutor in the case, Tom Roe.',
    ['Tom Roe'],
    'a name set off after a role and its phrase is who speaks',
  ],
  [
    '“We win,” said Acme’s founder and chief executive, Jane Doe.',
    ['Jane Doe'],
    'so after roles joined',
  ],
  [
    '“We win,” said a lawyer for the family, which sued the city.',
    ['a lawyer'],
    'a relative clause is no name',
  ],
  [
    'Neither candidate would comment. Their campaigns did. “It is false,” they said.',
    ['campaigns'],
    'bodies in the plural are groups',
  ],
  [
    'The nurses walked out. “Fair pay now,” read one of their signs. They had one demand: “Fair pay.”',
    [null, 'the nurses'],
    'a stand-in for one of some things is no one, and a cue word after one is the noun it counts',
  ],
  [
    '“We won,” said one of the organizers.',
    ['one of the organizers'],
    'the people a stand-in is one of belong to its name',
  ],
  [
    '“Why now?” Jane Doe wanted to know. Tom Roe voiced a wish for “a quick end.”',
    ['Jane Doe', 'Tom Roe'],
    'wanted to know is a cue phrase; voice a weak cue that introduces its quote',
  ],
  [
    'After Tom Roe said the plan was “reckless,” Jane Doe shot back: “It will work.”',
    ['Tom Roe', 'Jane Doe'],
    'a quote that closes a fronted subordinate clause with its own cue is that clause’s',
  ],
  [
    'When someone in the crowd shouted, “Why?” Jane Doe smiled. When Tom Roe asked, “How?” he laughed.',
    ['someone in the crowd', 'Tom Roe'],
    'the comma that joins the fronted clause’s cue to its quote does not end the clause',
  ],
  [
    'After the vote, Jane Doe warned, “It will fail,” Tom Roe recalled.',
    ['Jane Doe'],
    'a comma that ends the fronted clause leaves the quote to the main clause’s cue',
  ],
  [
    'If the plan fails — as critics predict — “what then?” asked Jane Doe.',
    ['Jane Doe'],
    'an inverted cue after the quote claims it from a cue in the fronted clause',
  ],
  [
    'Jane Doe said: “There will be exceptions,” the Daily Planet reported.',
    ['Jane Doe'],
    'a quote a cue introduces with a colon is that cue’s; a report after it carried it',
  ],
  [
    'Before a nurse explained, “It is late,” Jane Doe nodded.',
    ['a nurse'],
    'after, before, since and until open a clause whose subject is the phrase before its cue',
  ],
  [
    'Outside the arena in downtown Chicago, protesters gathered, chanting “Go home.”',
    ['protesters'],
    'a place a preposition governs through its modifiers is no subject',
  ],
  [
    '“It will work,” an angry Roe retaliated. “It will,” said a source involved in the talks.',
    ['Roe', 'a source'],
    'a phrase read forward stops at a verb: a past form after a name or a noun',
  ],
  [
    'Voters were worried; most said they were “very worried.” “It is fine,” several said.',
    ['most of the voters', 'several of the voters'],
    'a quantifier at its cue stands in for part of a group, even one that can modify a verb',
  ],
  [
    'Turnout was 19 percent, the most of any state. Jane Doe called it “a shame.”',
    ['Jane Doe'],
    'after the, a quantifier is a superlative, no one',
  ],
  [
    'After Tom Roe criticized the plan, Jane Doe came under fire over her claim during the debate that “we are winning.”',
    ['Jane Doe'],
    'an owner’s speech noun, adverbials before its that, speaks past a cue in an earlier clause',
  ],
  [
    'Members of Northwind Energy met the mayor. “It was hard,” they said. Thousands marched. “No,” they said.',
    ['members', 'thousands'],
    'a group before of and a name stays a group; a rough count is a crowd',
  ],
  [
    'Hundreds of farmers marched. “No,” they said. Both sides claimed victory. “We won,” they said.',
    ['hundreds of farmers', 'both sides'],
    'a count runs on to the people it counts; the sides of a dispute are a group',
  ],
  [
    'Mr. and Mrs. Okafor thanked the rescuers. “We are grateful,” they said.',
    ['Mr. and Mrs. Okafor'],
    'honorifics joined before one name share it: a pair for they',
  ],
  [
    '“We expect it,” said President and CEO Joost van Dalen.',
    ['Joost van Dalen'],
    'roles joined before one name are one person’s',
  ],
  [
    '“We will win,” said a lawyer representing the family. “We will,” said another leading advocate, Tom Roe.',
    ['a lawyer', 'Tom Roe'],
    'a participle after a noun for someone ends the phrase; after a modifier it stays in it',
  ],
  [
    '“We will win,” said the first responder. The only witness said: “It burned.”',
    ['the first responder', 'the only witness'],
    'an ordinal or only after an article modifies a noun no list holds',
  ],
  [
    'The wounded were flown out. “It hurts,” they said. The pupils sang. “It is fun,” they said.',
    ['the wounded', 'the pupils'],
    'an adjective after the names people; more listed nouns for people',
  ],
  [
    'Hospital staff said: “We need help.” The nurses were told: “Go home.”',
    ['Hospital staff', null],
    'staff is a source noun a name modifies; a passive cue at a colon reports no one',
  ],
  [
    '“We will win,” said Marine Le Pen. “We will,” said Sean Penn. He left.',
    ['Marine Le Pen', 'Sean Penn'],
    'a name’s last word the parser keeps as an abbreviation gives the sentence its stop back',
  ],
  [
    'Secretary of the Army A. J. Roe warned: “How long?” Before Will Doe added, “No,” he nodded.',
    ['A. J. Roe', 'Will Doe'],
    'an initial opens the name after a title’s complement; Before does not make Will a date',
  ],
  [
    'Xi Jinping spoke on Monday. “We will win,” Xi said.',
    ['Xi Jinping'],
    'a first word alone is the one person whose name opens with it, given name or family name',
  ],
  [
    'Okafor, R-Texas, said: “We will win.” Mehta, 54, said: “We will not.”',
    ['Okafor', 'Mehta'],
    'a party tag or an age set off alone after a sentence’s first word keeps it a name',
  ],
  [
    'The plan is “dead” in the Senate, Jane Doe wrote in a court filing.',
    ['Jane Doe'],
    'a word in -ing that ends an adverbial is its noun, not a verb going on with content',
  ],
  [
    'Voters saw the party as “too big,” From said. “No,” May said. A report issued in May said: “Yes.”',
    ['From', 'May', 'a report'],
    'a function word capitalized inside a sentence before a cue is a name; a date is not',
  ],
  [
    'The plan was seen by organizers as a “lifeboat” for conservatives.',
    ['organizers'],
    'a passive’s agent right before as holds the view',
  ],
  [
    'Jane Doe spoke for an hour, and at one point the crowd loudly reprised the chant “Lock her up!”',
    ['the crowd'],
    'a speech noun reports the subject of its own clause joined by and; an adverb ends a phrase',
  ],
  [
    'Jane Doe spoke near the casino, where about 50 protesters had gathered, chanting “no contract, no peace.”',
    ['50 protesters'],
    'a participle hangs on the nearest clause; a word that rounds its subject’s number opens none',
  ],
  [
    '“We will win,” said Annelies van der Meer of Northgate Logistics.',
    ['Annelies van der Meer'],
    'particles between name words belong to the name before of',
  ],
  [
    'In her book, “Winning Big,” Jane Doe writes: “It will work.”',
    [null, 'Jane Doe'],
    'a title set off by a comma after a noun for a work is nobody’s words',
  ],
  [
    'Alex Kim and the other nurses walked out. “We are tired,” they said.',
    ['Alex Kim and the other nurses'],
    'a part of a list may open with two determiners',
  ],
  [
    '“We will win,” said the actress. The director disagreed. “We lost,” she said.',
    ['the actress', 'the actress'],
    'a description whose noun shows a gender outranks a more salient one whose gender nothing shows',
  ],
  [
    '“We will win,” Jane Doe is quoted as saying. “We lost,” Tom Roe could be heard saying.',
    ['Jane Doe', 'Tom Roe'],
    'a passive of report hands the cue to the participle after it',
  ],
  ['“We will win,” Jane Doe was told.', [null], 'a passive alone reports nothing of its subject’s'],
  [
    '“We will win,” said an MP. “We lost,” said CFO Tom Roe.',
    ['an MP', 'Tom Roe'],
    'roles written in capitals are roles: a head and a title',
  ],
  [
    'Jordan Reed spoke first. “We will win,” they said.',
    ['Jordan Reed'],
    'with no group in sight, they is the one person named in full',
  ],
  [
    'Jordan Reed met Maria Lopez. “We will win,” they said.',
    [null],
    'but not when another person is there',
  ],
  [
    'Given his past comments, Jane Doe said “no.”',
    ['Jane Doe'],
    'a word opening a sentence before an article or a possessive is no name',
  ],
  [
    'Outside the arena, about 200 protesters gathered, chanting “Dump the plan.”',
    ['about 200 protesters'],
    'about before a number rounds it and governs nothing: it is the count’s, in the phrase',
  ],
  [
    'Tom Baker spoke with Maria Lopez on Tuesday. According to her, the talks were “productive.”',
    ['Maria Lopez'],
    'according to takes a pronoun in the object form',
  ],
  [
    'Tom Baker spoke with Maria Lopez on Tuesday, and she said the talks were “productive.”',
    ['Maria Lopez'],
    'a pronoun whose own sentence’s subject is of the other gender finds the one who agrees',
  ],
  [
    'The nurses walked out. As they say, “better late than never.”',
    [null],
    'as they say introduces a saying, nobody’s report',
  ],
  [
    'Jane Doe spoke at noon. They say “time heals,” but she disagreed.',
    [null],
    'they say in the present is people at large, not one person',
  ],
  [
    'A woman holding a sign shouted: “We will win.”',
    ['a woman'],
    'a participle phrase after the subject hands the cue to it',
  ],
  [
    'The head of the local farmers’ union said: “We will win.”',
    ['the head'],
    'a plural possessor inside a postmodifier belongs to it',
  ],
  [
    '“We are tired,” the nurses’ union said in a statement.',
    ['the nurses’ union'],
    'a plural’s possessive mark joins it to the body it owns',
  ],
  [
    "“Ruinous,” the Farmers' Federation said.",
    ["Farmers' Federation"],
    'a straight possessive mark inside a body’s name goes on with it',
  ],
  [
    '“An insult,” the victims’ families said.',
    ['the victims’ families'],
    'a plural owner goes on to the group it owns',
  ],
  [
    '“We are reviewing the case,” the Department of Veterans’ Affairs said.',
    ['Department of Veterans’ Affairs'],
    'a plural’s possessive mark inside a name after `of` keeps the name whole',
  ],
  [
    'Davis’ lawyer, Lena Okafor, said: “No.”',
    ['Lena Okafor'],
    'a name in `-s` owns with a bare mark, and the role’s holder speaks',
  ],
  [
    'The farmer, a father of four, said: “We will win.”',
    ['the farmer'],
    'an article phrase of any noun before an aside is the subject',
  ],
  [
    'One of the protesters said: “We will win.”',
    ['one of the protesters'],
    'one of a group is someone new, named with the group',
  ],
  [
    'The plumber shrugged. “We will win,” he said.',
    ['the plumber'],
    'an article phrase for someone opening a sentence is there for a later pronoun',
  ],
  ['The plan failed. “We will win,” he said.', [null], 'but not a phrase for a thing'],
  [
    'The Red Cross sent a team. “We are here to help,” they said.',
    ['Red Cross'],
    'a name after the, with no title and no given name, names a body that they stands for',
  ],
  [
    'Bus drivers walked out. Jane Doe called it “sad.” “We are done waiting,” they said.',
    ['Jane Doe', 'bus drivers'],
    'a word opening a sentence before a plural noun for people modifies it',
  ],
  [
    'Nurses walked out on Monday. Jane Doe said she was tired. Tom Roe agreed. “We need help,” they said.',
    ['nurses'],
    'they reaches a group three sentences back, and no one named in between is they',
  ],
  [
    '“We will appeal,” said her lawyer, Tom Roe.',
    ['Tom Roe'],
    'a name set off after a role phrase after the cue is who speaks',
  ],
  [
    '“We will appeal,” the victim’s mother, Ann Lee, said.',
    ['Ann Lee'],
    'and so is one set off before the cue',
  ],
  ['“We will appeal,” said the lawyer, Texas, and Ohio.', ['the lawyer'], 'but not a place'],
  [
    '“We will win,” said Martin Luther King Jr.',
    ['Martin Luther King Jr.'],
    'a title word before nothing but a suffix is a surname',
  ],
  [
    '‘We Will Win,’ Jane Doe Says',
    ['Jane Doe'],
    'a heading may close with the name and its capitalized cue after the quote',
  ],
  [
    'Lucía Garrido Márquez spoke. “We expect a decision,” Garrido Márquez said.',
    ['Lucía Garrido Márquez'],
    'a surname of two words that opens with no given name joins the full name',
  ],
  [
    'Mary Ann Smith spoke. “We expect a decision,” Ann Smith said.',
    ['Ann Smith'],
    'but a given name and a surname are another full name',
  ],
  [
    'Sen. Layla Haddad (D-Calif.) (a spokesman for the mayor) said: “What happens now?”',
    ['Layla Haddad'],
    'a bracket right after the bracket a sentence was cut in goes on with it',
  ],
  [
    '“We will win,” said state Sen. Amara Okafor.',
    ['Amara Okafor'],
    'a cue word that is also a title word opens the title before a capitalized one',
  ],
  [
    'Jane Doe and Tom Roe filed the lawsuit. “We had no choice,” they said.',
    ['Jane Doe and Tom Roe'],
    'they stands for the people joined as the subject of the sentence before',
  ],
  [
    'Both the mayor and the governor attended. “We agree,” they said.',
    ['the mayor and the governor'],
    'both before the pair only stresses it',
  ],
  [
    'Jane Doe and Tom Roe met in 1990. “It was long ago,” she said.',
    ['Jane Doe'],
    'a singular pronoun still finds the one person who agrees',
  ],
  [
    'Jane Doe, 45, and Tom Roe, a nurse, filed the suit. “We had no choice,” they said.',
    ['Jane Doe and Tom Roe'],
    'asides after the people joined belong to each, not to the list',
  ],
  [
    'Jane Doe, Tom Roe, and Ann Lee filed the suit. “We had no choice,” they said.',
    ['Jane Doe, Tom Roe and Ann Lee'],
    'a list of three, with or without the last comma',
  ],
  [
    'He wants a candidate on state ballots, an option seen by aides as a “lifeboat.”',
    ['aides'],
    'a phrase ends in no preposition (not `a candidate on`); `state` after `on` is no cue, so the agent before as holds the view',
  ],
  [
    '“We are close,” said a senior official. “Nothing is final,” the official added.',
    ['a senior official', 'a senior official'],
    'a definite phrase takes up the latest source introduced with its head',
  ],
  [
    'Many Germans are tired of the war. “We want peace,” they said.',
    ['many Germans'],
    'a demonym in the plural is a group they stands for',
  ],
  [
    'Prices rose again in May. “Nobody can afford this,” they said.',
    [null],
    'a capital that only opens a sentence names no family they could be',
  ],
  [
    'The documents show the plan failed. “We knew,” they said.',
    [null],
    'papers show but do not speak: they is no document',
  ],
  [
    'The mayor met Jane Doe and Tom Roe. “We disagree,” they said.',
    [null],
    'people joined after the verb are not the subject they stands for',
  ],
  [
    'The company lawyers filed a motion. “The claim has no merit,” they wrote.',
    ['the company lawyers'],
    'a plural noun for people after a source noun heads the compound',
  ],
  [
    'A group of students walked out. “We are scared,” they said.',
    ['a group of students'],
    'a collective noun runs on to the people it gathers after of',
  ],
  [
    '“We are scared,” said a group of students.',
    ['a group of students'],
    'after the cue as well as before it',
  ],
  [
    'Jane Doe announced the lawsuit on Monday. “We are seeking a court order.”',
    ['Jane Doe'],
    'a verb with senses other than speech, its subject a name, hands over to the next quote',
  ],
  [
    'The company announced the lawsuit on Monday. “We are seeking a court order.”',
    [null],
    'but not when a description is its subject',
  ],
  [
    'The house was sold, she said. Said Jane Doe, who grew up next door, “We were proud.”',
    ['Jane Doe'],
    'a cue opening its sentence, a lower-case word elsewhere, has its speaker after it',
  ],
  [
    'He stated it twice.\n\nStated Tom Roe:\n\n“We were proud.”',
    ['Tom Roe'],
    'and so it introduces the quote of the next paragraph',
  ],
  [
    'Said Ahmed arrived first. “We were proud,” Said Ahmed said.',
    ['Said Ahmed'],
    'a given name that is also a cue stays a name when the text writes it capitalized',
  ],
  [
    '“It is time,” Jane Doe’s introducer said.',
    ['Jane Doe’s introducer'],
    'an owner opens a phrase for someone as an article does, its noun in no list',
  ],
  ['“It is time,” said his longtime fixer.', ['his longtime fixer'], 'a possessive pronoun too'],
  ['Jane Doe’s remarks drew “boos.”', [null], 'but not a phrase for a thing'],
  [
    '“It is time,” exhorted the introducer, actress Jamie Lee Curtis.',
    ['Jamie Lee Curtis'],
    'exhort inverts',
  ],
  [
    'A nurse at the clinic, who asked not to be named, said: “We lost everything.”',
    ['a nurse'],
    'who stands for the person a phrase for a place or a body modifies',
  ],
  [
    'The timing of the vote does not surprise pollster Jane Doe: “It never does.”',
    ['Jane Doe'],
    'a subject that names no one leaves a colon’s quote to the name right before it',
  ],
  [
    '“We will win,” said Prof. Jane Doe of Yale University.',
    ['Jane Doe'],
    'a titled person before of is someone of the body after it, not the body',
  ],
  [
    '“We will win,” said Tom Roe of the Mayo Clinic.',
    ['Tom Roe'],
    'and so is a known given name and a surname',
  ],
  [
    '“We will win,” said the Bank of America.',
    ['Bank of America'],
    'but a body’s name keeps its of',
  ],
  [
    '“We will win,” said Speaker of the House Tom Roe.',
    ['Tom Roe'],
    'the after a title’s of opens its complement when a given name follows',
  ],
  [
    '“We will win,” said the Secretary of the Treasury.',
    ['the Secretary'],
    'and with no name after it, the title is a role',
  ],
  [
    'A nurse contacted by the Gazette said “we were overwhelmed.”',
    ['a nurse'],
    'a name an agent’s by governs past its article is not the subject',
  ],
  [
    'A reporter for the Daily Ledger called the scene “absolute chaos.”',
    ['a reporter'],
    'a phrase after for modifies the noun before it',
  ],
  [
    'Talks stalled, as the head of the union’s bargaining team has accused managers of a “breach of trust.”',
    ['the head'],
    'a phrase after a conjunction opens its clause, modifiers and all',
  ],
  [
    'The mayor thanked Tom Roe, who Jane Doe on Monday called “a true friend.”',
    ['Jane Doe'],
    'the subject after a relative pronoun that is the object speaks',
  ],
  [
    'The aide would not say which candidate Doe backs, adding: “We will see.”',
    ['the aide'],
    'but a clause a question word opens is no relative one',
  ],
  [
    'The aide gave no hint on who Doe backs, adding: “We will see.”',
    ['the aide'],
    'nor a pronoun after a preposition',
  ],
  [
    'The plan was called “reckless” by critics on Monday.',
    ['critics'],
    'a passive’s agent after the quote holds the words',
  ],
  [
    'The inquiry — often labeled as a “witch hunt” by Democrats — dragged on.',
    ['Democrats'],
    'and so in an aside with as, where a cue before the quote has a subject of its own',
  ],
  [
    'She read a book called “Fire” by Tom Roe.',
    [null],
    'but a work named by a participle without be or as is no one’s words',
  ],
  [
    'In response to the plan to bar migrants from entering the United States, the mayor’s top aide rallied supporters, saying: “We will stop it.”',
    ['mayor’s top aide'],
    'the objects of an infinitive and a gerund are no subjects; a possessor’s article opens the phrase',
  ],
  [
    'Jane Doe spoke next. She kept noting the “kind of problems” Tom Roe had answering questions.',
    ['Jane Doe'],
    'an -ing cue after a name is a verb only after a form of be',
  ],
  [
    '“Would it be negotiable?” Jane Doe pressed. “Maybe some could stay?”',
    ['Jane Doe', 'Jane Doe'],
    'a name and a verb no lexicon lists, after a question, attribute it',
  ],
  [
    'The schedule, explained Jane Doe, “was set long ago.”',
    ['Jane Doe'],
    'an inverted cue and its speaker set off by commas inside the sentence',
  ],
  [
    '“We expect a decision by spring.” — a member of the negotiating team',
    ['a member'],
    'a byline’s phrase takes what modifies it after a quote that ends its sentence',
  ],
  [
    'He was one of the “basement dwellers” — a group of engineers who shunned strategists.',
    [null],
    'but a dash inside a sentence sets off an apposition, not a byline',
  ],
  [
    '“The rules were bent,” Jane Doe of the Institute for Fiscal Policy Studies wrote.',
    ['Jane Doe'],
    'a name after of runs as long as it goes before the cue',
  ],
  [
    'Even as Tom Roe claimed on Tuesday that “the rules were bent,” one of the prosecutors said the cases differ.',
    ['Tom Roe'],
    'a quote a cue introduces with that is its own, when a report after it has words of its own',
  ],
  [
    'Jane Doe cannot say that “from her perspective,” Tom Roe added.',
    ['Tom Roe'],
    'but a report that closes the sentence takes it',
  ],
  [
    'After the storm, Jane Doe issued a statement on Monday, “We are closed until further notice.”',
    ['Jane Doe'],
    'a statement a verb puts out, at the comma before the quote, is its subject’s',
  ],
  [
    'Tom Roe of Elizabeth, Colorado, slammed the plan as “a giveaway.”',
    ['Tom Roe'],
    'a U.S. state set off after a town is a place, not a speaker',
  ],
  [
    'Tom Roe was upbeat after a woman in Worcester, Massachusetts, told him he was “too nice” to win.',
    ['a woman'],
    'the phrase a place in an aside modifies is the subject',
  ],
  [
    'Jane Doe, director of the Center for Housing in Dayton, Ohio, said the plan was “a giveaway.”',
    ['Jane Doe'],
    'but a role set off by commas stays the name’s',
  ],
  [
    '“I promised,” Jane Doe said, and her husband cut in. “Don’t forget Tom.”',
    ['Jane Doe', 'her husband'],
    'a clause joined after a quote’s attribution hands its speaker to the next sentence',
  ],
  [
    'Jane Doe spoke first, and a senior official disagreed. “The rest is up to them.”',
    ['a senior official'],
    'the last joined clause of a sentence without quotes speaks next, with a verb of other senses that closes it',
  ],
  [
    'Rep. Tom Roe (I-Vt.): “The people here know that.”',
    ['Tom Roe'],
    'a colon after a party tag’s stop goes on with the sentence',
  ],
  [
    'The town released a statement Wednesday saying the remarks “are based on opinion.”',
    ['the town'],
    'a participle after a statement speaks for whoever put the statement out',
  ],
  [
    'The actor held a fake audition and asked white actors to act “whiter.”',
    ['the actor'],
    'a cue after and reports the article phrase that opens the sentence',
  ],
  [
    'Jane Doe’s campaign slogan is “We win together.”',
    ['Jane Doe'],
    'a copula joins a speech noun to its words as a colon does, past a modifier',
  ],
  [
    'In her new book, “Winning Big,” Jane Doe tells all.',
    [null],
    'but at a comma a modified noun names a work',
  ],
  [
    'Jane Doe of the Institute for Science and Security wrote: “It is unknown.”',
    ['Jane Doe'],
    'the last words of a name joined inside it are not a speaker of their own',
  ],
  ['Jane Doe of Johnson & Johnson said “no comment.”', ['Jane Doe'], 'and so with an ampersand'],
  [
    'Tom Roe shone in the debate, when many commentators called him “the grownup on the stage.”',
    ['many commentators'],
    'a quantifier opens a phrase for people as an article does',
  ],
  [
    '“We won,” Jane Doe, who chairs the group said in a statement released by her office.',
    ['Jane Doe'],
    'a relative clause its writer never closed ends at the cue after it',
  ],
  [
    '“We won,” Jane Doe said. “It was close,” a voice over says as the screen goes dark.',
    ['Jane Doe', null],
    'a cue right after a quote that leaves its sentence open blocks a carried speaker',
  ],
  [
    'Jane Doe and Tom Roe sent a letter. “You are wrong,” the two wrote.',
    ['Jane Doe and Tom Roe'],
    'a count after the, standing alone, stands for the people named before it',
  ],
  [
    'Jane Doe and Tom Roe met on Monday. Both said “no deal.”',
    ['Jane Doe and Tom Roe'],
    'and so does both',
  ],
  [
    'The farmer and the fisherman met Jane Doe on Friday. They said: “We asked for help.”',
    ['the farmer and the fisherman'],
    'a verb ends a part of a joined subject, so they are the pair, not the person they met',
  ],
  [
    'Two nurses met Senator Jane Doe. She listened for an hour. “We asked for help,” they said.',
    ['two nurses'],
    'a verb before a title is no noun modifying it, so the group stays in sight for they',
  ],
  [
    'Nurses visit Senator Jane Doe. “We asked for help,” they said.',
    ['nurses'],
    'nor does a capitalized noun for people modify a title',
  ],
  [
    'The Springfield Tigers met Ana Lindqvist on Friday.\n\n“Who is going to pay for this?” they argued.',
    ['Springfield Tigers'],
    'a sentence whose long words are all names, with a short verb in lower case, is no title-case line',
  ],
  [
    '“We will see,” said the town’s only pharmacist.',
    ['the town’s only pharmacist'],
    'an ordinal or only after an owner modifies the noun, as after an article',
  ],
  [
    'Radio talk host Rush Baxter discussed what he described as the “brilliant” decision.',
    ['Rush Baxter'],
    'a sentence’s capitalized first word that modifies a title and a name is no name',
  ],
  [
    'The bill, often labeled as “a slow-motion disaster” by April Lindqvist, stalled.',
    ['April Lindqvist'],
    'after by, a month before a capitalized word is a given name: a deadline hardly has a name after it',
  ],
  [
    'The law takes effect by April. “We are ready,” Jane Doe said.',
    ['Jane Doe'],
    'a month after by is still a date before a full stop',
  ],
  [
    '“The market will decide,” Jane Doe said, and the influential daily disagreed. “That is what matters.”',
    ['Jane Doe', 'the influential daily'],
    'a daily after an article and a modifier, before a cue, is a paper',
  ],
  [
    'Jane Doe meets voters on a daily basis. “We will win,” she said.',
    ['Jane Doe'],
    'daily before a noun is an adjective and stands for no one',
  ],
  [
    'Jane Doe trains daily. “We will win,” she said.',
    ['Jane Doe'],
    'daily after a verb is an adverb, not the head of a phrase with the name in it',
  ],
  [
    'Jane Doe visits voters. “We will win,” she said.',
    ['Jane Doe'],
    'a word in -s after a name is its verb: the name does not modify the noun after it',
  ],
  [
    'He sent a letter to the editor. “We will win,” he said.',
    [null],
    'a paper is never he: with no one else in sight, no speaker',
  ],
  ['She faced the watchdog on Monday. “We will win,” she said.', [null], 'nor is a body she'],
  [
    'Minh Tran arrived first. Yuki Moriyama came an hour later. He said: “The plan could work!”',
    ['Minh Tran'],
    'a given name used far more for one gender chooses between people whose gender nothing shows',
  ],
  [
    'Minh Tran met Sam Roe on Monday. “We expect a decision,” he said.',
    ['Minh Tran'],
    'two names leaning the same way decide nothing: the subject stands',
  ],
  [
    'Yuki Tanaka met Mr. Sato. “We expect a decision,” he said.',
    ['Sato'],
    'a lean never outweighs a gender shown',
  ],
  [
    'Jane Doe hosts voters. “We will win,” she said.',
    ['Jane Doe'],
    'a word in -s after a name, with its object after it, is a verb even when it could be a plural for people',
  ],
  [
    'Jane Doe coaches students every week. “We will win,” she said.',
    ['Jane Doe'],
    'two plurals in a row: the first is the verb',
  ],
  [
    'Clinton aides were furious. “We will win,” they said.',
    ['Clinton aides'],
    'a name still modifies a plural for people before a verb',
  ],
  [
    'Jane Doe, the mayor, met voters on Monday, saying: “We will win.”',
    ['Jane Doe'],
    'after an aside set off after a name, the word in -ed is its verb, not a modifier of the noun',
  ],
  [
    'Jane Doe, 54, warned voters, and she said “we will win.”',
    ['Jane Doe'],
    'a cue set off by commas before a new clause joined by and is the sentence’s verb, not an aside',
  ],
  [
    'A spokesman for the governor, Tom Roe, called that claim “false.”',
    ['Tom Roe'],
    'the name set off after a role speaks, wherever the cue is',
  ],
  [
    'The board’s lone Democrat, Jane Doe, voted against the measure, calling it “a waste.”',
    ['Jane Doe'],
    'so through a participle',
  ],
  [
    'Acme wrote a six-page letter to the dean, Jane Doe, calling the report “misleading.”',
    ['Acme'],
    'a paper is not the person named after it',
  ],
  [
    'The lobby of the headquarters in Columbus, Ohio, is bare. “People laugh at that,” he told me.',
    [null],
    'a one-word name seen only where a place stands is no he',
  ],
  [
    'Tom Roe flew in from Boston. “We are here,” he said.',
    ['Tom Roe'],
    'a person mentioned elsewhere stays in sight past the place',
  ],
  [
    'Sen. Jane Doe, D-Ill., who has pushed for stronger rules, said the industry had “learned nothing.”',
    ['Jane Doe'],
    'a party tag set off after a name names no one, before a relative clause too',
  ],
  [
    'Tom Roe, R-Grand Haven, called the price tag “a fantasy.”',
    ['Tom Roe'],
    'nor does a party tag of two words, before a cue further on',
  ],
  [
    'Acme managing director Jane Doe said the firm had “bent over backwards.”',
    ['Jane Doe'],
    'managing is a title word: the organization before it only modifies the name',
  ],
  [
    'Jane Doe added that the term “water world” could be “a little misleading.”',
    [null, 'Jane Doe'],
    'a word in marks between the cue and the quote bounds nothing',
  ],
  ['Jane Doe said her book “Fire” is “a triumph.”', [null, 'Jane Doe'], 'nor does a title'],
  [
    'Jane Doe met voters on Monday. She paused. “That is not a talking point.”',
    ['Jane Doe'],
    'a short sentence opened by someone the text knows sets up the quote after it',
  ],
  [
    'Tom Roe smiled.\n\n“Ask me in a year.”',
    ['Tom Roe'],
    'so does one with a full name, across a paragraph break',
  ],
  [
    'Prices rose for the third month. “This is a good day for the city.”',
    [null],
    'a capital that only opens the sentence sets up no one',
  ],
  [
    'Jane Doe said that the term “reform” could be “out of date.”',
    [null, 'Jane Doe'],
    'past that, a new clause mentions the words: said is no verb of use there',
  ],
  [
    'Jane Doe coaches local nurses every week. “We asked for help,” she said.',
    ['Jane Doe'],
    'a word in -s after a name is its verb with one modifier before the plural object too',
  ],
  [
    'Jane Doe paused at the question. “I am proud of what we built.”',
    ['Jane Doe'],
    'a cue word used as a noun does not keep a sentence from setting up a quote',
  ],
  [
    'Host Tom Roe asked about the bill.\n\nROE: “Why won’t they let it come to a vote?”\n\nOKAFOR-HAYES: “Because they would lose.”',
    ['Tom Roe', 'OKAFOR-HAYES'],
    'a label in capitals alone before the colon names who speaks, hyphen and all, and joins the full name',
  ],
  [
    'WASHINGTON: “We will win.”\n\nUPDATE: “We lost.”',
    [null, null],
    'a dateline or a heading in capitals is no label',
  ],
  [
    'ADEBAYO: That is fair. On day one I told my staff, “no spin, just facts.”',
    ['ADEBAYO'],
    'in a paragraph of transcript, I is the label’s speaker, not the writer',
  ],
  [
    'RAMAN: The notice said the problem would be “resolved within 72 hours.”',
    ['the notice'],
    'a label is no mention of the sentence after it',
  ],
  [
    'One of the cards came from Tom Roe, a retired officer in the navy, who wrote that he was “grateful.”',
    ['Tom Roe'],
    'a relative clause after a role set off after a name is the name’s',
  ],
  [
    'The Alliance for Fair Rent, which tracks evictions nationwide, said in a report that rents rose, describing the trend as “a crisis.”',
    ['Alliance for Fair Rent'],
    'after a relative pronoun, a word in -s is a verb, not a modifier of the noun after it',
  ],
  [
    'Jane Doe dismissed the effort and said in an Instagram post that voters would “see through it.”',
    ['Jane Doe'],
    'after a, a cue word after a name is a noun that the name modifies',
  ],
  [
    'Asked whether Kim Lee would back the bill, Pat Roe paused. “We will pass what we need,” he said.',
    ['Pat Roe'],
    'no mention inside a participle’s clause that opens the sentence is its subject',
  ],
  [
    'Jane Park coached the team. Asked whether the goal had flattered her side, Park shrugged. “A goal is a goal.”',
    ['Jane Park'],
    'a sentence sets a quote up past a clause set off before its subject',
  ],
  [
    'In the end, Tom Roe voted for the bill.\n\n“I will look into it.”\n\n- Jane Doe.',
    ['Jane Doe'],
    'a byline signs its quote over a speaker only set up by the sentence before it',
  ],
  [
    'You once described English as your second home. Is it still?\n\nShe laughs. “Less so now.”',
    [null],
    'a people or a language named alone is no she',
  ],
  [
    'Her debut sold out at Auckland Fashion Week. She told me afterwards, “It is very nice.”',
    [null],
    'a name of several words seen only after at is a place, no she',
  ],
  [
    'Kim Oyelaran spoke first. At a stop at a Dayton machine shop, Oyelaran said she was happy. “We run like we trail,” she said.',
    ['Kim Oyelaran'],
    'a name between a determiner and a noun only modifies it, and is no she',
  ],
  [
    'His Wexford counterpart, Tala Lacsamana-Reyes, was blunter. “Our boats are chased off,” she said.',
    ['Tala Lacsamana-Reyes'],
    'a name that modifies a role set off before a name is no she',
  ],
  [
    'The Wexford rival spoke next. “It is a giveaway,” she said.',
    ['the Wexford rival'],
    'a name before a noun for people only says which: the phrase is the noun’s',
  ],
  [
    'The Pentagon declined to comment. “We do not discuss it,” it said later.',
    ['Pentagon'],
    'a name after a determiner and before a verb is the subject, not a modifier',
  ],
  [
    'Kim Oyelaran farms corn. Back at the farm, Oyelaran said little would change. “We will wait,” she said.',
    ['Kim Oyelaran'],
    'an adverb that opens sentences is no name when the text never capitalizes it inside one',
  ],
  [
    'Governor Kim Oyelaran weighed in. Late Thursday, hours after the vote, she wrote: “We will wait.”',
    ['Kim Oyelaran'],
    'an adverb opening a sentence before a time is no name',
  ],
  [
    'Kim Oyelaran, an economist, spoke next. Walking away from the deal, she said, “would hurt.”',
    ['Kim Oyelaran'],
    'an -ing word before a particle opens a participle’s phrase, not a name',
  ],
  [
    'The head of the union, Kim Oyelaran of the State Federation of Nurses, said her members were “exhausted.”',
    ['Kim Oyelaran'],
    'a name set off after a role speaks past a phrase that places the person',
  ],
  [
    'The committee’s chairman, Sen. Tom Roe (D-N.M.), expects a vote. Asked about it, he paused. “I think it went well,” he said.',
    ['Tom Roe'],
    'a name set off after a role renames it past a party tag in parentheses',
  ],
  [
    'Two of the men were charged. One juror, a retired carrier, said the texts between the two men had been decisive. “He wrote it a dozen times,” she said.',
    [null],
    'men is a plural, and no she',
  ],
  [
    'Judge Ann Roe ruled Monday. One judge at a court in the West, who asked not to be named, called it “surreal.” “You check your email,” the judge said.',
    ['one judge', 'one judge'],
    'a definite phrase takes up the source introduced with its head after the person with that role',
  ],
  [
    'One judge called it “surreal.” Judge Ann Roe ruled on Monday. “You check your email,” the judge said.',
    ['one judge', 'Ann Roe'],
    'a definite phrase takes up the person with its role introduced after the source',
  ],
  [
    '“We want a deadline,” Kim Lee said.\n\n“And if they refuse?” Judge Ann Roe asked.\n\n“Then we come back.”',
    ['Kim Lee', 'Ann Roe', 'Kim Lee'],
    'in an exchange, a quote alone after a question is the other party’s answer',
  ],
  [
    '“Is the light yellow?” Tom Roe asked.\n\n“It is, yes,” Kim Lee said.\n\n“So it looks orange, doesn’t it?”',
    ['Tom Roe', 'Kim Lee', 'Tom Roe'],
    'in an exchange, a question alone after the answer to a question is the asker’s again',
  ],
  [
    '“Why does it matter?” Jane Doe asked.\n\n“Because we can,” Tom Roe said.\n\n“We have waited long enough.”',
    ['Jane Doe', 'Tom Roe', 'Tom Roe'],
    'after an answer, a quote alone that asks nothing goes on with the one who answered',
  ],
  [
    'Several delegations, including Colorado and Iowa, appeared to be shouting “No!” from the floor.',
    [null],
    'a name joined to one a preposition governs is governed too, and no subject',
  ],
  [
    'In her statement to the House Oversight Committee, Inspector General Kim Lee laid out the audit:\n\n“We reviewed 312 orders.”',
    ['Kim Lee'],
    'a name after a preposition and an article is governed, and no subject',
  ],
  [
    'Few senators would meet her. As Tom Roe, the No. 2 in the leadership, put it: “She will not be confirmed.”',
    ['Tom Roe'],
    'as before a name and a verb opens a clause, and No. before a number ends no sentence',
  ],
  [
    'Still there when the vote was announced, chanting “Kill the bill!” as Capitol Police looked on.',
    [null],
    'a participle inside its sentence takes no subject from after it',
  ],
  [
    'And in explaining why those “common-sense steps” had stalled, Jane Doe described a rigged system.',
    ['Jane Doe'],
    'a participle that opens the sentence after function words takes the subject after it',
  ],
  [
    'The Economic and Financial Crimes Commission filed the charges. In a statement, the EFCC said it was “determined.”',
    ['Economic and Financial Crimes Commission'],
    'capitalized words joined by and to a run ending in a noun for a body are one name, and its acronym is the body',
  ],
  [
    'Kimura, the state’s lieutenant governor and a pediatric neurologist, called the claim “flat-out false.”',
    ['Kimura'],
    'a role owned by a possessive and set off after a name renames the name, which speaks',
  ],
  [
    'Two EU diplomats briefed reporters. One of the diplomats described the offer as “serious but not generous.”',
    ['one of the diplomats'],
    'a stand-in before of and a group of people speaks for the share',
  ],
  [
    'Two people were in the room. One of them said the mood was “grim.”',
    ['one of the two people'],
    'a stand-in before of them speaks for the share, and is named by the group `them` stands for',
  ],
  [
    'The emails show that the deputy commissioner, Tom Roe, directed staff in March to “find a way to make it work.”',
    ['Tom Roe'],
    'direct and instruct report what someone told others to do',
  ],
  ['She directed the film “Blue Skies” in 2019.', [null], 'direct before a title is no cue'],
  [
    'The board’s lone Democrat, Ngozi Adebayo (D-N.M.), said “We will win this fight.”',
    ['Ngozi Adebayo'],
    'a party tag in brackets before the cue’s comma names no one; the name before it speaks',
  ],
  [
    'Two engineers briefed reporters. One of the engineers said the mood was “grim.”',
    ['one of the engineers'],
    'a share of a plural shaped like one for people speaks',
  ],
  [
    'Sen. Tom Roe (R-Ky.) spoke first. Sen. Jane Doe (D-Md.) replied. “We govern,” the Kentucky Republican said. “No,” the Maryland Democrat said.',
    ['Tom Roe', 'Jane Doe'],
    'a party tag after a name is a role a later description names',
  ],
  [
    'Sen. Tom Roe (R-Ky.) spoke first. Sen. Tom Lee (R-Ohio) replied. “We govern,” the Republican said.',
    ['the Republican'],
    'a party two people share names neither',
  ],
  [
    'Dale Kowalczyk coaches the Gulls. Tom Haddad scored 30. Kowalczyk frowned. “Nobody’s tired,” he said.',
    ['Dale Kowalczyk'],
    'a short number and its stop end a sentence before a capital; Dale leans male',
  ],
  [
    'Pat Kowalczyk coaches the Gulls. Tom Haddad scored 30 points. Asked about fatigue — Haddad played 44 minutes — Kowalczyk bristled. “Nobody’s tired,” she said.',
    ['Pat Kowalczyk'],
    'an aside set off by dashes closes a participle’s opening clause, and the subject follows it',
  ],
  [
    'Gov. Marlon Ashby faces an inquiry. The lone no vote came from Rep. Dwight Pickens, a close ally of the governor, who called the inquiry “a fishing expedition.”',
    ['Dwight Pickens'],
    'a relative clause after a role set off after a name is the name’s, past the role’s complement',
  ],
  [
    'Freedonia abstained. Hours later, the Sylvanian Foreign Ministry issued a statement rejecting what it called “attempts to divide us.”',
    ['Sylvanian Foreign Ministry'],
    'a span of time opening a sentence is no name, and the subject after it is the sentence’s',
  ],
  [
    'Provincial education department spokesperson Tshepo Maluleke said the minister would host them. “Learners like her show what is possible,” he said.',
    ['Tshepo Maluleke'],
    'a sentence’s capitalized first word before nouns that modify a role and a name is no name',
  ],
  [
    'Vice President Jane Doe, campaigning in Pittsburgh, said the allegations, if true, would be “disqualifying.”',
    ['Jane Doe'],
    'a phrase after an inverted cue speaks only when it names someone or a body',
  ],
  [
    'Her campaign chair, former Rep. Tom Roe, played down the loss, noting that the state “has humbled front-runners.”',
    ['Tom Roe'],
    'a cue word whose noun names no saying is no speech noun, and chair heads a role',
  ],
  [
    'A spokesman for Mr. Etxeberria, Ignacio Ferrer, dismissed the criticism. “Every dollar was raised under the law,” he said.',
    ['Ignacio Ferrer'],
    'a name set off after a role renames it past the phrase the role’s preposition governs',
  ],
  [
    'Her employer, the Public Broadcasting Network, said in a statement that she was “one of the most respected journalists.”',
    ['Public Broadcasting Network'],
    'a body named with its article after a role is who the role is',
  ],
  [
    'Tom Roe called the plan amnesty “by another name,” a charge Jane Doe dismissed with a wave of her hand.',
    ['Tom Roe'],
    'a noun for a remark set off after the quote opens a relative clause, and its subject heard the words',
  ],
  [
    'The campaign said it would send organizers, and spokeswoman Jenna Castellano promised the campaign would “make sure every voter has a ride.”',
    ['Jenna Castellano'],
    'a weak cue whose own subject opens a joined clause keeps the quote from the cue before it',
  ],
  [
    'For Kevin and Natalie Arsenault, whose two children attend the school, the numbers tell little.\n\n“We moved out here for the school,” the couple said.',
    ['Kevin and Natalie Arsenault'],
    'a definite phrase for two people is the pair the recent sentences named',
  ],
  [
    'The couple said they would “fight on.”',
    ['the couple'],
    'with no pair named, the couple stays a description',
  ],
  [
    'LAS VEGAS — At dawn, Rosa Villanueva was already in line. She spoke first. “He understands us,” she said.',
    ['Rosa Villanueva'],
    'a place in capitals opening a paragraph before a dash is a dateline, no she',
  ],
  [
    'Campaign Aide Tom Roe Indicted\n\nTom Roe was charged on Monday. “We had no involvement,” the Lindqvist campaign said.',
    ['the Lindqvist campaign'],
    'a name inside a description says which one: it stands for no one titled otherwise',
  ],
  [
    'Gov. John Kasich spoke. “We win,” the Ohio governor said.',
    ['John Kasich'],
    'a place inside a description says where, and the one with the role is who it is',
  ],
  [
    'Environment Canada issued a special air quality statement on Wednesday. “Wildfire smoke contains fine particles,” the statement said.',
    ['Environment Canada'],
    'a paper speaks for whoever issued it',
  ],
  [
    'The talks were mediated by the Regional Water Commission, whose secretary-general, Joseph Mwangi-Otieno, said he remained “cautiously hopeful.”',
    ['Joseph Mwangi-Otieno'],
    'the name set off after whose and a role is the cue’s subject',
  ],
  [
    'Not everyone opposed it. Young tradie Josh Papadopoulos, 27, said he had been renting. “Everyone loves the bush,” he said.',
    ['Josh Papadopoulos'],
    'a sentence’s capitalized first word before a noun in no list and a name is no name',
  ],
  [
    'Police arrested a man. In a statement posted to its Facebook page, the department said officers found purses. “Lock your car,” the statement said.',
    ['the department'],
    'a name after a preposition and an owner is governed, and a described body issues papers',
  ],
  [
    'Blessing Eze-Umoh, who testified as the third prosecution witness in the trial, described the account. Led in evidence by the prosecutor, the witness said, “I noticed the inflows.”',
    ['Blessing Eze-Umoh'],
    'a role a relative clause gives with as is the name’s, for a later description',
  ],
  [
    'Sen. Jane Doe, D-Conn., met him over a Navy report showing the submarine running late.\n\n“Mr. Secretary, is it still the top priority?”',
    [null],
    'a cue word used as a noun reports nothing to the next sentence',
  ],
  [
    'Pressed by Jane Doe on the timing, Yuki Moriyama paused. “We will win,” she said.',
    ['Yuki Moriyama'],
    'a salient name used far more for the pronoun’s gender is as good as one known to agree',
  ],
  [
    'Asked whether Jane Doe would back the plan, Tom Roe shrugged. “Our doors stay open.”',
    ['Tom Roe'],
    'a participle opening the sentence reports nothing of its own to the next one',
  ],
  [
    'Chloe Roe, 29, was left “devastated,” according to her best friend Jane Doe.',
    ['Jane Doe'],
    'after according to, her that owns the words after it is no pronoun of its own',
  ],
  [
    'One student petition, started last week, described it simply as “unfair.”',
    ['one student petition'],
    'a noun for people right before a noun for a paper only modifies it',
  ],
  [
    'Jane Doe arrived. A person close to her said the criticism was “sexist garbage.”',
    ['a person close to her'],
    'a past form has no owner: her said is no speech noun',
  ],
  [
    'Tom Roe described his agenda as “all of the above” — an approach critics say is a polite evasion.',
    ['Tom Roe'],
    'a cue with a verb right after it stands in a relative clause and attributes nothing',
  ],
  [
    'The board voted, a move Republicans hailed as “a win for transparency.”',
    ['Republicans'],
    'a before a plural belongs to another phrase: the plural after it is the relative clause’s subject',
  ],
  [
    'Local farmers gathered outside city hall. The company did not respond. “We will not back down,” they said.',
    ['local farmers'],
    'they: people who open a sentence before an organization are surer than the body, which is more often it',
  ],
  [
    'The victims’ families were in court. “We want justice,” they said.',
    ['the victims’ families'],
    'an owner in the plural, its apostrophe apart, is not the group; the phrase it opens is',
  ],
  [
    'A senior nurse at one of the three hospitals, who asked not to be named, described the week as “chaos.”',
    ['a senior nurse'],
    'a partitive before of belongs to the phrase a preposition opens, past a relative clause too',
  ],
  [
    'The data leaked, according to the news outlet Threatwire. “We are writing results on whiteboards,” she said.',
    [null],
    'a name right after a noun for a body names a body, never she',
  ],
  [
    'Jane Doe, who toured the town with the head of the agency, Tom Roe, told reporters the city would “rebuild every home.”',
    ['Jane Doe'],
    'a name set off at the end of a relative clause renames a phrase inside it: the antecedent is the subject',
  ],
  [
    'Jane Doe won the race by three minutes.\n\n“I am stunned,” the 28-year-old said.',
    ['Jane Doe'],
    'a definite phrase that gives only an age stands for the person in sight',
  ],
  [
    '“I am stunned,” the 28-year-old said.',
    ['the 28-year-old'],
    'with no one in sight it stays a phrase',
  ],
  [
    'Tom Roe said he expected workarounds.\n\nHis advice to the board:\n\n“Just don’t make the pouches ugly.”',
    ['Tom Roe'],
    'a colon with no subject hands the quote to the owner of the phrase that opens the sentence',
  ],
  [
    'Born on the island of Chios, Greece, Mr. Roe came to the United States with, as he often told customers, “twelve dollars.”',
    ['Roe'],
    'a participle with no -ed opens a clause too, past a place set off after a place',
  ],
  [
    'Roofing contractor Pat Roe said his crews start early. “You can’t roof in this after lunch,” he said.',
    ['Pat Roe'],
    'a sentence’s first capitalized word before a noun for someone and a name only modifies them',
  ],
  [
    '“They had made up their minds,” said one woman, who gave only her first name, Aurelia.',
    ['Aurelia'],
    'the name someone gives in a relative clause after the phrase for them is their name',
  ],
  [
    'A woman who identified herself only as Maria said: “No.”',
    ['Maria'],
    'so is the name they identify themselves by',
  ],
  [
    'In a statement, St. Mary’s said it had “bargained in good faith.”\n\n“Care will go on,” the statement said.',
    ['St. Mary’s', 'St. Mary’s'],
    'a name in the possessive before a past cue is the name; the statement said speaks for who put it out',
  ],
  [
    'The ministry said in a statement that talks had failed.\n\nIt rained.\n\nIt rained again.\n\nIt rained more.\n\n“We are done,” the statement said.',
    ['a statement'],
    'only within a few paragraphs of saying who put it out',
  ],
  [
    'Tom Roe, Jane Doe’s fired campaign manager, ripped the director for acting as “the judge and the jury.”',
    ['Tom Roe'],
    'a past form before a noun modifies it: the possessive before it still owns',
  ],
  [
    'A person familiar with the talks described them as tense. “Nobody is budging,” they said.',
    ['a person'],
    'a source the text does not name, whose gender nothing shows, is they as its sentence’s subject',
  ],
  [
    'A spokesperson for the agency declined to comment. “We do not discuss personnel matters,” they said.',
    ['a spokesperson'],
    'so before the body its phrase names',
  ],
  [
    'Local farmers gathered outside. The mayor listened. “We will not back down,” they said.',
    ['local farmers'],
    'people in sight are surer than a single source for they',
  ],
  [
    'The agency’s representative in Chad, Ama Owusu, told the BBC it had too little. “The world has moved on,” she said.',
    ['Ama Owusu'],
    'a phrase that places a role goes with it before the name set off after it',
  ],
  [
    'A lawyer representing the mayor’s office, Tom Roe, said in an email that the office “categorically rejects” the claims.',
    ['Tom Roe'],
    'so does a participle’s phrase, before a cue with an adverbial and a that clause',
  ],
  [
    'A Houston-based lawyer and community organiser, Ngozi Eze, urged people to vote. “Our votes count,” she said.',
    ['Ngozi Eze'],
    'so does a second noun for the role',
  ],
  [
    'Another company, Orion Gulf Trading LLC, said in an email that it “strictly complies with all laws.”',
    ['Orion Gulf Trading LLC'],
    'a body’s name renames a phrase for a body',
  ],
  [
    'The nurse for the county, Jane Doe, arrived late. “We are short of staff,” the nurse said.',
    ['Jane Doe'],
    'the role a modified phrase gives the name is hers for a later the nurse',
  ],
  [
    'Gov. Ray Castellano said the state had spent billions, and he sent a letter to the White House requesting reimbursement.\n\n“Taxpayers should not be footing the bill,” the letter reads in part.',
    ['Ray Castellano'],
    'a paper someone sent speaks for them',
  ],
  [
    'In a circular dated Monday to all county directors, chief executive Evelyn Rotich directed heads of schools to submit names.\n\n“Teachers who fail to report will be deemed to have deserted,” the circular reads.',
    ['Evelyn Rotich'],
    'a paper in a phrase opening the sentence is its subject’s',
  ],
  [
    'The firm received a letter from the Commerce Department in March.\n\n“Continued transactions will be considered violations,” the letter said.',
    ['Commerce Department'],
    'a paper from a body named with its article is the body’s',
  ],
  [
    'Dale Rourke spoke in Ohio. Hours later, he tweeted the nickname. “She can’t answer,” the tweet read.',
    ['Dale Rourke'],
    'a verb that names the paper puts it out',
  ],
  [
    'The Times said Tom Cook provided a written statement. “It was a mistake,” the statement said.',
    ['a written statement'],
    'a participle after an article only describes the paper: nobody is said to send it',
  ],
  [
    'A report released in September by the National Academies of Sciences noted gains. “Immigrants are integrating,” the report concluded.',
    ['National Academies of Sciences'],
    'after an of no title governs, the words are a body’s name, not a title before a person’s',
  ],
  [
    'Republican presidential candidate Dale Roe told a packed hall that he would “bring the jobs back,” while deriding his rival as a politician who has “never built anything.”',
    ['Dale Roe', 'Dale Roe'],
    'a singular noun for someone in capitals modifies the title before a name like an adjective',
  ],
  [
    'Senator Greg Ashworth, Republican of Idaho, who has pushed for tougher measures, said the administration had “finally stopped tiptoeing.”',
    ['Greg Ashworth'],
    'a party and the state a member serves qualify the name as a tag does; the place is no one',
  ],
  [
    'Anders Vik met the girl. When I ask, he shakes his head.\n\n“She is praying,” he says finally.',
    ['Anders Vik'],
    'owned by a pronoun with no of after it, head is a part of the body',
  ],
  [
    'Jane Doe said her two children caught measles. Neither had been vaccinated.\n\n“I was scared,” she said.',
    ['Jane Doe'],
    'an indefinite pronoun opening a sentence is no name',
  ],
  [
    'At the popular Ogbete Main Market, a trader, Mrs Nkiru Obiora, said she had been following the election. “Everybody here is talking about it,” she said.',
    ['Nkiru Obiora'],
    'a preposition governs a name past its article and a modifier',
  ],
  [
    'Dale Rourke, the Republican front-runner, did not respond to a request for comment. But in a phone interview, the New York businessman said Natarajan was “wasting everybody’s time.”',
    ['Dale Rourke'],
    'a definite phrase that says more of a person than a sort is the one person in sight',
  ],
  [
    'Health Secretary Tom Roe said the money was going in.\n\nHis opposite number, Nadia Quinn, accused ministers of “hiding behind the weather”.\n\n“Winter happens every year,” the shadow health secretary said.',
    ['Nadia Quinn', 'Nadia Quinn'],
    'a word for another office is not the office the title names',
  ],
  [
    'Trump called on Mayor Bill Roe to restart the unit. Roe disbanded it in 2014.\n\n“There is hatred,” the Republican presidential candidate said.',
    ['the Republican presidential candidate'],
    'the one in sight holds another office: the phrase names someone else',
  ],
  [
    'Minister for Parliamentary Affairs Jane Doe said it would “plug a loophole”. Minister of State for Health Tom Roe said it was “fine”.',
    ['Jane Doe', 'Tom Roe'],
    'a title’s `for` after a role written as a title ties it to what it serves, after an `of` too',
  ],
  [
    'On Tuesday, the Minister for Lands and Natural Resources, Hon. Tom Roe, asked for “patience”. Alhaji Musa Garba said: “We wait.”',
    ['Tom Roe', 'Musa Garba'],
    'an `and` inside a title’s complement keeps the title whole; honorifics of Commonwealth papers are titles',
  ],
  [
    'On Tuesday, the Minister of State for Youth and Sports, Hon. Jane Doe, shrugged at the question. “We asked for help.”',
    ['Jane Doe'],
    'a role that opens a run with a body in its complement is a role; an aside’s words make no paragraph of a beat',
  ],
  [
    'Deputy Solicitor General Ana Roe objected. “No,” the DSG submitted. SSP Ravi Lal spoke. “We will look,” the SSP added. Director-General Tom Lee smiled. “Yes,” the DG said.',
    ['Ana Roe', 'Ravi Lal', 'Tom Lee'],
    'capitals after `the` that a title is, or is the initials of, are its holder; title words joined by a hyphen make a title',
  ],
  [
    'Jane Doe spoke. “No,” the CM said.',
    ['CM'],
    'initials nobody’s title gives stay a name of their own',
  ],
  [
    '“We found homes,” said warning coordination meteorologist Jana Roe. “The tornado was on the ground,” she added.',
    ['Jana Roe', 'Jana Roe'],
    'a cue’s -ing form after the clause’s cue, before a noun for someone a name follows, modifies the role',
  ],
  [
    '“The other candidates lose,” Ted Cruz told conservative radio host Mike Gallagher.',
    ['Ted Cruz'],
    'a cue’s past form never modifies a role: the phrase after it is spoken to',
  ],
  [
    'Ferric Ltd wrote to the council. Its letter, seen by the Gazette, warns of “ruin”. The governor, in a statement signed by his press secretary, Mr Friday Idakwo, called it “grave”.',
    ['Ferric Ltd', 'the governor'],
    'an owner’s paper speaks for its owner past an aside set off before the cue; a phrase for someone before an aside a preposition opens speaks, not the name that ends it',
  ],
  [
    'McNally spoke first. McNally said: “We won.” Priestly spoke next. Priestly said: “We lost.”',
    ['McNally', 'Priestly'],
    'surnames that end as adverbs do (`-nally`, `-stly`) stay names when they open sentences',
  ],
  [
    'Jane Doe said fixtures would be confirmed “early next week”. Tom Roe said he was told “get out”.',
    ['Jane Doe', null],
    'a passive of a cue whose object is what is said leaves the quote to the cue before it; one whose object is the hearer does not',
  ],
  [
    'Jane Roe seemed unbothered. Shortly after the hearing she posted on X: “Good debate.” “It is home,” the centre from Trois-Rivières, Que., said.',
    ['Jane Roe', 'the centre'],
    'an adverb’s ending opening a sentence makes no name, nor does a province’s abbreviation after a place',
  ],
  [
    'Prof. Anahera Whaanga, a criminologist at Victoria University of Wellington, said it was small. “About 3,000 people,” she said.',
    ['Anahera Whaanga'],
    'a body’s head before `of` names the body, whatever given name opens it',
  ],
  [
    'KUALA KRAI, Nov 12 — The plan will go ahead, says Minister Datuk Seri Tom Lee.\n\n“We have reports,” he told reporters.',
    ['Tom Lee'],
    'a month’s abbreviation before a number is a date, not a name',
  ],
  [
    'Harlan Tool & Die Co. said its profit fell. Shares fell 5%. The company said it was “cooperating fully.” Greta Lindqvist of Morrow & Pike called it “larger than expected”.',
    ['Harlan Tool & Die Co.', 'Greta Lindqvist'],
    'an ampersand between capitals joins a body’s name, and a person of that body keeps hers',
  ],
  [
    'Ian Roe was 19 then.\n\nLast week, the coxswain of Inverardoch lifeboat station stood down.\n\n“You never stop,” he said.',
    ['Ian Roe'],
    'after a preposition, a name before a noun for a body is where the body is, no one',
  ],
  [
    'Form Three student Achieng Awuor, 17, is among them. Her father leaves early. “He says it,” she says.',
    ['Achieng Awuor'],
    'a number in capitals after a capital names a class and modifies the role',
  ],
  [
    '“We reject it,” a statement from Gadsby Lowe Lawyers said. A letter from Jane Doe read: “We are done.” Tom Roe got a letter from Ann Lee. “It hurt,” he said.',
    ['Gadsby Lowe Lawyers', 'Jane Doe', 'Tom Roe'],
    'a paper from a name speaks for it; one that someone got does not speak for its reader',
  ],
  [
    'Humber and Dales Integrated Care Board (ICB) opened a consultation. The ICB said it would “listen carefully”.',
    ['Humber and Dales Integrated Care Board'],
    'capitals in brackets after a body’s name are what the text calls it from then on',
  ],
  [
    'MEP Matteo Roe, of the centre-right European People’s Party, who has campaigned for it, called the plan “a good first step”. One judge at a court in the West, who spoke on condition of anonymity, called it “surreal”.',
    ['Matteo Roe', 'one judge'],
    '`who` is no body’s: past a body ending an aside of its own the name before it speaks; a body a preposition governs stays in its phrase',
  ],
  [
    'The broadcaster, SportsNation One, was slower still. On Monday it said it had “spoken to Gordon”. Doe said: “We won.” One official said it was “fine”.',
    ['SportsNation One', 'Doe', 'one official'],
    'a number in capitals after a name word is part of the name; opening a sentence it counts',
  ],
  [
    'Jane Doe met officials in London. “We disagree,” the British said. Tom Roe spoke. The French called it “unacceptable”.',
    ['the British', 'the French'],
    'a people’s word with no noun for one of them is the people, not the one person in sight',
  ],
  [
    'Rafael Zurita signed on Monday. “We won,” the 23-year-old Uruguayan said.',
    ['Rafael Zurita'],
    'a people’s word after `the` and an age is a phrase for the person in sight, not a name',
  ],
  [
    'Secretary of State Jane Doe and Tom Roe met. “We agree,” she said. A spokesman for Acme Corp said it was “fine”.',
    ['Jane Doe', 'a spokesman'],
    'an `and` before a given name joins two people, and a role in lower case governs a body',
  ],
  [
    'Senator Jane Doe described the bill as bad.\n\n“We cannot go on,” the lawmaker said.\n\nTom Roe was more measured.\n\n“It is hard,” the driver said.',
    ['Jane Doe', 'Tom Roe'],
    'a noun alone for someone stands for the one person in sight; a senator is a lawmaker',
  ],
  [
    'The judge rubbed his chin. Tom Roe watched him.\n\n“We agree,” the judge said.\n\nJane Roe spent her savings.\n\n“It is hard,” said the designer, who works elsewhere.',
    ['the judge', 'the designer'],
    'not when the text brought someone in by that noun, nor when a clause set off after it brings someone in',
  ],
  [
    'Leaders met at a summit of the Economic Community of West African States. The bloc urged the authorities to “respect their own commitments”.',
    ['Economic Community of West African States'],
    'a noun that fits any body stands for the body named last, whose name may end on a plural',
  ],
  [
    'The State Department said on Thursday that it fell short of its goal.\n\n“We have worked diligently,” the agency said.',
    ['State Department'],
    'the agency is such a noun',
  ],
  [
    'Tom Williams met the board. “We are fine,” the company said.',
    ['the company'],
    'a person’s name is no body',
  ],
  [
    'Theresa Mulcahy’s husband lived at Pinecrest for three years. She kept a notebook by his bed. One entry, from August 2023, reads: “Found D. in same clothes as Sunday.”',
    ['Theresa Mulcahy'],
    'an entry is of the notebook someone kept',
  ],
  [
    'Maureen Pilkington has kept a diary since she was a girl. The entry for 14 March 1973 reads simply: “Tommy gone.”',
    ['Maureen Pilkington'],
    'so is the entry for a day',
  ],
  [
    'Northgate Logistics received a declaration from April Lindqvist in March. “It is over,” the declaration stated.',
    ['April Lindqvist'],
    'after from, a month before a name that no cue follows is a given name',
  ],
  [
    '“A team is like a family,” he says.\n\nSipho Nkosi, 71, striker, 1975–1984\n\n“The boots came in 1977.”\n\nNomvula Dlamini, 64, supporter\n\n“Every Sunday night I washed eleven jerseys.”',
    [null, 'Sipho Nkosi', 'Nomvula Dlamini'],
    'a name alone on its line after attributed quotes labels the quote that opens the next paragraph',
  ],
  [
    '“Bring back the trams.”\n\n— Jane Doe, Springfield\n\n“Fix the roads first.”\n\n— Tom Roe, Dayton',
    ['Jane Doe', 'Tom Roe'],
    'after a quote with no speaker it signs that quote instead',
  ],
  [
    'Polish foreign minister: NATO will shoot down drones “if they cross the line again”\n\nPoland’s foreign minister, Krzysztof Wasilewski, said Sunday that NATO would act.',
    ['Krzysztof Wasilewski'],
    'a role for one person and a colon open a headline; the story names who holds it',
  ],
  [
    'Taoiseach accused of ‘cheerleading’ for developers as rents rise\n\nRents rose again.',
    [null],
    'a verb of judging before of is a passive: the one judged does not speak',
  ],
  ['Jane Doe accused Tom Roe of “lying.”', ['Jane Doe'], 'in the active, its subject does'],
  [
    'Wheat farmer Gary Tonkin, 70, said his wife, Lorraine, had tried the bank’s app “exactly once”.',
    ['Gary Tonkin'],
    'a comma that closes an aside after a name opens no aside of its own: the cue is the name’s',
  ],
  [
    'She remembers 1994, when a city councilman, Raymond Feld, stood up and called the neighborhood “a lost cause.”',
    ['Raymond Feld'],
    'a name set off after the phrase that opens a clause, with a verb after it, is the clause’s subject',
  ],
  [
    'A senior GOP strategist working on the House map, who requested anonymity, called her “a very good storyteller.”',
    ['a senior GOP strategist'],
    'who is the person past the participle’s phrase, not the thing it governs',
  ],
  [
    'Rep. Carl Dunning (R-Ohio) was gracious. Rep. Lucia Banks spoke first.\n\nThe congresswoman, reached by phone, did not dispute it.\n\n“It was rye,” she said.',
    ['Lucia Banks'],
    'a word’s sex tells two holders of a title apart',
  ],
  [
    'Bernard Osei-Tutu helps students at night. A post on the university’s unofficial student forum has 900 upvotes.\n\n“I don’t count,” he said.',
    ['Bernard Osei-Tutu'],
    'a noun for someone right before the noun that ends the phrase only modifies it',
  ],
  [
    'The conservative publication has opposed Tom Roe, arguing he is “an opportunist.”',
    ['the conservative publication'],
    'the phrase ends on the noun after',
  ],
  [
    'A person close to the committee said at least one member had argued for more. “It was not a rubber stamp,” the person said.',
    ['a person'],
    'not before the preposition an adjective takes',
  ],
  [
    '“Isn’t that the escalation?” Dana Whitcombe asked.\n\n“Escalation is when drones fly over farms,” Krzysztof Wasilewski replied.\n\n“But if a Russian pilot dies—”\n\n“Then the pilot should not have been there.”',
    ['Dana Whitcombe', 'Krzysztof Wasilewski', 'Dana Whitcombe', 'Krzysztof Wasilewski'],
    'a turn broken off with a dash asks for the other party’s words as a question does',
  ],
  [
    'Minister Krzysztof Wasilewski spoke to Dana Whitcombe on Sunday.\n\n“Isn’t that the escalation?” she asked.\n\n“That this is not a faraway war for us,” he said.\n\n“Minister, thank you for joining us.”\n\n“Thank you, Dana.”',
    ['Dana Whitcombe', 'Krzysztof Wasilewski', 'Dana Whitcombe', 'Krzysztof Wasilewski'],
    'who a quote addresses by name or title does not speak it; the other party does',
  ],
  [
    'Dale Rourke unveiled a new moniker on Tuesday.\n\nRourke debuted the insult at a rally in Bridgeport, Connecticut, telling the crowd that the former secretary “can’t give a straight answer.”',
    ['Dale Rourke'],
    'after a comma a participle hangs on the clause, and a place set off after a place is where, not who',
  ],
  [
    'The health secretary was not available. Health Secretary Tom Roe said the money was going in.\n\nHis opposite number, Nadia Quinn, accused ministers of delay.\n\n“Winter happens every year,” the shadow health secretary said.',
    ['Nadia Quinn'],
    'a phrase for a sort may follow a definite phrase with its noun that stood for no one named',
  ],
  [
    'At 9:02 a.m. employees at Brightwave received a Slack message from the company’s head of people, Derek Amankwah.\n\n“Please keep your calendar clear,” it read.',
    ['Derek Amankwah'],
    'it before a verb that reads a paper out is the paper, sent by the name set off after its agent',
  ],
  [
    'Tom Roe sent a letter to the board on Monday. It reads: “We will not pay.”',
    ['Tom Roe'],
    'so at a colon',
  ],
  [
    'Hillary Clinton spoke in Miami. She declared victory and said that her campaign would continue “to break barriers” across the nation.',
    ['Hillary Clinton'],
    'a report inside a report is the outer source’s, its cue joined by and to its subject’s clause',
  ],
  [
    '“The evidence cannot prove it,” according to a court document filed by state attorney Dave Aronberg.',
    ['Dave Aronberg'],
    'according to a paper put out by someone, past the participle and a title in lower case',
  ],
  [
    'Donald Trump rose in the polls after the shootings and his call for “a total and complete ban” on all entries.',
    ['Donald Trump'],
    'an owner’s speech noun before for and what was said speaks for its owner',
  ],
  [
    'Among those waiting at the gate was Ewa Lach, the foreman’s wife, who had kept vigil.\n\n“He promised me he’d retire next year,” she said.',
    ['Ewa Lach'],
    'a verb before a name is no modifier a preposition governs it past',
  ],
  [
    'The river rose in 2000.\n\nDORIS HAWTHORNE, 81, retired postmaster\n\n“Earl woke me up at two in the morning.\n\n“We got the dog and the Bible.”\n\nBREAKING NEWS, updated hourly\n\n“Roads are closed.”',
    ['Doris Hawthorne', 'Doris Hawthorne', null],
    'a name in capitals, a comma and an age or a role label the quotes after them; a heading does not',
  ],
  [
    '“We are stretched,” chief fire officer Dev Rao told reporters.',
    ['Dev Rao'],
    'the words before a role belong to its title, not to a phrase of their own',
  ],
  [
    'Met Office deputy chief meteorologist Kiri Roe said gusts would rise. “Stay home,” Kiri said.',
    ['Kiri Roe'],
    'a body’s name and modifiers before a noun for someone join the title',
  ],
  [
    'Fire and Emergency assistant commander Tavita Lee said crews were on scene. “No one is hurt,” he said.',
    ['Tavita Lee'],
    'a portfolio of two capitals opening the clause is one title',
  ],
  [
    'Tuskers director of cricket Raj Roe said scouts had watched him. “He has a rare googly,” he said.',
    ['Raj Roe'],
    'a role’s `of` and its complement before a name',
  ],
  [
    'Mayor Jane Doe and Fire Chief Tom Roe spoke. “We are ready,” the mayor said.',
    ['Jane Doe'],
    'two titled people joined by `and` stay two',
  ],
  [
    'The committee’s chair, the Labour MP Jo Roe, said patients had been “strung along”.',
    ['Jo Roe'],
    'a name set off after a role may bring its own article and title',
  ],
  [
    'Counsel for Acme Films Pvt Ltd, advocate Raj Roe, countered that the story was “public domain”.',
    ['Raj Roe'],
    'a noun for a role before a name set off after a role',
  ],
  [
    'Representing the council, Adam Roe, KC, argued that “difficult choices are unavoidable”.',
    ['Adam Roe'],
    'a senior barrister’s letters after a name name no one',
  ],
  [
    'Refusing relief, Justice Ria Roe observed that the writer had waited. “The plaintiff was aware,” the judge said.',
    ['Ria Roe'],
    '`Justice` before a name is who `the judge` is',
  ],
  [
    'Justice Minister Tom Roe spoke first. Judge Ann Lee ruled. “The plaintiff was aware,” the judge said.',
    ['Ann Lee'],
    'a `Justice Minister` is no judge',
  ],
  [
    'Judge says writer ‘sat on his rights’\n\nMUMBAI — The High Court declined to stay the film on Wednesday.\n\nJustice Ria Roe observed that the writer had “sat on his rights” for two years.',
    ['Ria Roe', 'Ria Roe'],
    'a headline’s quote takes the speaker the story gives the same words',
  ],
  [
    'Islanders ‘abandoned’ as ferry breakdowns cut off the isle\n\nFerries have failed for five days in a row this week.\n\nCouncillor Ann Lee said residents felt “abandoned by the government”.',
    ['Ann Lee', 'Ann Lee'],
    'a headline’s words inside the story’s quote, with no one in the headline',
  ],
  [
    'Residents ‘devastated’ by closure\n\nThe plant will close in May, the company said on Monday.\n\n“We are stunned,” said Tom Roe, who has worked there for 30 years.',
    [null, 'Tom Roe'],
    'other words of the story lend no speaker to a headline',
  ],
  [
    'In a statement, a council spokesperson said the authority had no choice.\n\n“Urgent works are needed,” the statement said.',
    ['a council spokesperson'],
    'a spokesperson who speaks in a statement issues it',
  ],
  [
    'Tobi Ade won three awards.\n\nVisibly emotional, the 28-year-old singer dedicated them to his mother. “Mummy, I know you are watching,” he said.',
    ['Tobi Ade'],
    'a word in an adverb’s ending that only opens sentences is no name',
  ],
  [
    'Later, a caller who identified herself only as Brenda, from Cosby Road, told the program her mother was missing. “She has no phone,” the caller said.',
    ['Brenda'],
    'the name a source gives itself (`identified herself only as`)',
  ],
  [
    'At the port, a 41-year-old civil servant who gave only her surname, Wong, said she crossed often. “Dinner costs less there,” she said.',
    ['Wong'],
    'the name a source gives itself (`gave only her surname,`)',
  ],
  [
    'A driver, who gave his name as Musa, said he was nearby. “People came with buckets,” he said.',
    ['Musa'],
    'the name a source gives itself (`gave his name as`)',
  ],
  [
    'Kerry Lomax, 34, was trapped in her car for an hour with her daughter Poppy, six.\n\nShe sobbed: “I kept telling her it was going to be OK.”',
    ['Kerry Lomax'],
    'a subject’s own `her` shows its gender, so `she` is the subject, not the daughter',
  ],
  [
    'Sam Roe met her lawyer, Ann Lee, on Monday.\n\n“We will appeal,” she said.',
    ['Ann Lee'],
    'an owner opening another’s phrase (`her lawyer, Ann Lee`) tells nothing of the subject',
  ],
  [
    'Tom Abernathy pitched six innings. He thanked pitching coach Ray Dominguez.\n\n“Ray saw something in my front side that I couldn’t feel,” he said.',
    ['Tom Abernathy'],
    'a speaker seldom names themselves in their own words: `he` is the next person in sight',
  ],
  [
    'Gary Tonkin met his neighbour Ray Dominguez.\n\n“She rang and said, ‘Gary, it wants my fingerprint,’” he said.',
    ['Gary Tonkin', 'Gary Tonkin'],
    'a name spoken to, or in words quoted in turn, does not count',
  ],
  [
    'The album is out in May. Ferric’s announcement describes the record as “a love letter to pirate radio”.',
    ['Ferric'],
    'an owner’s paper right before a cue speaks for its owner',
  ],
  [
    'Critics listened to Director Jane Doe’s statement on Tuesday. She called the handling “extremely careless”.',
    ['Jane Doe'],
    'the owner of a paper is in sight for a later pronoun',
  ],
  [
    'Amid Tom Roe’s email scandal, Attorney General Ann Lee spoke. “I met the director,” she said.',
    ['Ann Lee'],
    'a paper’s owner comes after everyone the sentence names',
  ],
  [
    'Harborline Foods beat estimates on Tuesday. Chief executive Ana Roe said shoppers were cautious.\n\nIn the earnings release, the company said it was “on track”.',
    ['Harborline Foods'],
    'with no body in sight, a subject before whose name no given name opens was the body',
  ],
  [
    'The regulator fined Stashly on Monday.\n\nIn a thread, Devin Marchetti, who is CEO, said the company had “made mistakes”. “We grew too fast,” he wrote.',
    ['Devin Marchetti', 'Devin Marchetti'],
    'in the phrase’s own sentence the subject is someone else',
  ],
  [
    'Doctors will strike.\n\nCaroline Ashe, the Health Secretary, said the timing was “calculated to cause disruption”.',
    ['Caroline Ashe'],
    'a role in capitals set off after a name is no name of its own',
  ],
  [
    'Health Secretary accuses union of ‘holding patients to ransom’\n\nDoctors will strike for five days.\n\nCaroline Ashe, the Health Secretary, spoke on Monday.',
    ['Caroline Ashe'],
    'a headline’s title in capitals is the one person the story gives it',
  ],
  [
    'The vendor, Clarion Health Technologies, said it was “disappointed” by the decision.',
    ['Clarion Health Technologies'],
    'a portfolio word inside a body’s name is no title',
  ],
  [
    'Race organisers said none of the injuries appeared “serious”.',
    ['race organisers'],
    'a British spelling of a role’s plural (`organisers`)',
  ],
  [
    'A rep for the singer confirms the news, adding that the split was “completely amicable”.',
    ['a rep'],
    '`rep` after an article is a noun for someone',
  ],
  [
    'A source close to the couple tells a different story. “They live apart,” the insider says.',
    ['a source close to the couple'],
    '`the insider` takes up the latest source the text brought in without a name',
  ],
  [
    'One official said talks had stalled, calling them “over”. “We are far apart,” this person said.',
    ['one official', 'one official'],
    '`this person` takes up the latest source brought in without a name',
  ],
  [
    'Declan Roe is a Labour MP.\n\nHis memoir sold well and was serialised in a Sunday paper. In it, he wrote that the job was “a building designed to make you forget”.',
    ['Declan Roe'],
    'a paper or an outlet is never `he` or `she`, though `-er` makes `paper` look like someone',
  ],
  [
    'Fisheries bill: leader warns of ‘confiscation by stealth’\n\nBy Mere Roe, political reporter\n\nAn iwi leader has told a select committee that the changes amount to “confiscation by stealth”, as submissions opened.\n\nChairwoman Huia Roe told the committee the bill cut across the settlement. “We call that confiscation by stealth,” she said.',
    ['Huia Roe', 'Huia Roe', 'Huia Roe'],
    'the lead’s quote given to a phrase that names no one takes the name the story gives the same words',
  ],
  [
    'Exit looms over the race\n\nMessages of stability echo those of the defeated ‘Remain’ campaign across the country.\n\nJane Doe said voters should “remain calm”.',
    [null, 'Jane Doe'],
    'a word alone in the lead lends nothing',
  ],
  [
    '“We remain committed,” Nordhaven chief operating officer Claudia Roe told this publication.',
    ['Claudia Roe'],
    'a participle before a title is part of it (`chief operating officer`), not a clause after the phrase',
  ],
  [
    'The hospital will close at night.\n\nIn a statement, the health district said the change was temporary.\n\n“We have exhausted every avenue,” the statement said.',
    ['the health district'],
    'a body only described, read by the cue and no subject scan, issues the paper it speaks in',
  ],
  [
    'Judge Fiona Roe has jailed the banker for nine years. Her sentencing remarks were scathing:\n\n“You treated the savings of ordinary people as free money.”',
    ['Fiona Roe'],
    'an owner’s speech noun opening a sentence that ends in a colon speaks for its owner',
  ],
  [
    'Paylance is cutting staff, according to an internal memo.\n\nIn the memo, sent to staff at 7:02 a.m. Pacific time Tuesday, chief executive Rohan Roe wrote that the firm had grown too fast.\n\n“The market is brutal,” the memo continued.',
    ['Rohan Roe'],
    'a clock’s zone (`7:02 a.m. Pacific time`) names no one',
  ],
  [
    'The Governor of Oyo State, Mr Ade Roe, in a statement signed by his press secretary, Mr Tom Lee, described her as “a worthy ambassador”.',
    ['Ade Roe'],
    'a name set off at the end of an aside a preposition opens renames a phrase inside it, not the subject',
  ],
  [
    'The court heard that Corcoran approached the developer at a fundraiser and told him the rezoning “could go either way”.',
    ['Corcoran'],
    'a cue after `and` joins the clause `that` opens, whose subject speaks, not the hearer',
  ],
  [
    'Chief Emeka Roe, 74, received the award.\n\n“Afrobeats did not fall from the sky,” the septuagenarian said.',
    ['Emeka Roe'],
    'a noun for an age in decades stands for the person in sight',
  ],
  [
    'Tom Roe met the board. Eyebrows raised, he asked, “Is that all?” Figures out today show a rise. “It is grim,” he said.',
    ['Tom Roe', 'Tom Roe'],
    'a capitalized plural opening a sentence before a word in lower case is a noun, no one a pronoun stands for',
  ],
  [
    'Farmers say the plan is “killing” them. Local skippers told reporters it was “a disgrace”. Terrified drivers told how they heard “bang after bang”.',
    ['farmers', 'local skippers', 'terrified drivers'],
    'a plural whose ending makes it people heads a phrase for a group, in a list or not',
  ],
  [
    'Williams said the plan was “dead.” Annelies van der Meer paused. “We asked,” she said. Sanders’s call for a “revolution” grew.',
    ['Williams', 'Annelies van der Meer', null],
    'a plural-looking name stays a name before its cue or a particle, and a name’s plural ending makes no group',
  ],
  [
    'The firm published its review on Monday. It said the outage began at 08:12 UTC. “We should have caught it,” the company admitted. The fire began at 3 p.m. EST. “We were slow,” the company said.',
    ['the company', 'the company'],
    'capitals alone after a time of day are its zone, no body a noun for one may stand for',
  ],
  [
    'Jane Doe runs Acme Corp, which closed its EU-West region. “We were slow,” she said. Tom Roe praised his Facebook page. “It is fine,” the carpenter said. His Sierra Pro Cycling team said it was “a fracture”.',
    ['Jane Doe', 'Tom Roe', 'Sierra Pro Cycling'],
    'after an owner’s pronoun a name before a noun for no one says which thing is theirs; before a noun for a body it names the body',
  ],
  [
    'Judge Ann Roe spoke. Tom Lee had argued for less. “It was a decision,” her Honour said. The King spoke. “We are grateful,” His Majesty said.',
    ['Ann Roe', 'the King'],
    'a form of address after his or her stands for the one it addresses, as the pronoun does',
  ],
  [
    'The Fintech Association said it “acknowledges the concerns”. “We are cooperating,” Kudipay said in a statement. The company added that customers “will not be affected”.',
    ['Fintech Association', 'Kudipay', 'Kudipay'],
    'a subject of one word no given name, title or gender made someone’s is the body a noun for one stands for, ahead of an older body',
  ],
  [
    'A lawyer for a man accused of running a drug ring told reporters: “He is innocent.” A friend of a woman charged with smuggling the weapons said: “She was scared.”',
    ['a lawyer', 'a friend'],
    'the object of a gerund after a preposition is inside the subject, not the speaker',
  ],
  [
    'Jane Doe sued. At a meeting, the complaint alleges, Tom Roe told her to “stop it.” The firm, the lawsuit says, was “reckless.” CNN, Roe said, called it “significant.”',
    ['Tom Roe', 'Jane Doe', 'Tom Roe'],
    'a paper set off inside a sentence records the words of the sentence’s speaker, and speaks them (for who filed it) only when the sentence names no other',
  ],
  [
    'Justice Tom Roe issued orders. Jane Doe had argued for less.\n\n“The case is strong,” the judge ruled.',
    ['Tom Roe'],
    'a role after a quote that leaves its sentence open attributes it with any verb, as a name does',
  ],
  [
    'Outside, Health Workers Alliance of Kenya secretary-general Dr Esther Nyaboke said it exposed “the rot.” Union chairman Amina Yusuf spoke. Tom Lee left. “We won,” she said. Alliance of Kenya alderman José de la Cruz waved. “Thanks,” he said.',
    ['Esther Nyaboke', 'Amina Yusuf', 'José de la Cruz'],
    'a body, a role and an honorific before a name are its titles, and a role’s -man yields to a given name’s gender',
  ],
  [
    'Jim Brody, president of Local 1127 of the Metal Trades union, which represents workers, said members heard it “from the news.” In Eagle Pass, rancher Wade Tillotson, whose land runs along the river, said it was “quieter.”',
    ['Jim Brody', 'Wade Tillotson'],
    'a relative clause after a role set off after a name is about what the role is of; the name speaks',
  ],
  [
    'Tom Roe spoke. A Coral Bay spokeswoman disputed that, saying staff had received the chief executive’s email “before any announcement”. Jane Doe’s answer was that “the family comes first.”',
    ['a Coral Bay spokeswoman', 'Jane Doe'],
    'a quote right after an owner’s speech noun is about the thing, not its owner’s words; one the noun introduces is the owner’s',
  ],
  [
    'Marty Small runs a bakery. The plan hurt small businesses. Small, who attended the rally, said that “Trump bagged millions.” Many, who came late, said it was “fine.”',
    ['Marty Small', null],
    'a singular opening a sentence, set off before who, is someone, however the text writes it elsewhere',
  ],
  [
    '“Thanks,” said director of operations Raj Roe. “We won,” said head of security Ann Lee, 54.',
    ['Raj Roe', 'Ann Lee'],
    'after an inverted cue a role and its complement in lower case belong to the name after them',
  ],
  [
    'Chief Greg Lind quit. Council member Ray Castellanos had called for Lind’s resignation. The chief, he wrote on X, had “lost the trust.” Tom Roe conceded the vote, which, he said, was “fair.”',
    ['Ray Castellanos', 'Tom Roe'],
    'a pronoun whose cue is set off between a subject and its verb reports on the subject, and is someone before it',
  ],
  [
    'Calloway Biotech shares fell after Grayling Research published a report. The report said investigators found “a shuttered nail salon.”',
    ['Grayling Research'],
    'a paper is issued by the subject of the verb that put it out, not the sentence’s subject',
  ],
  [
    'The chief minister said farmers had received relief and that the remaining claims would be settled “well before the season”. Courses are closing, a trend that the foundation predicts will continue “for years.”',
    ['the chief minister', 'the foundation'],
    'a speech word’s plural after a participle and before an auxiliary is a noun; after a noun it is the verb of a relative clause',
  ],
  [
    'Member for Ripon Janine Coster said he was “a giant.” County Executive Committee Member for Trade Dr Halima Noor said it was “inevitable”.',
    ['Janine Coster', 'Halima Noor'],
    'Member is a title, for a seat or a body, before a name',
  ],
  [
    'The police spokeswoman in the state, Ada Obi, disclosed this on Thursday. She stated, “The command is on alert.”',
    ['Ada Obi'],
    'a cue word after an article inside the phrase that modifies a role is a noun; the name set off after it is who the role is',
  ],
  [
    'The letter, dated May 2 and signed by Commissioner Terngu Ayatse, paints a grim picture.\n\n“Your Excellency, we must act,” the letter reads in part.',
    ['Terngu Ayatse'],
    'a paper’s sender in a participle’s phrase set off after the paper is who the paper speaks for',
  ],
  [
    'New Zealand’s Justice Minister has launched an attack, accusing Canberra of “exporting a problem”. A spokesperson for Australia’s Home Affairs Minister said the policy was “firm”. Charlie King spoke. “We won,” Mr. King said.',
    ['New Zealand’s Justice Minister', 'a spokesperson', 'Charlie King'],
    'a role’s word alone after a portfolio is the role, no surname two ministers share; after an honorific it is a surname',
  ],
  [
    'The professor based in Lagos, Tom Roe, opened the meeting. “They owe the workers an apology,” the professor said.',
    ['Tom Roe'],
    'a participle before the preposition of the phrase that modifies a role is no head: the role is the noun before it',
  ],
  [
    'Nkechi Adebayo founded the firm. The daughter of a Nigerian soil scientist and a Norwegian nurse, she grew up in Minneapolis. “He had this line,” she recalls.',
    ['Nkechi Adebayo'],
    'a definite article phrase set before a pronoun and a comma is said of the pronoun, whom the text had in sight',
  ],
  [
    'Ann Lee spoke. A small Dutch label “rescued” the album, she said. Ann Lee recorded it for a small Dutch label “for the fun of it.”',
    ['Ann Lee', 'Ann Lee'],
    'after a or an and two modifiers a cue word’s base form is a noun, no verb with a subject of its own',
  ],
  [
    'Lorraine Roe toured Europe, where audiences were, in her words, “polite enough to clap.”',
    ['Lorraine Roe'],
    'in an owner’s words set off inside a sentence, as at its start, the owner speaks',
  ],
  [
    'Tom Adewusi toured. In an interview with Sunday Sentinel, he dismissed the claims. “It is not dead,” he said.',
    ['Tom Adewusi'],
    'a day’s name before a name is part of what a preposition governs: the name after it is no subject',
  ],
  [
    'Eilidh Roe spoke at the library. Many Orcadians know the poem by heart. “He wrote the way the islands speak,” she said. “It is ours,” they said.',
    ['Eilidh Roe', 'Orcadians'],
    'a people’s name in -ians alone is a group: they, never she',
  ],
  [
    'One of his grandsons, a producer known as Torvald Eke, said the family had waited. “We win,” he said.',
    ['Torvald Eke'],
    'a body of people named by a singular noun is never he or she; a naming participle gives the phrase its name',
  ],
  [
    'The family said it was flooded with requests. “We win,” he said.',
    [null],
    'a collective is never he',
  ],
  [
    'The family said it was flooded with requests. “We win,” they said.',
    ['the family'],
    'a collective is they',
  ],
  [
    'A teacher known as Eilidh Roe said the plan failed. “We win,” she said.',
    ['Eilidh Roe'],
    'a naming participle gives a phrase for someone its name',
  ],
  [
    'One of her nieces, a teacher named Eilidh Roe, said: “We win.”',
    ['Eilidh Roe'],
    'named after a and a noun for someone gives the name',
  ],
  [
    'The senator called Jane Doe “a liar.”',
    ['the senator'],
    'after the, called is a verb with an object, no naming participle',
  ],
  [
    'The moderator, a soft-spoken man named Elliot Graybeal, asked them. “Tired,” said a woman in a sweatshirt. “Expensive,” said the man next to her.',
    ['a woman', 'the man'],
    'a phrase placed beside someone is a new person, not the one the noun named before',
  ],
  [
    'Tom Lancaster also took aim at Sen. Harriet Oduya (D-Ill.), who said that Democrats would “never fund a wall.”',
    ['Harriet Oduya'],
    'a relative clause after a tag in brackets is the name’s',
  ],
  [
    'Minister for Foreign Affairs Jane Doe said it was “clean”.',
    ['Jane Doe'],
    'a title’s complement may hold a title word',
  ],
  [
    'Then Assistant Secretary of State for African Affairs Lionel Baptiste-Harrow said it was “clean”.',
    ['Lionel Baptiste-Harrow'],
    'a modifier may open a title whose complement has two links',
  ],
  [
    'Mr Monday al-Mansouri, a local trader, said: “It is too early.”',
    ['Monday al-Mansouri'],
    'a day’s name after a title is a given name before a surname a particle opens with a hyphen',
  ],
  [
    'Gary Pietrowski has voted Democrat since 1972.\n\n“My dad would be rolling in his grave,” said the 68-year-old retired millwright.',
    ['Gary Pietrowski'],
    'a phrase with an age right after its article is the person in sight, whatever its noun',
  ],
  [
    'Jane Ambrose asked Tom Ngata about an interview in which he called the pact “a bad deal.”',
    ['Tom Ngata'],
    'a relative clause inside another’s report speaks for its own subject',
  ],
  [
    'The files include a 2012 email in which a senior aide wrote that a donor “would like a few minutes.”',
    ['a senior aide'],
    'the outer report stops at a relative pronoun',
  ],
  [
    'Jane Doe was blunt when Tom Roe asked her about it: “We will win.”',
    ['Jane Doe'],
    'a question put in a when clause after the subject brings in the subject’s answer',
  ],
  [
    'Jane Doe told reporters when they asked about it: “We will win.”',
    ['Jane Doe'],
    'the answer to a question asked about something is the subject’s, past a pronoun for the askers',
  ],
  [
    'Jane Doe smiled when Tom Roe asked: “Why?”',
    ['Tom Roe'],
    'a question put alone is the asker’s',
  ],
  [
    'Her editor, the late Gordon Pratt-Wheeler, wrote to her: “This book will make your name.”',
    ['Gordon Pratt-Wheeler'],
    'the late before a name set off after a role belongs to the aside',
  ],
  [
    'She built it into Brightwater Freight AG, one of the largest logistics companies.\n\n“She was its conscience,” the company said.',
    ['Brightwater Freight AG'],
    'a legal form ends a company’s name, which the company stands for',
  ],
  [
    'The first question came from Carol Ann Duffy-Nguyen, 58, of Eastfield, who said she has cancer.\n\n“What happens to me?” she asked.',
    ['Carol Ann Duffy-Nguyen'],
    'where someone set off after a name is from is a place, never a later she',
  ],
  [
    'Rolf Albers spoke. The council had advertised for treasurer twice. “We win,” he said.',
    ['Rolf Albers'],
    'a lone singular noun for one person after a preposition names a post, no antecedent',
  ],
  [
    'Eilidh Roe paused. The board met in person on Monday. “We lose,” she said.',
    ['Eilidh Roe'],
    'in person names a manner, no one',
  ],
  [
    'Tom Roe thinks the deal is “a disaster.”',
    ['Tom Roe'],
    'a belief reported in its holder’s own words is theirs: think is a weak cue',
  ],
  [
    'Jane Doe spoke on Monday. She believes the plan is “dead on arrival.”',
    ['Jane Doe'],
    'believe is a weak cue, its pronoun resolved as any cue’s',
  ],
  [
    'Specifically, Tom Roe thought that “rates are too low.”',
    ['Tom Roe'],
    'thought that introduces its holder’s words',
  ],
  [
    'Tom Roe expressed hope that the deal would be “a turning point.”',
    ['Tom Roe'],
    'express is a weak cue: what someone expressed, in their words, is theirs',
  ],
  [
    'Jane Doe considers the plan “a disaster.”',
    ['Jane Doe'],
    'consider is a weak cue, its clause running into the quote',
  ],
  [
    'Jane Doe delivered an impassioned defense of “New York values.”',
    ['Jane Doe'],
    'deliver is a weak cue: what someone puts forward in their own words is theirs',
  ],
  [
    'Tom Roe supports “a balanced approach” to the budget.',
    ['Tom Roe'],
    'support is a weak cue: the stance someone puts in their own words is theirs',
  ],
  [
    'Jane Doe welcomed the “long overdue” reforms.',
    ['Jane Doe'],
    'welcome is a weak cue: the stance in someone’s own words is theirs',
  ],
  ['Tom Roe fears a “lost decade” for the region.', ['Tom Roe'], 'fear is a weak cue'],
  [
    'A post urges families to “trust natural immunity,” a claim health officials have repeatedly rejected.',
    ['a post'],
    'reject is no cue: a remark noun after the quote opens a clause whose subject heard the words',
  ],
  [
    'Ever since Tom Roe took office, he has said the same thing: “We will win.”',
    ['Tom Roe'],
    'Ever opening a sentence is an adverb, no name',
  ],
  [
    'The plan was “dead,” according to staff.',
    ['staff'],
    'a collective after a preposition still refers',
  ],
  [
    'Oluwaseun Adeyemi runs the clinic.\n\n“We have a plan,” she says.',
    ['Oluwaseun Adeyemi'],
    'a given name used for both genders rules no pronoun out',
  ],
  [
    'Jane Doe talked unless the judge ruled that it was “out of order.”',
    ['the judge'],
    'a that past a subordinate clause’s opener is that clause’s verb’s, not a weak cue’s',
  ],
  [
    '“Quotas matter,” said Margaret McAllister, a trade economist in Valparaíso.\n\n“A deal is possible,” the economist said.',
    ['Margaret McAllister', 'Margaret McAllister'],
    'a role set off after a name and placed by a phrase to the sentence’s end is the name’s',
  ],
  [
    'Zhao Tao, a father of three who lives in Valparaíso, traveled to Fresno.\n\nHe said: “We are tired.”',
    ['Zhao Tao'],
    'a role with a complement and a relative clause set off after a name is the name’s',
  ],
  [
    "Curtis Thornton, the chairman of the residents' association, spent Monday in Pune.\n\nHe told reporters: “We are tired.”",
    ['Curtis Thornton'],
    'a plural’s possessive mark inside the role’s complement',
  ],
  [
    'Jordan Reyes, a nurse, spoke to reporters on Monday. Reyes uses they/them pronouns.\n\n“The wards are full,” they said.',
    ['Jordan Reyes'],
    'someone who goes by they is they before a group named near them',
  ],
  [
    'Kelechi Ndiaye-Diallo, known to fans as “the Wall,” retired on Saturday.',
    [null],
    'a name someone goes by, set off after their name, is nobody’s words',
  ],
  [
    'Yewande Adeyemi, a reporter, interviewed Farhan Kulkarni, the mayor, on Wednesday.\n\nQ: “Has the government done enough?”\n\nA: “Residents should stay away.”',
    ['Yewande Adeyemi', 'Farhan Kulkarni'],
    'an interview’s turns are the interviewer’s and the interviewee’s',
  ],
  [
    'The transcript follows.\n\nQ: “Has the government done enough?”\n\nA: “Residents should stay away.”',
    [null, null],
    'a turn label with no interview introduced is no one, never a speaker Q',
  ],
  [
    'The Green Alliance won 12 seats on Sunday. “We are ready to govern,” the party said.',
    ['Green Alliance'],
    'a noun for a party stands for the body named last whose name fits it',
  ],
  [
    'The Evening Ledger endorsed the opposition. “Voters deserve better,” the newspaper wrote.',
    ['Evening Ledger'],
    'a noun for a paper stands for an outlet named last',
  ],
  [
    "The Dockworkers' Union said it would strike. “We will not be intimidated,” the union said.",
    ["Dockworkers' Union"],
    'a plural’s possessive mark inside a body’s name keeps the name whole',
  ],
  [
    "The People's Democratic Front endorsed the plan. “It works,” the party said.",
    ["People's Democratic Front"],
    'a front is a body’s name, and fits a party',
  ],
  [
    'The Farmers Federation met on Monday. “We are angry,” the federation said.',
    ['Farmers Federation'],
    'the federation stands for the federation named',
  ],
  [
    'The Evening Ledger called for new elections. Jane Doe did not comment. “Voters deserve better,” the paper wrote.',
    ['Evening Ledger'],
    'the paper is the outlet named, not the person in sight',
  ],
  [
    '“The next round will take place in the spring,” the Ministry of Trade and Industry said.',
    ['Ministry of Trade and Industry'],
    'two portfolios joined by and end a body’s name',
  ],
  [
    'Olivier Fontaine has fished the river below the mine near Pune for 30 years. “We were never consulted,” the fisherman said.',
    ['Olivier Fontaine'],
    'a place named near the one person in sight is no one: the phrase for their sort is theirs',
  ],
  [
    'Takeshi Okamoto spent 15 years as a stevedore at the port of Mombasa.\n\n“We are ready to talk,” said the former dockworker.',
    ['Takeshi Okamoto'],
    'a lone capitalized word with nothing of a person about it is no one in sight beside a full name',
  ],
  [
    "Park Sung-min, the team's captain, who has spent most of his life in Pune, has spent weeks pressing Choi Ha-eun, the club's head coach, who has lived in Pune with her family since 2005, for answers.\n\nChoi has not responded. “The referee made a difficult decision,” he said.",
    ['Park Sung-min'],
    'a relative clause set off after a name and its role shows the name’s gender by its his or her',
  ],
  [
    'Juan Carlos Villanueva, an environmental lawyer, speaking by phone from his car, said: “The damage is done.”',
    ['Juan Carlos Villanueva'],
    'past a participle’s aside, the role set off after a name is the name’s',
  ],
  [
    "Lucía Vargas, the head of the dockworkers' union, speaking outside her home, said: “We will not be intimidated.”",
    ['Lucía Vargas'],
    'and so is the body a role’s phrase ends on',
  ],
  [
    'Hiroshi Ishikawa Sr., a village chief, spoke with Ana Roe.\n\nANA ROE: “What happens next?”\n\nHIROSHI ISHIKAWA SR.: “We wait for rain.”',
    ['Ana Roe', 'Hiroshi Ishikawa Sr.'],
    'a label in capitals keeps a suffix’s stop',
  ],
  [
    "“Our members have not had a raise in six years,” the Dockworkers' Union said in a statement.",
    ["Dockworkers' Union"],
    'a body’s name with a plural’s mark after the quote and its cue',
  ],
  [
    "Kim: ‘My family cannot live on this’\n\nKim Ha-eun, the head of the dockworkers' union, struck a confident tone on Sunday. “The strike will continue,” she said.",
    ['Kim Ha-eun', 'Kim Ha-eun'],
    'a headline’s surname is the one person the story names in full by it',
  ],
  [
    'Ministry: ‘The new tax measures will take effect in January’\n\nThe Finance Ministry said in a statement on Tuesday: “Every ministry will have to make sacrifices.”',
    ['Finance Ministry', 'Finance Ministry'],
    'a headline’s noun for a body is the one body the story names by it',
  ],
  [
    'Jane Doe is the oldest teacher in Bergen.\n\n“We are tired,” the teacher said.',
    ['Jane Doe'],
    'a phrase after a name and a copula says what the name is, and is no one new',
  ],
  [
    'The Evening Ledger is the oldest newspaper in Gdańsk.\n\n“The country cannot wait,” the tabloid wrote.',
    ['Evening Ledger'],
    'a body said to be a newspaper is the tabloid after it; a name before a copula modifies no noun',
  ],
  [
    'Chief Negotiator Mateo de León Jr. was cautious. “Both sides have shown flexibility,” de León said.',
    ['Mateo de León Jr.'],
    'a surname of several words is the full name’s before its suffix',
  ],
  [
    "Jane Anyanwu, the country's chief negotiator, spent Wednesday in Kumasi.\n\nHe told reporters: “Nobody was consulted.”",
    [null],
    'a role set off after a name is the name’s, no second person a pronoun could take',
  ],
  [
    'County Administrator Paulina Dubois said afterward: “It is a compromise.”',
    ['Paulina Dubois'],
    'administrator, clerk and coordinator are titles before a name',
  ],
  [
    'Board Chair Victor Coelho offered a blunt assessment — “the best of several hard options” — before the vote.',
    ['Victor Coelho'],
    'a dash after a word, before a quote the sentence goes on past, joins as a colon does',
  ],
  [
    "Harlow Bank, the country's sixth-largest lender, set aside more money.\n\nIts chief executive spoke.\n\nOthers agreed.\n\n“We remain committed,” the lender said.",
    ['Harlow Bank'],
    'a noun for any body set off after a body’s name is its own, however far the phrase that takes it up',
  ],
  [
    'Nyberg, whom supporters call “Lightning”, was more modest. “It was fun,” Nyberg said.',
    [null, 'Nyberg'],
    'what people call someone, in capitals, is a name, nobody’s words',
  ],
  [
    'Clinton, whom critics call “a liar,” spoke first.',
    ['critics'],
    'a relative pronoun opens a clause, not the phrase: the critics call her that',
  ],
  [
    'Yusuf Vance, the author of “The Hidden Epidemic”, said the study was “reassuring.”',
    [null, 'Yusuf Vance'],
    'a title after the author of is a work’s',
  ],
  [
    'Another question asked Democrats how likely Clinton was to win, to which 21 percent said “not too likely.”',
    ['21 percent'],
    'which opens a clause: the phrase after it is the clause’s own subject',
  ],
  [
    '“The first year was hard,” said Jane Reyes, now 64.\n\nGregory Nakamura runs the store next door. “Nobody else can do it,” Nakamura said.\n\n“When I opened, I knew ten words,” the 64-year-old said.',
    ['Jane Reyes', 'Gregory Nakamura', 'Jane Reyes'],
    'an age set off with now, the stop kept on its number, is the name’s for a later phrase by age',
  ],
  [
    'Kwame Kimura was 18 when he enlisted. Now 91, the veteran spends Tuesdays at the pantry. “People think retirement means slowing down,” the veteran said.',
    ['Kwame Kimura'],
    'a day’s plural is no name and no one in sight',
  ],
  [
    'A banner on the airline’s website still promises “Fly Happy”.',
    [null],
    'an owner’s phrase after a preposition and its article is governed, no subject',
  ],
  [
    '“We will deepen cooperation,” the three ministers said in a joint statement.',
    ['three ministers'],
    'a count after the article goes on to its noun after the quote',
  ],
  [
    'Congress passed the bill on Monday. The vote split the Democrats. “This is your moment,” the party said.',
    ['the party'],
    'a body whose name ends in another sort’s noun is no party',
  ],
  [
    '“Not again,” sighed an exhausted Dr. Priya Nair.',
    ['Priya Nair'],
    'an article, a modifier and a title before a name',
  ],
  [
    '“Ready,” answered his co-pilot.',
    ['his co-pilot'],
    'a compound’s last part is its head: a co-pilot is someone',
  ],
  [
    '“Absolutely not,” came the reply from Deputy Minister Arjun Mehta.',
    ['Arjun Mehta'],
    'a reply that came from someone is theirs',
  ],
  [
    '“Sit down!” came the cry from protesters.',
    ['protesters'],
    'a cry that came from people is theirs',
  ],
  [
    '“Never!” came a shout from the back of the hall.',
    [null],
    'a shout from somewhere names no one',
  ],
  [
    'Jane Doe heard the officer yell “Show me your hands.”',
    ['the officer'],
    'a verb of perception’s object is the subject of the base form after it',
  ],
  [
    'Tom Roe said he heard the gunman shout “You did this” before he fired.',
    ['the gunman'],
    'words heard are the words of who was heard, past an outer report',
  ],
  [
    'Tom Roe was angry. Jane Doe heard him yell “Get out.”',
    ['Tom Roe'],
    'a perceived object pronoun resolves as the speaker',
  ],
  [
    'The plan passed on Monday, with critics calling it “a disaster.”',
    ['critics'],
    'with + a phrase + a participle: the phrase is the participle’s subject',
  ],
  [
    'The mayor left early, with aides insisting that “nothing is wrong.”',
    ['aides'],
    'the absolute construction’s phrase, not the clause’s subject',
  ],
  [
    'Tom Roe attacked Jane Doe, with his campaign saying she was “not a real conservative.”',
    ['his campaign'],
    'an owner’s phrase after with speaks for itself',
  ],
  [
    '“We will win.” Jane Doe said so in a statement.',
    ['Jane Doe'],
    'a sentence after the quote attributes it with `so` standing for the words',
  ],
  [
    '“We will win.” Jane Doe said as much on Tuesday.',
    ['Jane Doe'],
    '`as much` stands for the words too',
  ],
  [
    '“We will win.” That was how Jane Doe summed up the night.',
    ['Jane Doe'],
    'a cleft’s `that` is the quote; its cue may take an object',
  ],
  ['“We will win.” That’s what Jane Doe told reporters.', ['Jane Doe'], 'a contracted cleft'],
  ['“We will win.” So said Jane Doe.', ['Jane Doe'], '`so` before an inverted cue'],
  [
    '“We will win.” Jane Doe said so in a statement posted online.',
    ['Jane Doe'],
    'a participle modifying the adverbial’s object belongs to the cue group',
  ],
  [
    '“We will win,” Jane Doe, who has been in the job for three years and was once a bus driver herself, said.',
    ['Jane Doe'],
    'a relative clause set off after the name is one aside however long it runs',
  ],
  [
    'That was how Jane Doe won the race. “We will win,” she said.',
    ['Jane Doe'],
    'a cleft before no quote attributes nothing',
  ],
  [
    'Her grandson, Torvald Eke, met Ngaio Kerr at the door. “Welcome,” she said.',
    ['Ngaio Kerr'],
    'a kinship role set off before a name shows its gender (grandson)',
  ],
  [
    'His stepdaughter, Ngaio Kerr, met Torvald Eke at the door. “Welcome,” he said.',
    ['Torvald Eke'],
    'a kinship role set off before a name shows its gender (stepdaughter)',
  ],
  [
    'Coelho, 29, was more modest. “My teammates found me,” the 29-year-old guard said.',
    ['Coelho'],
    'an age set off after a sentence’s first word makes it a name; a position’s noun a body may share',
  ],
  [
    'Fans unfurled a banner reading “Never Give Up” before kickoff.',
    [null],
    'a participle after a thing words are written on gives an inscription, nobody’s words',
  ],
  [
    '“We see more,” said Tessa Kowalski of King’s College London.',
    ['Tessa Kowalski'],
    'a possessive inside the body a person is of stops no name',
  ],
  [
    'The Centers for Disease Control and Prevention issued guidance. “Call ahead,” the agency said.',
    ['Centers for Disease Control and Prevention'],
    'a plural head before `for`, and a field joined by `and`, stay in a body’s name',
  ],
  [
    'The Centers for Disease Control and Prevention issued guidance. “Call ahead,” the CDC said.',
    ['Centers for Disease Control and Prevention'],
    'a body keeps the initials it had before a field joined its name',
  ],
  [
    'Officials are tracking measles along the West Coast, and the TWSA issued new guidance.\n\n“Boil water,” the agency said in a statement.',
    ['TWSA'],
    'a region after `along` or `across` is no body a later `the agency` takes up',
  ],
  [
    'The agency posted a fact sheet, “What Parents Should Know”, on its website.',
    [null],
    'a title set off after a paper put out for the public',
  ],
  [
    'Nimbus Software cut 200 jobs on Monday.\n\n“We must adapt,” the software company said.',
    ['Nimbus Software'],
    'a body described with a word of its name is the body named',
  ],
  [
    'Palisade Holdings agreed to buy Cobalt Cloud Systems.\n\n“We must adapt,” the cloud provider said.',
    ['Cobalt Cloud Systems'],
    'a name taken for a person’s that has the modifier’s word was the body',
  ],
  [
    'Nimbus Software cut 200 jobs on Monday.\n\n“We must adapt,” the rights group said.',
    ['the rights group'],
    'a modifier no body named has is a body of its own',
  ],
  [
    'Complaints about Skyward Air have tripled.\n\n“Refunds are fast,” the airline said in a statement.',
    ['Skyward Air'],
    'a name whose last word says its sort is the body a noun of that sort takes up',
  ],
  [
    '“We call on all parties,” the ambassador to Chile, Desmond Ibrahim, told the council.',
    ['Desmond Ibrahim'],
    'a role’s `to` and what it serves stand before a name set off with its cue',
  ],
  [
    'Chilean Foreign Minister: ‘Our patience is not unlimited’\nChile’s prime minister, Tomas Petrov, met his Peruvian counterpart.\n\nChilean Foreign Minister Ana Quiroga warned that tensions remained.',
    ['Ana Quiroga'],
    'a headline’s title is the one person the story gives it',
  ],
  [
    '“No more,” said Mothers Against Drunk Driving.',
    ['Mothers Against Drunk Driving'],
    'a plural for people, `against` and a cause in capitals name a campaign group',
  ],
  [
    'Families for Safe Streets backed the bill. “No more,” the group said.',
    ['Families for Safe Streets'],
    'such a name opening a sentence is a name, which a later `the group` takes up',
  ],
  [
    'Attorneys for Clinton opposed the effort. “It was private,” they said.',
    ['attorneys'],
    'no cause after `for`: people, not a group’s name',
  ],
  [
    '“No one wanted this,” Rohan Deshpande said.\n\nThe meeting ran late, with 60 people signing up to speak.\n\n“Every student will have a seat,” he said.',
    ['Rohan Deshpande', 'Rohan Deshpande'],
    '`people` is a plural, no `he`',
  ],
  [
    'Kaveh Farahani, whose wife, Nomvula, was with him that day, said: “We will do everything.”',
    ['Kaveh Farahani'],
    'a relative clause after the opening name runs past an aside inside it to the cue',
  ],
  [
    'Mei Huang stops traffic for the children.\n\nHuang, a retired bus mechanic and grandmother of seven, moved here in 1987.\n\nThierry Dubois has known Huang for years. “They trust her,” he said.\n\n“Rain or snow, the kids come,” the retired bus mechanic said.\n\n“I know every kid,” said the grandmother of seven.',
    ['Thierry Dubois', 'Mei Huang', 'Mei Huang'],
    'roles joined by `and` in an aside are each the name’s',
  ],
  [
    'A longtime customer, Wanjiru Obuya, 52, came in at six.\n\nTom Roe, the owner, waved. “Morning,” he said.\n\n“I come every Saturday,” the customer said.',
    ['Tom Roe', 'Wanjiru Obuya'],
    'an indefinite role set off before a name is the name’s',
  ],
  [
    'Senate Minority Leader Harry Reid spoke. Ben Jealous, a former NAACP leader and a Sanders supporter, spoke too.\n\n“I would settle,” the Senate Democratic leader said.',
    ['Harry Reid'],
    'a word of the phrase tells two holders of its noun apart',
  ],
  [
    'Youssef Saleh came to Westbrook from Beirut in 2003.\n\nDieter Lind, the principal, has known Saleh for years. “The kids love him,” Lind said.\n\n“I know every kid by name,” the Beirut native said.',
    ['Dieter Lind', 'Youssef Saleh'],
    'where the subject comes from makes a later `the … native` theirs',
  ],
  [
    'Elif Çelik, holding a sign that read ‘Pray for Rain’, said: ‘The subsidies arrive late.’',
    [null, 'Elif Çelik'],
    'a relative clause whose antecedent is a sign gives an inscription',
  ],
  [
    'Water pooled in the stretch of Mill Street known locally as “the Bowl.”',
    [null],
    'a short name in marks after `known … as` names a thing',
  ],
  [
    'Prices rose.\n\n“We have put a fair offer on the table.”\n\nSo said the mayor of Millbrook, Declan Brennan, on Thursday.',
    ['Declan Brennan'],
    'a paragraph opening with an attribution takes up the quote alone before it',
  ],
  [
    '“We ran.” The words came from regional water official Tamar Shapiro.',
    ['Tamar Shapiro'],
    '`The words came from` names the speaker of the quote before',
  ],
  [
    '‘We have put a fair offer on the table.’ Yael Rosen shook her head. ‘Our door has been open.’',
    ['Yael Rosen', 'Yael Rosen'],
    'a short beat between quotes is the speaker of both',
  ],
  [
    'Fishermen on the wharf described a long week. “We lost it all,” one said. “Nothing moved,” said another.',
    ['one of the fishermen', 'another of the fishermen'],
    'a bare stand-in is one of the group the sentence before opens with',
  ],
  [
    'Jane Doe spoke. “I sat in my car,” one said.',
    ['one'],
    'with no group in sight a stand-in is only itself',
  ],
  [
    'Ashford General Hospital took a different view. “We saw everyone,” the hospital said.',
    ['Ashford General Hospital'],
    'a definite noun for a kind of body is the one body named with it as head',
  ],
  [
    'Retiree Arjun Chaudhry weighed in, ‘We need help.’',
    ['Arjun Chaudhry'],
    'a noun for people opening the sentence is no part of the name after it',
  ],
  ['Hunter Biden said: “No.”', ['Hunter Biden'], 'a given name that is a noun too stays the name'],
  [
    'Friends of Harrow Farm disagreed. “We will appeal,” the group said.',
    ['Friends of Harrow Farm'],
    'friends of a cause name a group',
  ],
  [
    'Friends of Jane Doe said she was tired. “We are tired,” they said.',
    ['friends'],
    'friends of a person are people',
  ],
  [
    'The Westbrook Lakers beat the Ashford Blades 98-91 on Friday.\n\nNdlovu left the game with a hamstring injury. “He will be assessed,” the club said in a statement.',
    ['Westbrook Lakers'],
    'the club is the team named by its nickname, not the player named before',
  ],
  [
    '“We walked,” hospital orderly Stavros Papadakis said.',
    ['Stavros Papadakis'],
    '`orderly` is a noun, no adverb',
  ],
  [
    'Workers at the fish plant described a long week. ‘We lost,’ one said.',
    ['one of the workers'],
    'a group named at the opening of a sentence is written in lower case in a stand-in’s name',
  ],
  [
    'Kaveh Karimi spoke.\n\nThe union wants raises of 11 percent over three years.\n\n“We have put a fair offer on the table,” he added.',
    ['Kaveh Karimi'],
    'a share (`11 percent`) is plural, no `he`',
  ],
  [
    '“We were never told,” said Sipho Dlamini.\n\n“Heat kills.” Astrid Nyberg paused. “Check on your neighbors.”',
    ['Sipho Dlamini', 'Astrid Nyberg', 'Astrid Nyberg'],
    'a beat after a paragraph’s opening quote is its speaker, over one carried on',
  ],
  [
    '“We were never told,” said Sipho Dlamini.\n\n“Heat kills.”\n\nSo said Astrid Nyberg at a packed meeting.',
    ['Sipho Dlamini', 'Astrid Nyberg'],
    'words pointing back name the speaker of the quote alone before, over one carried on',
  ],
  [
    '“We will strike,” United Metalworkers Local 412 said.',
    ['United Metalworkers Local 412'],
    'a union local’s number is part of its name',
  ],
  [
    'Northstar Energy said in a news release on Sunday that it was reviewing the situation. “We are sorry,” it said.',
    ['Northstar Energy'],
    '`it said` is the name that put out a paper, though it looked like a person’s',
  ],
  [
    '“We build homes,” a spokeswoman for Ridgeline Homes said.\n\n“Traffic will be routed away,” the company said.',
    ['a spokeswoman', 'Ridgeline Homes'],
    'whom a spokesperson speaks for is a body',
  ],
  ['Jane Doe spoke. “We are sorry,” it said.', [null], 'a person is no `it`'],
  [
    'Some fishermen on the wharf described the science as “guesswork.”',
    ['some fishermen'],
    'a phrase `on` opens modifies the subject before the cue, and `fishermen` is people',
  ],
  [
    'Regulars at the Axle Diner had plenty to say. One said: “We were loyal.”',
    ['one of the regulars'],
    'plurals for people no ending shows are groups a stand-in is one of',
  ],
  [
    '“We need a plan,” Texas-based Matt Mackowiak said.',
    ['Matt Mackowiak'],
    'a place joined to a participle (`Texas-based`) is no part of the name',
  ],
  [
    'Complaints about Skyward Air have tripled since April.\n\n“They charged me twice,” said Hannah Roe, a teacher.\n\nPassengers waited three days.\n\n“Most refunds now take ten days,” the airline said.',
    ['Hannah Roe', 'Skyward Air'],
    'a noun for a sort of body finds the one body whose name says that sort, however far back',
  ],
  [
    '“Nobody hires at these wages,” Pieter Roe said.\n\nLatoya Doe has followed the dispute closely.\n\nHe added: “We made them money.”',
    ['Pieter Roe', 'Pieter Roe'],
    '`he added` goes on from someone who spoke, before someone named since who did not',
  ],
  [
    '“We lost everything,” said Emre Roe.\n\nTraffic on the bridge backed up for two miles.\n\n“I walked three miles,” he added.',
    ['Emre Roe', 'Emre Roe'],
    'a capitalized word opening a sentence is no one who spoke before `he added`',
  ],
  [
    '“Rents have doubled,” Emre Roe said.\n\nAoife Doe said rents in the village of Dunmore had doubled.\n\n“My paycheck goes to rent,” she said. “We need homes,” he said.',
    ['Emre Roe', 'Aoife Doe', 'Emre Roe'],
    'what the noun for a settlement is `of` is a place, no `he`',
  ],
  [
    '“We need help now,” Rep. Tom Roe said.\n\nRowena Doe, the owner of a store on Mill Street, has lived there for decades.\n\n“These families did nothing wrong,” he said.',
    ['Tom Roe', 'Tom Roe'],
    'a name ending in a word for a street is a place, no `he`',
  ],
  [
    'The Public Utilities Commission disagreed.\n\nNorthstar Energy said in a news release that it was reviewing the situation. “Outages protect the grid,” it said.',
    ['Northstar Energy'],
    '`it` after a sentence whose subject put out a paper is that subject, before a body named further back',
  ],
  [
    'About 2,400 transit workers walked off the job.\n\nTransit Workers Union Local 1790 said in a statement: “Our members are ready.”',
    ['Transit Workers Union Local 1790'],
    'a sentence opener before capitals a body’s noun ends begins the name, though the text writes it in lower case',
  ],
  [
    '“The union will fight this closure,” according to a statement from United Metalworkers Local 412.',
    ['United Metalworkers Local 412'],
    'a short number’s full stop at the paragraph’s end ends the sentence, not the number',
  ],
  [
    'The school board voted 5-2.\n\nThe Westbrook Unified School District took a different view. “Buses will run,” the district said.',
    ['Westbrook Unified School District'],
    'a definite noun that is the last word of a long name in sight is that name’s',
  ],
  [
    '“They told us,” the chief executive of Ashford General Hospital, Jun Zhou, explained.',
    ['Jun Zhou'],
    'a role’s phrase that stopped inside a run of capitals (at `General`) runs to the run’s end, then the name set off',
  ],
  [
    '“They told us,” the president of Transit Workers Union, Kaveh Karimi, said.',
    ['Kaveh Karimi'],
    'a body named without its article after a role’s `of` is no part of who speaks',
  ],
  [
    '“They told us,” said the president of United Metalworkers Local 412, Farid Haddad.',
    ['Farid Haddad'],
    'a number ends a body’s name, never a person’s after a title’s complement',
  ],
  [
    'Fisheries Minister Latoya Washington said: “We will support fishing communities.”\n\nWashington said, “If we do nothing, there will be no fishery.”',
    ['Latoya Washington', 'Latoya Washington'],
    'a place’s name that is the surname of someone named in full is that person’s',
  ],
  [
    '“We were never told,” said Rowena Roe.\n\n“This school is the heart of the neighborhood.” Otieno Doe, a parent of two Lakeview students, looked out the window. “We will be back.”',
    ['Rowena Roe', 'Otieno Doe', 'Otieno Doe'],
    'an aside set off by commas counts for nothing in a short beat between quotes',
  ],
  [
    '“Our forces have withdrawn,” said one military official.\n\n“We have no water,” said another.',
    ['one military official', 'another military official'],
    'a stand-in after the first is another of whatever the first was one of',
  ],
  [
    'Dozens of homeowners lingered after the vote.\n\n“I have never seen this,” one said.\n\n“The roads are falling apart,” another added.',
    ['one of the homeowners', 'another of the homeowners'],
    'a stand-in two paragraphs after its group is another of the group the first one named',
  ],
  [
    'Hydrologist Grzegorz Nowak struck a different tone. “The river is the reason this town exists.”',
    ['Grzegorz Nowak'],
    'a noun in -ist opening the sentence is what the person is, not part of the name',
  ],
  [
    'Striker Katarzyna Doe said: “The boys never stopped running.”\n\nWalker Roe said: “We were lucky.”',
    ['Katarzyna Doe', 'Walker Roe'],
    'a noun in -er before a given name is what the person is; before a surname it is the given name',
  ],
  [
    'Officials at the Institute for Marine Research met on Monday.\n\nA statement from the institute read: “The result is robust.”',
    ['Institute for Marine Research'],
    'a paper from a definite noun for a body speaks for the body named',
  ],
  [
    'A spokeswoman for the Transit Workers Union spoke on Monday.\n\nThe union’s statement called the route cuts “overdue”.',
    ['Transit Workers Union'],
    'a paper owned by a definite noun for a body speaks for the body named',
  ],
  [
    'The Greyhaven Regional Police arrested two men.\n\n“The investigation is continuing,” police said.',
    ['Greyhaven Regional Police'],
    '`police` is the one police force the text named',
  ],
  [
    'This is not the first time that this CNN “reporter” has revealed her bias on Twitter. “I was suspended,” she said.',
    [null, null],
    'a network after `on` is where words were put, no one `she` may be',
  ],
  [
    'Maricel Doe, whose report “A City Out of Breath” caused a stir, said: “The result is robust.”',
    [null, 'Maricel Doe'],
    'a title in capitals right after a paper’s noun is the paper’s title, nobody’s words',
  ],
  [
    'A banner hung from the footbridge read “Trust the Data.”',
    [null],
    'a cue whose subject is a thing words are written on gives an inscription',
  ],
  [
    'The crowd outside chanted “Shame!”',
    ['the crowd'],
    'an adverb of place after the subject’s noun stands between it and its cue',
  ],
  [
    'Friends of the Orun River said: “We are ready.”\n\n“The river is the reason,” according to a statement from Friends of the Earth.',
    ['Friends of the Orun River', 'Friends of the Earth'],
    'a cause’s article stays inside a campaign’s name, opening a sentence or not',
  ],
  [
    'Tunde Roe spoke first.\n\nIn Roe’s words, the renovation is “overdue.” The plan, in his own words, is “a gift.”',
    ['Tunde Roe', 'Tunde Roe'],
    '`in X’s words` gives the words’ owner, as `in the words of X` does',
  ],
  [
    'Composer Tran Quoc Hung called it “overdue.”\n\nEngineer Hoa Doe said: “We are ready.”',
    ['Tran Quoc Hung', 'Hoa Doe'],
    'a noun in -er or -eer before a name of two words or more is what the person is',
  ],
  [
    'Judge Sefa Roe spoke after prosecutor Dawit Bekele.\n\n“Bekele and I do not agree on everything, but we agree on this,” he said.',
    ['Sefa Roe'],
    'a quote that calls someone by surname alone is someone else’s: `he` is the next man in sight',
  ],
  [
    '“We are wet,” meteorologist Rania Roe said.\n\nMereana Doe, 61, the town’s fire chief, said: “We have beds.”\n\n“Storms are stronger,” the meteorologist said.',
    ['Rania Roe', 'Mereana Doe', 'Rania Roe'],
    'a noun for what someone does right before their name is a role a later phrase finds',
  ],
  [
    '“I want it replicated,” said Levente Roe, 50, a doctoral student who collected the samples.\n\n“We were surprised,” said Thandiwe Doe, a researcher.\n\nAsked about Doe’s comments, the student said: “This does not mean the problem is solved.”',
    ['Levente Roe', 'Thandiwe Doe', 'Levente Roe'],
    'a relative pronoun whose antecedent is a role set off after a name stands for the name, and makes no one new',
  ],
  [
    'After Gábor Roe finished speaking, hydrologist Gurdeep Doe stood up and said: “I had ten minutes.”',
    ['Gurdeep Doe'],
    'a clause a subordinator fronts has a subject of its own; the cue’s clause starts past its comma',
  ],
  [
    'Siobhán Roe, the principal of Harbor View Elementary, said: “No teacher wants to strike.”',
    ['Siobhán Roe'],
    'a school named by its grade is a body after a role’s `of`, no person’s name',
  ],
  [
    'Residents came to a council meeting on Sunday.\n\nOfficials at the Caldera Bay City Council spoke.\n\nThe council, whose former head Layla Roe resigned in March, said in a statement: “We were elected to make hard choices.”',
    ['Caldera Bay City Council'],
    'a body’s noun is the body named with it as head since a phrase that only used the noun',
  ],
  [
    'The Norvaland Foreign Ministry said: “We will defend every town.”\n\nNorvaland Foreign Ministry spokesperson Oluwaseun Roe said: “We are burying people.”\n\nThe ministry’s statement called the offensive “a first step.”',
    ['Norvaland Foreign Ministry', 'Oluwaseun Roe', 'Norvaland Foreign Ministry'],
    'a body’s noun is the body, not a person whose title only holds the noun',
  ],
  [
    'The Office of the Public Prosecutor filed charges on Monday.\n\n“The sentence is fair,” the Office said.',
    ['Office of the Public Prosecutor'],
    'a body’s noun alone, capitalized as its name is, is the one body named with it as head',
  ],
  [
    '“Nobody came,” said Kenji “The Flood” Roe, a farmer.\n\n“It rose fast,” Roe said.',
    ['Kenji Roe', null, 'Kenji Roe'],
    'a name goes on past a nickname in marks, which is nobody’s words',
  ],
  [
    'Q: Meteorologist Thuy Roe has called the evacuation order “too slow.” Is she wrong?',
    ['Thuy Roe'],
    'a noun for what someone does after a label’s colon is capitalized as a first word is: no part of the name',
  ],
  [
    '“We have no heat,” said Defne Roe, a school caretaker. “I have taught here for years,” said another.',
    ['Defne Roe', 'another caretaker'],
    'a bare stand-in after a speaker given a sort is one more of that sort',
  ],
  [
    'Residents returned home on Monday.\n\n“The water rose fast,” said Kang Doe, a farmer. “We lost everything,” another added.',
    ['Kang Doe', 'another farmer'],
    'the last speaker’s sort, in the stand-in’s paragraph, comes before a group in an earlier one',
  ],
  [
    'The race was close.\n\nCandidate Eoin Roe addressed the council on Saturday.\n\nExcerpts From Roe’s Remarks\n\n“We knocked on 40,000 doors.”\n\n“The numbers do not add up.”',
    ['Eoin Roe', 'Eoin Roe'],
    'a subhead that announces words gives the quotes below it to the one it names',
  ],
  [
    'The race was close.\n\nMayor Ana Doe spoke first. Tom Roe responded later in the day.\n\nRead Doe’s Full Statement\n\n“We will rebuild.”\n\nHow Roe Responded\n\n“The budget is what it is.”',
    ['Ana Doe', 'Tom Roe'],
    'a cue in title case announces words too, and the next subhead hands over to whom it names',
  ],
  [
    'Schools will close.\n\nParent campaigner Anders Roe made a short statement to the press. His remarks have been lightly edited.\n\nIn His Own Words\n\n“This is a decision made in an office.”',
    ['Anders Roe'],
    'a subhead that names no one announces the words of whom the paragraph before set up',
  ],
  [
    'Rents rose.\n\nAshgrove Homes issued a statement on Monday. It is reproduced below.\n\nThe Statement in Full\n\n“We remain committed to a solution.”',
    ['Ashgrove Homes'],
    'so does one for a body’s statement',
  ],
  [
    'The race was close.\n\nMayor Ana Doe spoke first.\n\nExcerpts From Lindqvist’s Remarks\n\n“We will rebuild.”',
    [null],
    'a subhead naming someone the text does not know gives the quotes to no one',
  ],
  [
    'Rents rose.\n\n“Rents are rising.” That was the verdict of economist Ama Roe.',
    ['Ama Roe'],
    'a demonstrative, a copula and someone’s words give the quote before them to that someone',
  ],
  [
    'Rents rose.\n\n“Rents are rising.” Such was the blunt warning from Ama Roe, a builder.',
    ['Ama Roe'],
    'so do `such`, a word for what sort of words, and `from`',
  ],
  [
    'Rents rose.\n\n“Rents are rising.” The words came from Ama Roe.\n\n“We will see.” That was how Mayor Tom Doe put it.',
    ['Ama Roe', 'Tom Doe'],
    'words that pointed back are spent on the quote before them: the next quote’s own sentence says whose it is',
  ],
  [
    'The following interview with Siobhan Roe, a biologist, has been edited for length.\n\nQ: Last month you called the project “an open wound.” Do you still think so?\n\nA: My message to our members is simple: “It is not my job to defend it.”',
    ['Siobhan Roe', 'Siobhan Roe'],
    'in an interview’s turns a question’s `you` and an answer’s `my` are the interviewee the text introduced',
  ],
  [
    'Tom Roe spoke to us about the strike. Excerpts:\n\nHOST: What went wrong?\n\nA: I told the council at the time, “We warned them.”',
    ['Tom Roe'],
    'so is whoever spoke to the paper, and an answer’s `I`',
  ],
  [
    'Prices rose again.\n\n“We will pay,” Jane Doe said. “It is a bargain,” you might think.',
    ['Jane Doe', null],
    'outside an interview `you` is no one the text names, and no quote of its own carries on',
  ],
  [
    '“It was decided,” said Goran Roe, the director.\n\nBut Na-rae Doe, who moved here a decade ago, was unconvinced. “We are angry.”',
    ['Goran Roe', 'Na-rae Doe'],
    'a sentence that sets a quote up may open on a word that links it to the one before',
  ],
  [
    '“It was fine,” Zsofia Roe said.\n\n“It was not,” Tom Doe said.\n\nRoe was asked what comes next. “We are not giving up.”',
    ['Zsofia Roe', 'Tom Doe', 'Zsofia Roe'],
    'the subject of a question put to them in the passive gives the answer the next sentence quotes',
  ],
  [
    'Ministry of Transport and Ports Says ‘Nobody Is Above the Law’\n\n“It is fine,” the Ministry of Transport and Ports said.',
    ['Ministry of Transport and Ports', 'Ministry of Transport and Ports'],
    'a body’s name goes on past `and` to a plural after its link, before a cue in capitals too',
  ],
  [
    'Residents are angry.\n\nJane Doe wrote to the council in May. The letter said: “We are flooded.”',
    ['Jane Doe'],
    'whoever wrote to someone sent the letter a later `the letter said` quotes',
  ],
  [
    'While Doe condemned it, the groups who wrote to her on Thursday say they are worried.\n\n“We are afraid,” the letter says.',
    ['the groups'],
    'the writer is the phrase right before `wrote to`, a relative pronoun’s antecedent too',
  ],
  [
    'Prices rose.\n\nA pilot who has flown here for years sounded weary. “Nobody expected this.”',
    ['a pilot'],
    'a beat that brings someone in by what they do sets up the quote after it',
  ],
  [
    'Prices rose.\n\nLaszlo Roe, the director of the station, paused before answering. “It should worry everyone.”',
    ['Laszlo Roe'],
    'a cue’s participle after `before` is the answer the quote gives, no report of its own',
  ],
  [
    'With Doe, the FBI’s bad rep grows.\n\n“I would rather not.” That quote appeared in 1980.',
    [null],
    'a phrase with an owner for its article sets nothing up',
  ],
  [
    'Prices rose.\n\n“If we lose it, then—” Talia Roe, a biologist, began, before stopping.\n\n“We had hoped that it would…” a mechanic who asked not to be named began.',
    ['Talia Roe', 'a mechanic'],
    'whoever began words that break off, right after them, past an aside or a relative clause',
  ],
  [
    'Prices rose.\n\n“We will win,” Jane Doe said. “It is done.” Tom Roe began the meeting.',
    ['Jane Doe', 'Jane Doe'],
    '`began` reports no words that do not break off',
  ],
  [
    'Polls closed.\n\n“It is fine,” said the hospital’s newly appointed pharmacist.',
    ['the hospital’s newly appointed pharmacist'],
    'after an owner an adverb goes with the word for what they are, in the phrase',
  ],
  [
    'Prices rose.\n\nJane Doe raised the obvious question: “Who pays?”',
    ['Jane Doe'],
    'a cue word after `the` and an adjective in -ous is a noun: the adjective is no plural subject',
  ],
  [
    'Rents rose.\n\nJane Doe said Tom Roe had told her in a letter: “We warned them.”',
    ['Tom Roe'],
    'an inner cue right in the reported clause whose colon opens a whole sentence gives its subject’s words',
  ],
  [
    'Rents rose.\n\nTom Roe spoke on Monday. He said he often thinks of what his parents told him: “Be kind to the poor.”',
    ['Tom Roe'],
    'but a cue further inside the report leaves the words to the outer source',
  ],
  [
    'Rents rose.\n\nJane Doe testified that Tom Roe shouted “Nobody needs to see those invoices” when she asked.',
    ['Tom Roe'],
    'an inner speaker the sentence names may open the sentence in marks right after the cue, or after a comma',
  ],
  [
    'Rents rose.\n\nJane Doe said Tom Roe supports “Hillary-style healthcare” now.',
    ['Jane Doe'],
    'right after the cue a capital that opens a name opens no sentence: the report stays the outer source’s',
  ],
  [
    'Leilani Roe returned to Port Maren on Thursday.\n\n“It was hard,” she said.\n\nBoats from Port Maren are tied up.\n\nShe told reporters: “It is too early to say.”',
    ['Leilani Roe', 'Leilani Roe'],
    'a two-word name a word for a place’s kind opens is a place, no one’s `she`',
  ],
  [
    'Eirik Roe returned to Temu Valley on Monday.\n\n“It was hard,” he said.\n\nThe observatory near Temu Valley took nine years to build.\n\n“We will be back,” he noted.',
    ['Eirik Roe', 'Eirik Roe'],
    'so is a name a word for a feature of the land ends',
  ],
  [
    'The council voted.\n\nA report published by Bridgewell Engineering on Thursday said: “Decisions were rushed.”',
    ['Bridgewell Engineering'],
    'a paper speaks for whoever put it out, past the participle that says so',
  ],
  [
    'Fires burned.\n\nIn an editorial, the Valdora Gazette said: “The public was kept in the dark.” “Someone must answer,” the influential daily added.',
    ['Valdora Gazette', 'Valdora Gazette'],
    'a word for what an outlet is like does not have to be in its name',
  ],
  [
    '“We were lucky,” Jane Doe said. Critics say it is the latest round of so-called “efficiency savings”.',
    ['Jane Doe', null],
    'a term after `so-called` is nobody’s, in a sentence a cue reports too',
  ],
  [
    '“We were lucky,” Jane Doe said. The “interim” budget has been in force for two years.',
    ['Jane Doe', null],
    'a modifier in marks between an article and its noun carries no one on',
  ],
  [
    '“We were lucky,” Jane Doe said. Talks aimed at securing “a fair and lasting settlement” are due to resume.',
    ['Jane Doe', null],
    'words in marks a verb follows stand in the subject and carry no one on',
  ],
  [
    '“We cannot keep patching it,” said Defne “the Mayor of Dock Street” Roe, the commissioner.',
    ['Defne Roe', null],
    'a nickname between name words may hold the link words of a title in lower case',
  ],
  [
    'Ayşe Roe, known to everyone in Lake Tamsin as ‘Big Sal’, said: ‘I think people are tired.’',
    [null, 'Ayşe Roe'],
    'what a name is known as, past who knows it and where',
  ],
  [
    '“It was fine,” said a legal expert.\n\n“Everything the Tide Took”, a play about the verdict, opens on Monday.',
    ['a legal expert', null],
    'a title in capitals a noun for a work renames after it is nobody’s words',
  ],
  [
    '“Automation is coming,” said Harbourmaster Yannis Roe.\n\n“I have never seen—” Stationmaster Piotr Doe began.',
    ['Yannis Roe', 'Piotr Doe'],
    'right after a cue or a quote, a capitalized noun for what someone does before a name is a title',
  ],
  [
    '“We will ask for patience,” said Cillian Roe II.',
    ['Cillian Roe II'],
    'but not a given name in -ian there',
  ],
  [
    'Prices rose.\n\nPublican Joanna Roe said: “We lost everything.”\n\nFerryman Tomasz Doe said: “Where were the sandbags?”',
    ['Joanna Roe', 'Tomasz Doe'],
    'a compound in -man and a noun for someone no ending shows are roles before a name too',
  ],
  [
    'The museum reopened.\n\n“It is art,” said Femi Roe, a critic.\n\nOlivier Doe, the culture minister, struck a more cautious note.\n\n“We had 11,000 visitors.”',
    ['Femi Roe', 'Olivier Doe'],
    'a cue word after `a`, a word of degree and a modifier is a noun: the sentence sets the quote up',
  ],
  [
    'Bluefen Energy announced on Thursday that the show would be postponed. Ticket sales for the opera opened on Friday.\n\n“We owe it to them,” the company said in a statement.',
    ['Bluefen Energy'],
    'a capital before a plural that a preposition follows says which thing: no body speaks',
  ],
  [
    'Mirhaven Pharmaceuticals said on Wednesday that the recount would be expanded. Turnout in Vesterholm reached 64 percent.\n\n“We will keep pushing,” the company said.',
    ['Mirhaven Pharmaceuticals'],
    'nor does a one-word capital a preposition follows',
  ],
  [
    'Rents rose.\n\n“We urge all parties to talk,” Tenants First said.\n\nTenants United said: “We won.”',
    ['Tenants First', 'Tenants United'],
    'a capitalized plural noun for people opens a body’s name, no role of a person',
  ],
  [
    '“Reading is a door,” said Heike Vogel.\n\nVogel, now 74, a retired librarian, came here in 1998.\n\n“Nobody ever,” said Rashid Roe.\n\n“Some are older,” said the retired librarian.',
    ['Heike Vogel', 'Rashid Roe', 'Heike Vogel'],
    'an age with a word before it, set off after a name, leaves the role after it the name’s',
  ],
  [
    '“You did your homework,” said Liv Roe, 42, a former student who is now a paramedic.\n\n“It was fine,” said Bogdan Doe.\n\n“I was 14,” the paramedic added.',
    ['Liv Roe', 'Bogdan Doe', 'Liv Roe'],
    'a relative clause in the aside gives a role with its copula',
  ],
  [
    'Prices rose.\n\nThe plan never addresses the obvious question: “Who pays?”\n\nTom Roe did not say: “We will win.”',
    [null, null],
    'a quote a colon opens after a denied cue, or a question a denied verb takes, is nobody’s',
  ],
  [
    'Prices rose.\n\nJane Doe did not mince words: “Nobody came.”',
    ['Jane Doe'],
    'an idiom that denies only how still hands the quote to its subject',
  ],
  [
    '“We’ll See What Happens”: Santos Breaks Silence on Housing\n\nRents rose last year.\n\nDeveloper Rodel Santos said it was “a lifeline.”',
    ['Rodel Santos', 'Rodel Santos'],
    'a headline’s run of capitals is the one person named later whose name ends in its opening words',
  ],
  [
    'The mayor, who spoke at a rally, said the plan was dead. “Nobody should wait.”\n\nJane Doe, speaking to reporters, said the vote would fail. “We tried.”',
    ['the mayor', 'Jane Doe'],
    'an aside with a cue of its own after the subject leaves the sentence reporting its subject',
  ],
  [
    'Tom Lee met Ana Roe. Afterward, Lee said: “We agree.”\n\nA senior official, who spoke on condition of anonymity because the talks were private, said Bo Chen had been told. “Nobody should wait,” he added.',
    ['Tom Lee', 'a senior official'],
    'who adds to what the sentence before reported is whom it reported',
  ],
  [
    '“We tried,” Vesna Babic said.\n\nHer remarks came a day after Semisi Fonoti suggested that the plan was dead.\n\n“We will keep pushing,” she added.',
    ['Vesna Babic', 'Vesna Babic'],
    'someone reported in a clause a subordinator opens has not spoken for a later `added`',
  ],
  [
    'Jane Doe spoke with Tom Roe, the chief engineer, noting that “we asked for a review.”\n\nAna Lee met Bo Chen, who farms along the river, adding that “nobody will be left behind.”',
    ['Jane Doe', 'Ana Lee'],
    'a role or relative clause set off after an object is the object’s, not a participle’s subject',
  ],
  [
    'In response to the plan, Jane Doe’s chief aide rallied supporters, saying: “We have to be ready.”\n\nTom Roe was asked by host Ana Lee, who backs Roe, “Why now?”',
    ['Jane Doe’s chief aide', 'Ana Lee'],
    'a phrase after a comma with a verb of its own opens a clause; a passive’s agent is no object',
  ],
  [
    '“We tried,” Malia Vaipulu said.\n\nTurnout in Mirhaven reached 64 percent.\n\n“We will keep pushing,” she said.',
    ['Malia Vaipulu', 'Malia Vaipulu'],
    'a one-word capital opening a sentence about things is no one a pronoun stands for',
  ],
  [
    'Tom Lee met Republican Jane Doe on Monday. “We won,” she said.',
    ['Jane Doe'],
    'a party’s word before a name is what the person is, not a word of the name',
  ],
  [
    'Talks stalled.\n\nA statement from the city council read:\n\n“We will return.”\n\nBrightwater Energy Ltd. said: “We regret it.”',
    ['the city council', 'Brightwater Energy Ltd.'],
    'a paper from a body the text describes is the body’s; a legal form keeps its full stop',
  ],
  [
    'Kim Hye-jin met Tom Roe.\n\nThe central bank of Maresia and negotiators from Korvenia and Estrava met, according to official figures.\n\n“We will win,” she said.',
    ['Kim Hye-jin'],
    'a word a body’s noun is `of`, one joined to a placed word, and `official` before a noun are no one',
  ],
  [
    '‘This is not over’: a conversation with Liesbeth de Vries\n\nInterview by Han Eun-ji\n\nQ: What next?\n\nA: We lost. “Football is a results business.” That is what I told the board.',
    ['Liesbeth de Vries', 'Liesbeth de Vries'],
    'an interview’s title gives its quote to the one talked with, who is `I` in the answers',
  ],
  [
    'Vogel says ‘embarrassing’ as fans protest outside stadium\n\nThe club sacked its manager.\n\n“We deserve better,” Pieter Vogel said.\n\nNothing the president said “will assuage people’s fears,” the senator said. It could be termed “influence peddling,” the Post reported.',
    ['Pieter Vogel', 'Pieter Vogel', 'the senator', 'Post'],
    'a cue right before a quote is its own, unless passive or the quote goes on as the verb',
  ],
  [
    'Economists use the term “brain drain” to describe the loss. The hacking group calls itself “Night Owl”.\n\nTom Roe spoke, saying his use of the term “Palestine” to refer to the land was wrong.',
    [null, null, 'Tom Roe'],
    'a present `use` of a term for a purpose, and a name given to oneself, quote no one',
  ],
  [
    'Prices rose.\n\nEngineers who worked on the line described the opening as “worth the wait.”\n\n“In all my years,” an engineer who inspected the levee said, “I have never seen this.”',
    ['engineers', 'an engineer', 'an engineer'],
    'a plural for people opening a sentence is a group; a relative clause’s object is no subject',
  ],
  [
    'Talks stalled.\n\n“Nobody worked harder,” Eilidh Roe said of Jane Doe. “We own it,” she added.\n\nTom Lee said in a statement that the claims, which he added “are false,” would be fought.',
    ['Eilidh Roe', 'Eilidh Roe', 'Tom Lee'],
    '`added` after a quote is who spoke there, but not past a subject of its own sentence',
  ],
  [
    'Prices rose.\n\nThe Meridian Post wrote in an editorial: “Act now.”\n\n“Voters deserve better,” the editorial said. The truce was “a violation,” according to Hope Across Borders.',
    ['Meridian Post', 'Meridian Post', 'Hope Across Borders'],
    'a paper’s name is an outlet’s; a preposition in capitals inside a name keeps it one group’s',
  ],
  [
    'Personal data belonging to many people was exposed.\n\nThe 32-year-old seamstress called the breach “a mess.” “Nobody is ready,” she said.',
    ['the 32-year-old seamstress', 'the 32-year-old seamstress'],
    'a capital before a noun and a participle is no one a later description stands for',
  ],
  [
    'Prices rose.\n\nJane Doe, the union’s lawyer, was the last to speak. “We will appeal.”\n\nTom Roe declined to comment. “It is over.”',
    ['Jane Doe', null],
    'a turn to speak hands the next quote to the subject; declining to comment hands on nothing',
  ],
  [
    'Prices rose.\n\nEleni Papadakis, a former corrections officer and mother of three, moved here.\n\n“Nobody gets turned away,” the former corrections officer said.',
    ['Eleni Papadakis'],
    'an aside of two roles joined by `and` is the name’s, each of them',
  ],
  [
    'Prices rose.\n\nA report by the Ministry of Health found “no evidence of wrongdoing” in the project. The audit concluded “serious weaknesses” remained.',
    ['Ministry of Health', 'Ministry of Health'],
    'a paper opening its clause before a verb of finding gives the quote; so does its publisher, whom `the audit` takes up as it would `the report`',
  ],
  [
    'Two nurses spoke on the condition that their names not be used.\n\n“Nobody came,” said one. “We are not against change,” said the other.\n\nVoters lined up outside. Some said it was “half-baked”. Others were less sure. “I am tired,” said one.',
    [
      'one of the two nurses',
      'the other of the two nurses',
      'some of the voters',
      'one of the voters',
    ],
    'the other of two, and a share of a group, are of the group in sight; a share is no group',
  ],
  [
    'Talks resumed.\n\nEmre Roe quoted Omar Saleh as saying: “We made mistakes.”\n\nJane Doe read aloud from a note left by Tom Lee: “It is done.” Ana Roe read from a prepared statement: “We regret it.”',
    ['Omar Saleh', 'Tom Lee', 'Ana Roe'],
    'the one an active `quoted` names, and the writer of a paper read out, said the words',
  ],
  [
    'Prof. Jane Roe of Dunmere State University and Dr. Tom Lee led the study.\n\n“It ends two studies,” the professor said. In an email, K.C. Mizrahi, the director, wrote: “Talks were frank.”\n\n“Our door is open,” according to a court filing by the Pellham Health Trust. In an op-ed headlined “The Case for Less,” Ana Roe argued it was “a step”.',
    ['Jane Roe', 'K.C. Mizrahi', 'Pellham Health Trust', null, 'Ana Roe'],
    'a person before `of` and a body, initials after a comma, a paper named by a body, a headline',
  ],
  [
    'Gov. Jane Roe and Lt. Gov. Tom Lee spoke.\n\n“Snow came,” the lieutenant governor said.\n\n“Rain came,” the governor said.',
    ['Tom Lee', 'Jane Roe'],
    'a rank word picks the holder whose title has it; the head alone, the one without',
  ],
  [
    'Dozens of tenants met.\n\nOne of them, a retired firefighter, said: “We wait.”\n\n“We are scared,” the firefighter added. Lorenzo Roe, 66, a solar installer and a father of four, said: “It is bad.”',
    ['a retired firefighter', 'a retired firefighter', 'Lorenzo Roe'],
    'a role set off after a stand-in names it; two roles each with an article are one aside',
  ],
  [
    'Prices rose.\n\nA farmer who called the emergency line said: “We want the truth.”',
    ['a farmer'],
    'the object of a cue in a relative clause before the cue is no subject',
  ],
  [
    'Prices rose.\n\nA resident who had waited two hours for the microphone spoke next. “Who pays?”',
    ['a resident'],
    'a weak cue closing its sentence past an adverb of turn reports someone a phrase brings in',
  ],
  [
    'Prices rose.\n\nElif Aydın’s words, as relayed by Tom Roe, were blunt: “This is not the end.”',
    ['Elif Aydın'],
    'an aside `as` opens says how the words came; the owner of the words speaks',
  ],
  [
    'Kang Seung-ho criticized Tom Roe. “The fires are bigger,” he said.\n\nA fire near Bakari Springs burned on.\n\n“We will win,” he added.',
    ['Kang Seung-ho', 'Kang Seung-ho'],
    'a Korean given name after the family name shows gender; a place opening with a given name shows none',
  ],
  [
    'Chen says “the pumps ran”\n\nChen Meiling said: “Stay out.” “We go on,” Chen said.\n\nTom Roe spoke. “I will ask,” Rep. Tran Van Duc said. “Check on your neighbors,” he said.',
    ['Chen Meiling', 'Chen Meiling', 'Chen Meiling', 'Tran Van Duc', 'Tran Van Duc'],
    'a family name seen alone first is the full name it opens; a Vietnamese middle name shows gender',
  ],
  [
    'Review: ‘Copper Lanterns’ is a quiet triumph\n\n“We welcome the ruling,” Doctors for the Valley said.',
    [null, 'Doctors for the Valley'],
    'a rubric opening a headline is no one; a campaign’s cause may keep its article',
  ],
  [
    'Prices rose.\n\nThe Valley Courier reported that the cap would be delayed, quoting Ana Roe as saying: “It is too early.”',
    ['Ana Roe'],
    'a participle `quoting` names who said the words, as an active `quoted` does',
  ],
  [
    'Priscila Ribeiro, the film’s director and a former editor from Holmstead, who shot most of it, said: “I don’t make films to answer questions.”',
    ['Priscila Ribeiro'],
    'roles joined with `and` after a name are set off as one; the relative clause after them is the name’s',
  ],
  [
    '“It works,” Omolara Adebisi, a hydrologist at the University of Corranwick and the study’s lead author, said.\n\nAdebisi met Yusuke Ogawa. “It is modest,” the lead author said.',
    ['Omolara Adebisi', 'Omolara Adebisi'],
    'a second role joined after the place of a first is the name’s too, for a later `the lead author`',
  ],
  [
    'Morenike Olatunji, the film’s lead actor and a stage actor making a first film, who was cast a week before filming began, said in an interview: “I learned to fish.”',
    ['Morenike Olatunji'],
    'what a participle after a role takes as object is no one a relative clause is about',
  ],
  [
    '“Jurors, the case is yours,” said Oğuz Doğan, the judge hearing the case.\n\nThe judge sat beside Obinna Obiora, and said later: “The jury will disregard that.”',
    ['Oğuz Doğan', 'Oğuz Doğan'],
    'a participle after a noun for someone ends the role set off after a name',
  ],
  [
    'Katalin Bíró, the lead prosecutor, had asked for leniency; Juha Peltola, reading from a prepared statement, would not hear of it: “We intend to appeal.”',
    ['Juha Peltola'],
    'a clause after a semicolon has a subject of its own, before a participle too',
  ],
  [
    'Panagiotis Zervas, the mayor, had asked for patience; Farhad Rahimi would not hear of it: “I have never seen a budget this tight.”',
    ['Farhad Rahimi'],
    'a cue before a semicolon introduces nothing after it; the colon’s clause has its subject',
  ],
  [
    'Mikko Virtanen, the lead prosecutor, told jurors, “The defendant had the motive.”\n\nHe later met with Deng Haoran, a detective who testified earlier in the trial, and said afterward: “Follow the phone records.”',
    ['Mikko Virtanen', 'Mikko Virtanen'],
    'a relative clause after what renames an object closes at its comma; the subject says the next verb',
  ],
  [
    'Larkport RFC will be without lock Ignacio Bañuelos for the month.\n\nThe lock said: “Some days I couldn’t walk.”',
    ['Ignacio Bañuelos'],
    'a player’s position right before a name is a role, though the word names things as often',
  ],
  [
    '“It’s a tough one,” Efua Gyasi, the Gulls’ center, said.\n\n“We’ll fix it,” the center said.',
    ['Efua Gyasi', 'Efua Gyasi'],
    'a body’s noun held as a role finds the player when no body with it was named',
  ],
  [
    'The Hollinbrook Comets signed a forward on Friday.\n\n“We are delighted,” the Comets said in a statement.',
    ['Hollinbrook Comets'],
    'a team cut to its last word is the one body whose name ends with it',
  ],
  [
    'Emberfield County Cricket Club signed a bowler.\n\nEmberfield said in a statement: “We are delighted.”',
    ['Emberfield County Cricket Club'],
    'a club cut to its place’s word is the club',
  ],
  [
    'Toor on ‘Night Ferries’: ‘a letter to my younger self’\n\nHarjit Singh Toor, the folk singer, recorded his new album in eight days.\n\n“Every song is about leaving,” Toor recalled.',
    [null, 'Harjit Singh Toor', 'Harjit Singh Toor'],
    'a headline’s speaker may say what they speak on before the colon; a line with a verb and its object is no signature',
  ],
  [
    'Fans have been asking for a studio version of “Glass Harbor” since Mbanefo first played it live.',
    [null],
    'a title after a noun for a work made of another is no one’s words',
  ],
  [
    'We talked with Antti Peltola about his new film.\n\nQ: Was there a moment you almost quit?\n\nA: More than one. I called my sister and said, “I think I’m done.” She laughed at me.',
    ['Antti Peltola'],
    'the writers talk with the interviewee, whose `I` in an answer speaks',
  ],
  [
    'We talked with Behnam Tehrani about his novel.\n\nQ: Who was in the room?\n\nA: Mostly Sun Lihua, my editor.\n\nQ: Did you quit?\n\nA: No. Sun, who is my editor, wrote to me, “Nobody finishes anything in a straight line.”',
    ['Sun Lihua'],
    'a word after a turn’s label and colon opens its sentence, no part of the name after it',
  ],
  [
    'Xu: ‘A letter to my younger self’\n\nXu Yutong, the jazz pianist, recorded her new album.\n\n“Every song is about leaving,” Xu recalled.',
    ['Xu Yutong', 'Xu Yutong'],
    'a family name a headline gives alone is the one the story names in full, in the story’s own `Xu said` too',
  ],
  [
    'Study’s lead author says ‘larger than anything we predicted’\n\nThe study’s lead author, Katerina Athanasiou, had not expected the result.\n\nAthanasiou called the results “encouraging but preliminary.”',
    ['Katerina Athanasiou', 'Katerina Athanasiou'],
    'a headline drops the article before an owner’s role that opens it',
  ],
  [
    'One supporter who has held a season ticket since the 1980s said: “We paid good money.”',
    ['one supporter'],
    'what a preposition in a relative clause governs is no subject of the cue after the clause',
  ],
  [
    'Critics have mocked the “routine” inspection promised under the deal.',
    [null],
    'a verb of judging that holds up a word inside its object judges someone else’s word',
  ],
  [
    'The “smart” meters promised under the deal never arrived.',
    [null],
    'a quote between an article and its noun modifies the noun; the verb after says nothing of it',
  ],
  [
    'Temple Sinai of Larkmoor will open its hall on Monday.\n\n“No one will be turned away,” the congregation said in a statement.',
    ['Temple Sinai of Larkmoor'],
    'a house of worship’s noun opens its name; any noun for a house of worship is the one named',
  ],
  [
    'The kitchen at Gurdwara Sahib of Dunnigan Point fed 1,400 people.\n\n“Everyone eats for free,” the gurdwara said.',
    ['Gurdwara Sahib of Dunnigan Point'],
    'the noun that opens a body’s name finds it alone later',
  ],
  [
    'A user posting under the handle “fogharbor” wrote: “The new design hides everything I use.”',
    [null, 'a user'],
    'a phrase goes on through a participle and its preposition, past a name in marks after a noun',
  ],
  [
    'Wang Yi met the envoy on Monday.\n\nHe later told Chinese state media: “We did not come all this way.”',
    ['Wang Yi'],
    '`state` between a capital and a noun it modifies is no cue',
  ],
  [
    '“We cut power to 40,000 customers,” Keswin Gas & Electric said in a statement.',
    ['Keswin Gas & Electric'],
    'an ampersand between capitals joins a name after a quote',
  ],
  [
    'One resident of Grenmoor who spent the night in a shelter with her two children said: “We have nowhere else to go.”',
    ['one resident'],
    'what a preposition governs in a relative clause, past an owner, is no subject; nor the place the phrase is of',
  ],
  [
    'A Western diplomat who spoke on condition of anonymity because the talks were private described the talks as “long overdue.”',
    ['a Western diplomat'],
    'a verb’s form ends a phrase: `the talks were private` is no one',
  ],
  [
    'Talks between the Hobbes Ferry Regional Transit Authority and Transit Workers Union Local 309 resumed.\n\n“They found money for consultants,” the union said in a statement.',
    ['Transit Workers Union Local 309'],
    'a union’s numbered local is a body, found by `the union`',
  ],
  [
    'Drivers halted the Wexcombe Regional Transit Authority.\n\n“We will stay out,” said Ana Roe, president of Transit Workers Union Local 562.\n\nThe authority said in a statement: “The new timetable takes effect on Monday.”',
    ['Ana Roe', 'Wexcombe Regional Transit Authority'],
    'a noun that heads one body’s name finds it, ahead of another body named after it',
  ],
  [
    'Ruth Abara has run the shop since 1994.\n\nHer daughter, Helen, helps. Agnes Pereira runs the store next door.\n\n“I wanted my children to have choices,” said the mother of three.',
    ['Ruth Abara'],
    'a name set off after kin that `her` owns makes her the kin in return',
  ],
  [
    'Under the 2014 agreement, known as the “Pelagon Charter,” both countries pledged restraint.\n\n“Our position has not changed,” Ana Roe said.',
    [null, 'Ana Roe'],
    'a name in title case known as such is nobody’s words, after an article too',
  ],
  [
    'The Kilbrannon Hindu Temple expects 5,000 visitors for its festival, known as “Festival of the Thousand Flowers,” which began in 1999.',
    [null],
    'a name in title case known as such is nobody’s words at any length',
  ],
  [
    '“We have fed more families this winter,” said Rabbi Bálint Vörös of Temple Sinai of Ossendale.',
    ['Bálint Vörös'],
    'a person named before the first `of` is of the body and the place after it',
  ],
  [
    '“We pray, and then we pick up a shovel,” said Minh Tran of Holloway Bible Church of Larkmoor.',
    ['Minh Tran'],
    'two name words before an `of` are a person’s when a body’s head runs on to its place',
  ],
  [
    'Ana Roe retired on Saturday.\n\nShe singled out Tom Lee, who has rung the bell since 1988, calling him “the most faithful man in the parish.”',
    ['Ana Roe'],
    'a relative clause set off after an object past a verb’s particle leaves the participle to the subject',
  ],
  [
    'Ana Roe retired on Saturday.\n\nShe thanked Annelies van der Meer and Tom Lee, who run the kitchen, calling them “the heart of this place.”',
    ['Ana Roe'],
    'so does one set off after names joined as objects',
  ],
  [
    'Cormac McElroy, Valmora’s ambassador to Orlavia, was summoned on Wednesday.\n\nA deputy minister said she had handed the ambassador a note.\n\nHe later told state radio: “The details matter.”',
    ['Cormac McElroy'],
    'an owner’s title to a place is a role, no person named for the place',
  ],
  [
    '“We will wait,” Ana Roe said.\n\nThe Lusandan Foreign Ministry rejected the accusation. “There were moments today when we might walk away.”',
    ['Ana Roe', 'Lusandan Foreign Ministry'],
    'a body named sets up the quote after it as a person does',
  ],
  [
    'Given the fallout, the ministry disputed that account. “It is nonsense.”',
    [null],
    'guard: a body only described sets nothing up',
  ],
  [
    'Users were locked out on Monday. Many saw only an error message that read “Account temporarily locked.”',
    [null],
    'a message a machine shows is no one’s words after `that read`',
  ],
  ['Users saw the same error message: “Something went wrong.”', [null], 'nor after a colon'],
  [
    'Ilse Dijkstra posted on Snapfold a screenshot of the message “Account temporarily locked.”',
    [null],
    'nor is one a picture shows',
  ],
  [
    'Ana Roe called the fuel price cap “a real turning point.”',
    ['Ana Roe'],
    'guard: a quote right after a thing words are written on may be a verdict on it',
  ],
  [
    'Jo Roe, the founder of Hushway, apologized on Friday.\n\nRoe posted on Chirrup: “Nobody’s data was lost.”\n\n“I owe every one of our users an apology.”\n\n“We take security seriously,” the company said in a blog post.',
    ['Jo Roe', 'Jo Roe', 'Hushway'],
    '`the company` far from the lede that named one company is that company',
  ],
  [
    'Espen Nyberg runs a boxing gym.\n\nNyberg, a former welterweight and grandfather of four, came to Harwick in 2000.\n\n“Half of them come in angry,” the former welterweight said.',
    ['Espen Nyberg'],
    'a noun of any kind joined to a noun for someone in a role set off is a role too',
  ],
  [
    'Jun Huang runs a boxing gym.\n\nA former student who is now a paramedic, Yetunde Okonjo, said: “You did your homework.”\n\n“Nobody gets turned away,” he said.',
    ['Yetunde Okonjo', 'Jun Huang'],
    'a role set off before a name past a relative clause is the name’s, no one else in sight',
  ],
  [
    'Jun Huang runs a boxing gym.\n\nA former student who is now a paramedic, Yetunde Okonjo, said: “You did your homework.”\n\n“Nobody gets turned away,” Huang said.\n\n“I walked in there at 14,” the paramedic added.',
    ['Yetunde Okonjo', 'Jun Huang', 'Yetunde Okonjo'],
    'and what the relative clause says the one in the role is, is the name’s role too',
  ],
  [
    'The Tidewell Film Awards were handed out on Friday. “The Thistle Hours” won best picture.',
    [null],
    'a body something is done to sets up no quote after it',
  ],
  [
    'The Penhallow Workers Center sued Ostwick Chemicals on Thursday.\n\nThe lawsuit alleges that the company “knowingly exposed residents to contaminated water.”',
    ['Penhallow Workers Center'],
    'who sues files the lawsuit',
  ],
  [
    'An audit of the parks department found unverified payments.\n\nAccording to the audit, conducted by the Office of the Skellow State Auditor, “the agency paid invoices without verifying.”',
    ['Office of the Skellow State Auditor'],
    'a paper conducted by a body is the body’s',
  ],
  [
    'A report released by the Office of the Inspector General for the Ostravian Department of Transport found failures.\n\n“Records were altered,” the office wrote.',
    ['Office of the Inspector General for the Ostravian Department of Transport'],
    'a title’s `for` reaches past the article of what it serves',
  ],
  [
    '“We won,” said Gethin ap Rhys.\n\n“It is late,” ap Rhys said.',
    ['Gethin ap Rhys', 'Gethin ap Rhys'],
    'a Welsh `ap` is a name’s particle',
  ],
  [
    '“We are ready,” said Claudionor Rocha Pires, the environment minister.',
    ['Claudionor Rocha Pires'],
    'a given name in `-or` after a cue opens a name of three words; it is no role',
  ],
  [
    '“We are ready,” said Harbourmaster Yannis Roe.',
    ['Yannis Roe'],
    'guard: a role in `-er` after a cue before a name of two words stays a role',
  ],
  [
    'The mood at Usman Butt’s party turned quiet.\n\n“It is a long night,” Butt said.',
    ['Usman Butt'],
    'a person named as a phrase’s owner is the one a later surname names',
  ],
  [
    'Mere Tamihana, nominated for best supporting performance for “The Salt Light,” said the nomination still felt “like a clerical error.”',
    [null, 'Mere Tamihana'],
    'a phrase after an inverted cue with a verb of its own is no speaker; a work a part is for is a title',
  ],
  [
    'Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win.',
    ['Manafort'],
    'so a participle before the quote speaks for it',
  ],
  [
    'The Penhallow International Film Festival announced its lineup.\n\nAna Roe, the artistic director, said: “We wanted a conversation.”\n\n“All screenings will be captioned,” the festival said.',
    ['Ana Roe', 'Penhallow International Film Festival'],
    '`the festival` is the festival named',
  ],
  [
    'Mayor Harlan Dunmore won a second term as mayor of Coldspring on Monday.\n\n“I will work just as hard for you,” the mayor told supporters.',
    ['Harlan Dunmore'],
    'what someone serves as after `as` names no one new',
  ],
  [
    'Liesl Roe, who chairs the zoning board, opened the meeting.\n\n“We changed the design,” Tom Lee said.\n\n“The board’s job is to apply the code,” the chair said.',
    ['Tom Lee', 'Liesl Roe'],
    'a verb for holding a role in a relative clause gives the role',
  ],
  [
    'A storage tank at a refinery operated by Deepholm Resources leaked diesel.\n\n“The leak has been contained,” the company said.',
    ['Deepholm Resources'],
    'a name that ends in a trade is the company a later `the company` names',
  ],
  [
    'Two years after Sutterfield Public Schools began buying produce, lunch participation is up.\n\n“The program will expand,” the district said.',
    ['Sutterfield Public Schools'],
    'a school district goes by its schools',
  ],
  [
    'The protesters chanted “Keep it in the ground!” and carried signs reading “Coal Is Over.”',
    ['the protesters', null],
    'writing on a thing is no one’s words, even after a quote chanted in the same sentence',
  ],
  [
    'According to The Federalist, the men were wearing shirts that read “Settle for Hillary.”',
    ['Federalist'],
    'guard: unless a source the sentence names reports it',
  ],
  [
    'Documents describe a surveillance program, code-named “Night Orchard,” that collected phone records.',
    [null],
    'a code name is no one’s words',
  ],
  [
    '“We will keep fighting,” Parents for a Safe Skelder Valley said in a statement.',
    ['Parents for a Safe Skelder Valley'],
    'a campaign’s name keeps the article of its cause',
  ],
  [
    'The Yes on Question 2 Coalition said: “Every dollar will be spent in the open.”',
    ['Yes on Question 2 Coalition'],
    'a ballot campaign’s name is read whole',
  ],
  [
    'A worker who asked that her name not be used because she feared losing the job said: “We start at five.”',
    ['a worker'],
    'a relative clause with no mark inside from the opening phrase to the cue leaves the cue to that phrase',
  ],
  [
    'Hendra Hidayat, 63, who farms 1,900 acres outside Kinvara Bay, spoke first.\n\n“Prices are up,” Tom Lee said.\n\n“The ground is dry,” the farmer said.',
    ['Tom Lee', 'Hendra Hidayat'],
    '`who farms` gives the role of farmer',
  ],
  [
    'State regulators approved a rate increase for Tessary Electric.\n\n“Safety is our first priority,” the utility said.',
    ['Tessary Electric'],
    'a utility goes by a name ending in what it sells',
  ],
  [
    'The Vellacourt Birth Center announced the death on Wednesday. “He gave this place its heart,” the birth center said.',
    ['Vellacourt Birth Center'],
    'a definite phrase whose words all stand in one body’s name is that body',
  ],
  [
    'At a rally, neighbors held banners reading “This Is Our Home” and “We Live Here.” “We have documented 140 requests,” Bongani Khumalo told the crowd.',
    [null, null, 'Bongani Khumalo'],
    'a quote joined right after writing on a thing is of its kind, and no later attribution reaches it',
  ],
  [
    'According to the Port Elsinby Historic Preservation Commission’s report, the houses “represent the most intact collection.”',
    ['Port Elsinby Historic Preservation Commission'],
    'a paper’s owner is its sender, named without the possessive',
  ],
  [
    'Jane Doe called it “stupid” and “wrong.”',
    ['Jane Doe', 'Jane Doe'],
    'guard: words joined after someone’s words are theirs',
  ],
  [
    '“I do not have a speech prepared,” Ana Roe said, pausing as the audience applauded, “because I did not think this would happen.”',
    ['Ana Roe', 'Ana Roe'],
    'between the parts of a split quote, a cue in a clause `as` opens says what went on meanwhile',
  ],
  [
    '“There is a young man having some problems,” Ted Cruz said as the heckler yelled: “You suck!”',
    ['Ted Cruz', 'the heckler'],
    'guard: one that runs into its own quote with a colon speaks it',
  ],
  [
    'The tagline has been mocked online: “The past always sends a bill.”',
    [null],
    'a passive of a cue before a colon, past an adverb, reports no one',
  ],
  [
    '“We won,” said Rosalinda dela Cruz.\n\n“It is late,” dela Cruz said.',
    ['Rosalinda dela Cruz', 'Rosalinda dela Cruz'],
    'a Filipino `dela` is a name’s particle',
  ],
  [
    'Fraser Buchanan, the incumbent mayor of Gallowmere, said at his watch party: “Whatever happens tonight, this city is going to be fine.”',
    ['Fraser Buchanan'],
    'a title’s modifiers in lower case stand between it and its article: the complement is no one',
  ],
  [
    'Emre Güneş, 20, was sentenced on Thursday.\n\n“Nobody disputes that this was a tragedy,” Jasleen Grewal, who represents the defendant, told reporters.\n\n“Justice was served,” Parveen Sandhu, the lead prosecutor, said.\n\n“We will appeal,” the defense lawyer said.',
    ['Jasleen Grewal', 'Parveen Sandhu', 'Jasleen Grewal'],
    'who represents a party in court is a lawyer',
  ],
  [
    'Tom Roe, 42, was sentenced on Wednesday.\n\nSinéad Cullinane, the defense attorney, said: “My client has been punished enough.”\n\nThe defense lawyer told reporters: “He made a terrible mistake.”',
    ['Sinéad Cullinane', 'Sinéad Cullinane'],
    'a role goes by its other nouns',
  ],
  [
    'Copper Tide opened their residency on Friday.\n\n“Twelve thousand people had a great night,” the band said.',
    ['Copper Tide'],
    '`the band` is the latest name no one has in sight, whatever its shape',
  ],
  [
    'Tinatin Chkheidze has accused Greywater Records of withholding royalties.\n\n“I have not received a statement,” Chkheidze wrote.\n\n“We have honored every term,” the label said.',
    ['Tinatin Chkheidze', 'Greywater Records'],
    '`the label` is a name ending in what a label sells',
  ],
  [
    'Outside the headquarters, teachers on the picket line chanted “Smaller classes, better schools!” as drivers honked in support.',
    ['teachers on the picket line'],
    'after a quote a cue introduces, a clause `as` opens says what went on meanwhile',
  ],
  [
    'Bills will rise, County Assessor Gaspard Delaunay said on Thursday.\n\n“Every appeal gets a real review,” the assessor said.',
    ['Gaspard Delaunay'],
    'a county assessor is a title before a name, and the name a later `the assessor` finds',
  ],
  [
    'Kamran Awan spent 26 hours in a corridor of Yewbarrow Memorial Hospital’s emergency department last week.\n\n“Patient safety is our first priority,” the hospital said.',
    ['Yewbarrow Memorial Hospital'],
    'a body named only as a thing’s owner is the one a later noun for it finds',
  ],
  [
    'Two men were held, the Selvik County Sheriff’s Office said.\n\nIn a news release, the sheriff’s office said deputies had been called. “The suspect is in custody.”',
    ['Selvik County Sheriff’s Office'],
    'an office named by its owner’s noun is the body whose name has the noun',
  ],
  [
    'The Hexley Housing Authority will lend money under a program called “First Keys.” Its director, Ana Ruiz, said: “Nobody should be priced out.”',
    [null, 'Ana Ruiz'],
    'a thing’s name after `called` is no one’s',
  ],
  [
    'Copper Tide closed with “Night Bus Home.” The critics did not agree on what happened next.',
    [null],
    'a cue denied attributes no quote before it',
  ],
  [
    'Turnout rose, the Nemerran Interior Ministry said on Tuesday, describing the numbers as “a temporary strain.”',
    ['Nemerran Interior Ministry'],
    'a participle after a cue set off at the clause’s end goes on from that cue',
  ],
  [
    'Christie repeated claims that Rubio recites the same points, calling him a “talented guy.”',
    ['Christie'],
    'guard: a cue inside the object leaves the participle to the sentence’s subject',
  ],
  [
    'The report, titled “The Long Corridor,” was written by the Office of the Tarvonian Detention Inspector. “Nobody should wait nine days,” the report said.',
    [null, 'Office of the Tarvonian Detention Inspector'],
    'a title set off before `was written by` leaves the writer the paper’s issuer',
  ],
  [
    'Members of the Ardlow Warehouse Workers Union backed a deal with Stackwell Warehousing.\n\nStackwell Warehousing said it was pleased. “We look forward to Monday,” said the company.',
    ['Stackwell Warehousing'],
    'a union is no company',
  ],
  [
    'Mia Roe has left Copper Tide, she announced.\n\n“I love these people,” she wrote on Flicker Board.\n\n“It was honest,” the band said.',
    ['Mia Roe', 'Copper Tide'],
    'a platform words were put on is no band',
  ],
  [
    'Mia Roe has left Copper Tide.\n\n“It was honest,” the band said.\n\nKiteline Music, the band’s label, said that it would release the album. “We are proud of the records.”',
    ['Copper Tide', 'Kiteline Music'],
    'an owner set off before a cue is no speaker',
  ],
  [
    '“My car was stolen,” chimed in Ferenc Farkas, a nurse.',
    ['Ferenc Farkas'],
    'a phrasal cue inverts as `said` does, its speaker past the particle',
  ],
  [
    '“It is over,” chimed in April Lindqvist, a nurse.',
    ['April Lindqvist'],
    'a month past a phrasal cue’s particle, before a name, is a given name',
  ],
  [
    'The plan, chipped in April Lindqvist, “will never work.”',
    ['April Lindqvist'],
    'an inverted phrasal cue set off inside the sentence',
  ],
  [
    'Adelheid Baumgärtner, who plays as Kestrl, made the deciding play. “We practiced that play forty times,” Kestrl said.',
    ['Adelheid Baumgärtner'],
    'a handle set off after a name finds that person',
  ],
  [
    'Samba Wade, a first-year engineering student who plays as Glint, won.\n\n“My parents thought gaming was a waste,” Glint said.',
    ['Samba Wade'],
    'a handle past a role set off before the relative clause',
  ],
  [
    'John Ellis Doe, known as Jed, spoke first.\n\n“We will win this state,” Jed said.',
    ['John Ellis Doe'],
    'a nickname after `known as` finds the person',
  ],
  [
    'Chef says closing the diner was ‘not about the money’\n\nCao Chunhua, who has cooked there for 27 years, served her last dinner on Thursday. “I do not read reviews,” Cao said.',
    ['Cao Chunhua', 'Cao Chunhua'],
    'a headline’s bare noun for someone is the one person the story’s first quoting paragraph names in full',
  ],
  [
    'Ranger says closing the trail ‘came too late’\n\nThe ranger, Fatima Benali, said on Sunday: “We did what we could.”',
    ['Fatima Benali', 'Fatima Benali'],
    'a headline’s opening noun for someone, written in lower case in the story, is a phrase for someone',
  ],
  [
    'Tom Baker spoke first.\n\nBaker said: “We will win.”',
    ['Tom Baker'],
    'guard: a word the text writes as a name is no noun for someone at a sentence’s start',
  ],
  [
    'The Gantry Cross School District is short 34 drivers.\n\n“We have buses,” said Mukesh Jaiswal, the director.\n\nTom Roe said: “My daughter cried.”\n\nThe district said in a statement: “Families will hear soon.”',
    ['Mukesh Jaiswal', 'Tom Roe', 'Gantry Cross School District'],
    'a body’s own noun finds the one body whose name ends with it, however far back',
  ],
  [
    'Chair says agency ‘misled the public’\n\nHaris Baig questioned the head of the Dorrington Wells Benefits Agency. “She waited nine months,” said Baig.\n\nThe agency said after the hearing: “The report is wrong.”',
    ['Haris Baig', 'Haris Baig', 'Dorrington Wells Benefits Agency'],
    'a body named after a phrase that only used its noun is the one a later definite noun means',
  ],
  [
    'Officers seized fake perfumes, many with tags reading “Original Import.”',
    [null],
    'tags bear writing',
  ],
  [
    'Students lock their phones away, under a rule that began on Monday and a slogan on posters in every hallway: “Look Up and Talk.”',
    [null],
    'a phrase for writing a thing bears that runs to the colon gives no one the quote',
  ],
  [
    'Haslinda binti Ismail of the Ledger was less kind. “It is a sermon,” Haslinda wrote.',
    ['Haslinda binti Ismail'],
    '`binti` stands inside a Malay name, which its given name refers back to',
  ],
  [
    'In a letter, Vilma delos Angeles wrote: “Hire people who argue.”\n\n“Look after the building,” delos Angeles said.',
    ['Vilma delos Angeles', 'Vilma delos Angeles'],
    '`delos` stands inside a name',
  ],
  [
    '“Last year you asked for less,” said Sen. Islwyn ab Iorwerth.',
    ['Islwyn ab Iorwerth'],
    '`ab` stands inside a Welsh name',
  ],
  [
    'Nayeli Mendívil Villarreal, president of the association, spoke. Ms. Mendívil said: “We will be annoying.”',
    ['Nayeli Mendívil Villarreal'],
    'the first of two surnames is the person, whether or not a table knows the given name',
  ],
  [
    'The Pemberton Gallery said a painting was taken.\n\nThe gallery said in a statement: “We are committed to care.”',
    ['Pemberton Gallery'],
    'a gallery is a body its own noun finds',
  ],
  [
    'A small oil painting by Kenechukwu Obi, “Evening, Low Tide,” was taken from the museum on Tuesday night, police said.',
    [null],
    'a title set off after a work and its maker renames the work',
  ],
  [
    'A breach hit the Nettlecombe Regional Medical Center.\n\nRecords were taken.\n\n“We deeply regret this,” the hospital said.',
    ['Nettlecombe Regional Medical Center'],
    '`the hospital` is the one body named a medical center or an infirmary',
  ],
  [
    'Singer says voice ‘is not broken’\n\nAnderson da Costa, the singer, postponed the tour. “I will be back,” da Costa said.',
    ['Anderson da Costa', 'Anderson da Costa'],
    'a cue word right after a reporting verb is its object’s noun',
  ],
  [
    '“America is great!” read one. One message read “anybodybuttrump.us.”',
    ['one', 'one message'],
    'guard: a cue’s base form before a cue is a noun as often',
  ],
  [
    'The report described the Drisdale Infrastructure Agency’s record as poor.\n\nTom Roe disagreed.\n\n“We accept the findings,” the agency said in a statement.',
    ['Drisdale Infrastructure Agency'],
    'a body’s name in the possessive after its article is read as the name',
  ],
  [
    'A request drew a crowd to the Kelderwick School District’s offices on Thursday.\n\n“No family can decide for everyone,” Cao Ruifeng, a school librarian, said.\n\nThe district said in a statement: “No books have been removed.”',
    ['Cao Ruifeng', 'Kelderwick School District'],
    'a school district named as an owner is what a later `the district` means',
  ],
  [
    'A memo warned of risks at Tamsey Mining.\n\nAccording to the memo, “the line is unsafe.”\n\nThe company said in a statement: “The concerns were addressed.”',
    ['a memo', 'Tamsey Mining'],
    'a name that ends in a trade is a firm after `at`',
  ],
  [
    'The film arrives with a poster tagline that has already been widely mocked online: “The past always sends a bill.”',
    [null],
    'writing a relative clause runs from to the colon is no one’s',
  ],
  [
    '“Tickets will be extended,” Norvessan State Railways said.',
    ['Norvessan State Railways'],
    'a company’s last word ends a body’s name, title words and all',
  ],
  [
    'The Supreme Court of Norland ruled on Wednesday that the barrier was “badly flawed.”',
    ['Supreme Court of Norland'],
    'a cue’s `that` particle may stand after a date',
  ],
  [
    'Tom Roe ruled out running on Monday. “I am done,” he said.',
    ['Tom Roe'],
    'guard: a phrasal cue’s other particle stays as it was',
  ],
  [
    'The plant will close.\n\nDoctors for the Valley said in a statement: “We were promised answers.”',
    ['Doctors for the Valley'],
    'a campaign’s name opening a sentence is read whole from its plural for people',
  ],
  [
    'Tellan Mining said the seam was spent.\n\n“I will miss the men,” Yorven Dravane, 54, who went underground at 16, said.\n\n“We thank every worker,” the company said.',
    ['Yorven Dravane', 'Tellan Mining'],
    'a name set beside an age is a person’s, never the company a later `the company` stands for',
  ],
  [
    'Kessaly Quist, a senior engineer with the Safety Authority, said Greyholt Metals had been warned.\n\n“We thank every worker,” the company said.',
    ['Greyholt Metals'],
    'a name set beside a role for someone is a person’s',
  ],
  [
    'Two years after Marrow Vale Public Schools began buying from farms, lunches are up.\n\n“The program will grow,” the district said.',
    ['Marrow Vale Public Schools'],
    'guard: a word of a closed class before a name is no role (`after`)',
  ],
  [
    'Crowds visited the Ossery Boat Regatta on Sunday.\n\n“It bends,” Jo Roe, a boat builder, said.\n\n“It is cheap,” Roe said.\n\n“It is not,” said one visitor.\n\nThe regatta said in a news release: “We will move.”',
    ['Jo Roe', 'Jo Roe', 'one visitor', 'Ossery Boat Regatta'],
    'a definite noun for no one is the one body named with it as last word, however far back',
  ],
  [
    'Atelier Brunswick said that Jo Roe would leave. The house said in a statement: “A successor will be named.”',
    ['Atelier Brunswick'],
    '`the house` is a body, and the subject before it the house',
  ],
  [
    'On Monday, the coroner, Roya Mohammadi, asked about the call. Owusu said: “It was a fall.”\n\n“I will need to hear more,” the coroner said.',
    ['Owusu', 'Roya Mohammadi'],
    'a definite phrase for someone before a name set off inside the sentence is its role',
  ],
  [
    'Asked by the arbitrator, Jo Roe, whether the call was graded, Tom Lee said: “It was a fall.”\n\n“I will need to hear more,” the arbitrator said.',
    ['Tom Lee', 'Jo Roe'],
    'so is one after a preposition',
  ],
  [
    'Outside a school in Drayling, one voter, a pharmacist, said: “Prices have doubled.”',
    ['one voter'],
    'a role set off after a name a preposition governs speaks; the place does not',
  ],
  [
    'Juan Villanueva, an environmental lawyer, speaking by phone, said: “It is over.”',
    ['Juan Villanueva'],
    'guard: a role set off after a name opening the sentence is the name’s',
  ],
  [
    'Jane Doe described the count as “methodical” and the campaign as “marred by fear.”',
    ['Jane Doe', 'Jane Doe'],
    'a phrase right before `as` with no verb of its own is an object a verb left out',
  ],
  [
    'Jane Doe pointed to Tom Lee, the head of customer support, and said: “He did it.”',
    ['Jane Doe'],
    'a role renaming an object runs past a cue’s base form used as a noun (`support`)',
  ],
  [
    'Qian Deming refused to step down.\n\n“I called him,” Qian said.',
    ['Qian Deming'],
    'a family name of four letters ending in `-ian` opening a sentence is no role before a given name',
  ],
  [
    'Librarian Deming Roe said: “The shelves are empty.”',
    ['Deming Roe'],
    'guard: a longer noun in `-ian` before a given name is a role',
  ],
  [
    'Jo Roe, a teacher, said:\n\n• “The noise is fine.”\n\n• “The dogs are calmer.”',
    ['Jo Roe', 'Jo Roe'],
    'quotes after a list’s marker, after a cue and a colon, are the speaker’s',
  ],
  [
    'SHORT READS:\n\n— “A sketch artist gets a show,” by Jo Roe.',
    [null],
    'guard: a label with no cue introduces no one’s list',
  ],
  [
    'Park Ranger Says ‘Back on Stage at Last’\n\nIrfan Akhtar, a ranger at Jervis Green Country Park, said the run had sold out. “It is a miracle,” Akhtar said.',
    ['Irfan Akhtar', 'Irfan Akhtar'],
    'a headline’s noun for someone and the words before it in title case are the story’s holder of the noun',
  ],
  [
    'Fraser C. Mackintosh said: “We turned entries away.”',
    ['Fraser C. Mackintosh'],
    'a word ending as a noun for someone before a middle initial is a given name',
  ],
  [
    'A visibly tired part-time taxi dispatcher said, “It saves ten minutes.”',
    ['a visibly tired part-time taxi dispatcher'],
    'up to five modifiers stand between the article and the noun',
  ],
  [
    'One retiree with 30 years on the job said, “It is long.”',
    ['one retiree'],
    'a bare phrase between two links goes with the link before it',
  ],
  [
    'Olena Honchar, the author of the novel “Bread and Weather,” told the audience: “We are well.”',
    [null, 'Olena Honchar'],
    'a role that runs on to a title closing it with a comma inside the marks is the name’s',
  ],
  [
    'Jo Roe called it “a fairy tale.” The name “Dorrington Mews” comes from an old word. Under the “Village Services Act,” the town must act.',
    ['Jo Roe', null, null],
    'a name after `the name` and a law’s title after `the` are no one’s words',
  ],
  [
    'Jo Roe said: “We will read the Act.”',
    ['Jo Roe'],
    'guard: words in marks that end on a law’s noun after no `the` are speech',
  ],
  [
    'A handful of parents waited at the gate. One of them said: “We saw it.”',
    ['one of the parents'],
    'one of `them` is one of the group in sight',
  ],
  [
    'Tom Roe, a kayaker who has organized the cleanup for ten years, said the shopping carts would be returned. “We found a motorbike.”',
    ['Tom Roe'],
    'a role with a relative clause of its own, past ten words, is an aside, not a clause before an inverted cue',
  ],
  [
    'Jo Roe — a regular who has bought a loaf there every morning for 40 years — paused. “I proposed here.”',
    ['Jo Roe'],
    'a beat’s long aside set off by dashes does not count against it',
  ],
  [
    'Jo Roe sounded a note of caution. “The rent went up.”',
    ['Jo Roe'],
    'a cue’s base form after a preposition is a noun (`of caution`)',
  ],
  [
    'Ten miners trapped at Soudan Ridge Mining’s mine were rescued.\n\nThe company said: “We are working with the regulator.”',
    ['Soudan Ridge Mining'],
    'a company named by its trade as an owner, in a sentence that names no one, is a later `the company`',
  ],
  [
    'Ariel Evangelista, an analyst at Sallowfield Securities, called it “optimistic.”\n\n“We do not comment,” the company said.',
    ['Ariel Evangelista', 'the company'],
    'guard: a workplace after a noun for someone is no company in sight',
  ],
  [
    'The Northfield Union said it would not join. The party said in a statement: “We are ready.”',
    ['Northfield Union'],
    '`the party` may be a party named as a union',
  ],
  [
    'Agnes Oyelaran testified that Ramirez told her “You will regret this.”',
    ['Ramirez'],
    'a whole sentence in marks after an inner cue and its object pronoun is the named inner speaker’s',
  ],
  [
    'Laura Lund said the word “reasonable” appears a dozen times in the bill.',
    [null],
    'a word after `said the word` that opens a clause with a verb of its own is used as a word',
  ],
  [
    'Laura Lund said the word “sorry” to the family.',
    ['Laura Lund'],
    'guard: a word said to someone is the speaker’s',
  ],
  [
    'Jo Roe, a councillor, called the “Fair Pitch” scheme “a river with a mind of its own.”',
    [null, 'Jo Roe'],
    'words in capitals between an article and a noun for a scheme name it',
  ],
  [
    'Bolton thought some of the “Neocons For Hillary” buzz was artificial, a tribute to “the skills of her husband.”',
    ['Bolton', 'Bolton'],
    'guard: before another noun such words stay the phrase of whoever the sentence reports, as PolNeAR has them',
  ],
  [
    'Selwick Harriers said: “We are fine.”\n\nThe club’s statement also said: “Promotion was the target.”',
    ['Selwick Harriers', 'Selwick Harriers'],
    'a body’s paper speaks for the body its owner’s phrase stands for',
  ],
  [
    'Librarian: ‘Books for every child’\n\n“The library is warm,” said Mojgan Farahani, the librarian at the library.',
    ['Mojgan Farahani', 'Mojgan Farahani'],
    'a noun for someone alone before a headline’s colon labels it as a name does',
  ],
  [
    'Garvock Bakery said it would review its plans. “Orders kept us going,” the bakery said.',
    ['Garvock Bakery'],
    'a definite noun that ends a two-word name no one has, in sight, is that name’s',
  ],
  [
    'Tom Doe later defended his comments as being “sarcastic.”',
    ['Tom Doe'],
    'a cue’s plural after a possessive is the verb’s object, and `as being` characterizes',
  ],
  [
    'Jane Doe made it clear that she had “serious concerns” about the deal.',
    ['Jane Doe'],
    '`made it clear` is a cue phrase',
  ],
  [
    'Ms. Jane Roe pressed Mr. Tom Doe over his comments that he would be “neutral” in the talks.',
    ['Tom Doe'],
    'guard: a speech noun whose own `that` runs to the quote keeps it for its owner',
  ],
  [
    '“We are here,” said former secretary of state Tom Doe. “Go,” then-chief of staff Jane Roe said.',
    ['Tom Doe', 'Jane Roe'],
    'a modifier before a role with `of`, and a role at another time, belong to the name’s phrase',
  ],
  [
    '‘We are ready,’ says Vigdís\n\nUnion President Vigdís Karlsdóttir said: “We are ready.”\n\n“Soon,” added Vigdís.',
    ['Vigdís Karlsdóttir', 'Vigdís Karlsdóttir', 'Vigdís Karlsdóttir'],
    'a full name opening with a given name a headline used alone is that person’s',
  ],
  [
    'The Halwell Public Utilities Commission issued an order. “We found gaps,” the commission’s order said.',
    ['Halwell Public Utilities Commission'],
    'a body’s order is a paper, and speaks for the body',
  ],
  [
    'Jane Doe recalled: “My old coach, Tom Roe, warned me, ‘Enjoy it.’ I did.” “I told them, ‘Go,’” Doe said.',
    ['Jane Doe', 'Tom Roe', 'Jane Doe', 'Jane Doe'],
    'a quote inside a quote with an attribution of its own there is that speaker’s; one the outer speaker voices stays theirs',
  ],
  [
    '“We have ten games left.”\n\nThat was the verdict of Mosscott Rovers’ winger, Ebele Chukwuma.',
    ['Ebele Chukwuma'],
    'a name set off after the phrase a pointing sentence names is the speaker',
  ],
  [
    'Jo Roe described the probe nicknamed “Godwit” as “ahead of its time.” The gang called itself the “Long Mile”. Fans held up cards reading “Hands off our club”.',
    [null, 'Jo Roe', null, null],
    'a name a participle gives a thing, a name a group gives itself, words on cards: nobody’s',
  ],
  [
    '“It grew,” said Ettore Folliero, the director of the Polton Institute.\n\n“We were surprised,” said the institute’s director. “Nobody told us,” said the company’s longest-serving volunteer.',
    ['Ettore Folliero', 'Ettore Folliero', 'the company’s longest-serving volunteer'],
    'a role a body’s noun owns is the one person given it; a compound in `-ing` modifies',
  ],
  [
    'Speaking at a briefing, Jane Doe said:\n\n• On the data: “No one was hurt.”\n\n• Tom Roe: “It took a year.”',
    ['Jane Doe', 'Tom Roe'],
    'a list item’s label in lower case and a colon leave the quote to the introduced speaker; a name labels it',
  ],
  [
    'Lindmoor Police said: “Extra patrols.”\n\nThe force said: “Call us.”',
    ['Lindmoor Police', 'Lindmoor Police'],
    '`the force` is the body whose name says it is police',
  ],
  [
    'Tom Roe took questions for an hour. “It has support.” “We cooperated.” That was the assessment of Jane Doe.',
    ['Tom Roe', 'Jane Doe'],
    'a cue’s plural after a past form is its object; `the assessment of` points back',
  ],
  [
    'As chants of “Hear us” rose outside, Jane Doe said: “We are ready.” Fans responded with chants of “Go”.',
    [null, 'Jane Doe', 'fans'],
    'a crowd’s cries a phrase opening the clause only hears are no one’s; chanters as subject own theirs',
  ],
  [
    '“No penalty,” said the club’s defender, Sagal Aden.\n\n“I drove,” Tom Roe, a supporter, said.\n\n“I waited,” the defender added.',
    ['Sagal Aden', 'Tom Roe', 'Sagal Aden'],
    'a role set off before a name after an inverted cue is the name’s',
  ],
  [
    '“It works,” said Prof. Jane Doe of Garmere General Hospital. “We vote,” said General Tom Roe.',
    ['Jane Doe', 'Tom Roe'],
    'a title’s word before a body’s head is the body’s name; before a name, a title',
  ],
  [
    'Founder: ‘Why trust them?’\n\n“Why trust them? It failed,” Ola Roe, Pencott Games’ founder, said.\n\n“Soon,” the founder said.',
    ['Ola Roe', 'Ola Roe', 'Ola Roe'],
    'a headline asking in single marks after its label is a headline; a role a name owns is the person’s',
  ],
  [
    'ELMFORD, Wash. — Organizer Makoa Aumua stressed: “We stay.” “Go,” Aumua said.',
    ['Makoa Aumua', 'Makoa Aumua'],
    'a role capitalized after a dateline’s dash is no word of the name',
  ],
  [
    'The Save Keshgate Schools said: “Every ballot counts.”\n\n“We are even,” the campaign said.',
    ['Save Keshgate Schools', 'Save Keshgate Schools'],
    '`the campaign` is the body in sight whose name asks for something',
  ],
  [
    'One sweeping question asked whether they would “protect pensions”.',
    ['one sweeping question'],
    'a cue’s base form right before a finite cue is its subject’s noun',
  ],
  [
    'A longtime subscriber to the orchestra, who asked not to be named, said it was “a triumph.” A retired surgeon who reviewed the paper, speaking on condition of anonymity, said it was “encouraging.”',
    ['a longtime subscriber', 'a retired surgeon'],
    'a relative after a `to` phrase stands for the phrase it modifies; past a participle’s aside a relative’s object is no subject',
  ],
  [
    '“He lied,” Lorna Roe, prosecuting, said.\n\n“Thanks,” Tom Doe, the victim’s brother, said.\n\n“It was deliberate,” the prosecutor said.',
    ['Lorna Roe', 'Tom Doe', 'Lorna Roe'],
    'a court’s `, prosecuting,` makes the name the prosecutor',
  ],
  [
    '“The lender will pay.” The words were those of Commissioner Ritu Malhotra.',
    ['Ritu Malhotra'],
    '`The words were those of …` points back at the quote',
  ],
  [
    '“We found problems,” insisted state Insurance Commissioner Janani Shanmugam.',
    ['Janani Shanmugam'],
    'a cue’s base form before words in capitals ending on a title modifies the title',
  ],
  [
    'Jane Doe said the brief, angry email was a mistake and that Tom Roe faced “a serious problem.”',
    ['Jane Doe'],
    'a speech noun that is a cue’s base form, before an auxiliary, is the auxiliary’s subject',
  ],
  [
    'Residents report the water is “brown and smelly.”',
    ['Residents'],
    'guard: a cue’s base form before a clause’s subject stays a verb',
  ],
  [
    '“We won,” Jane Doe, holding a “Save Our Park” banner, said quietly.',
    ['Jane Doe', 'Jane Doe'],
    'a name in marks that modifies a noun does not end the attribution after a quote',
  ],
  [
    'The flood came in the night. The old ferryman kept saying “the water will go down,” but it rose.',
    ['the old ferryman'],
    'the phrase before `kept` is the subject of the participle after it, whatever its noun',
  ],
  [
    '“When the landlord told us ‘the road will be open by Friday,’ we believed it,” said Le Thi Lan, a farmer.',
    ['Le Thi Lan', 'the landlord'],
    'a phrase for someone with a cue inside a quote voices the quote inside it, not the outer speaker',
  ],
  [
    '“Who pays for the repairs?”\n\nThe question, posed by Xu Lihua, the trade minister, hung over the talks.',
    ['Xu Lihua'],
    'words pointed back at by a participle and `by` set off after them',
  ],
  [
    '“We lost.”\n\nJane Doe, 49, said those words to the Courier on Monday.',
    ['Jane Doe'],
    'words pointed back at as the object of their speaker’s cue, past an aside',
  ],
  ['“We lost.”\n\nJane Doe said it would rain.', [null], 'guard: `said it` with a verb after'],
  [
    'Voters queued.\n\n“I voted,” one said.\n\nAnother was more cautious: “Nothing will change.”',
    ['one of the voters', 'another of the voters'],
    'a stand-in before a copula heads its phrase: a new speaker, not the last one continued',
  ],
  [
    'Helen Whitfield, widely known as “the Iron Lady of the Delta,” did not attend.',
    [null],
    'a name known widely is nobody’s words',
  ],
  [
    'Crowds sang the protest anthem “Bread and Roses” as the results were read out.',
    [null],
    'a song an anthem’s noun names is a title',
  ],
  [
    'Jane Doe made three points about the market:\n\n1. “The tomatoes are good.”\n2. “We sell a lot.”',
    ['Jane Doe', 'Jane Doe'],
    'a numbered list after a clause about someone that ends in a colon',
  ],
  [
    'Tom Roe said the shelter would stay open.\n\nMary-Beth Kessler is expected to weigh in.\n\n“We are ready,” he said.',
    ['Tom Roe'],
    'a given name of two joined is of the sex its parts agree on',
  ],
  [
    'Jane Doe, 37, has followed the issue.\n\nTom Roe could not be reached.\n\nThe 37-year-old was blunt: “It must go.”',
    ['Jane Doe'],
    'an age heads a phrase for someone before a colon',
  ],
  [
    'Jane Doe hosted Tom Roe.\n\n“It works,” Doe said.\n\nRoe is due to travel on to New Delhi.\n\n“We are ready,” she said.',
    ['Jane Doe', 'Jane Doe'],
    'a name after `to` and a verb of going is a place, no `she`',
  ],
  [
    'Fans lingered outside.\n\n“It was loud,” one said.\n\nAnother shrugged: “It ran long.”',
    ['one of the fans', 'another of the fans'],
    'a stand-in alone before a past form and a colon is a new source',
  ],
  [
    'Fans lingered outside.\n\n“It was loud,” one said.\n\nAnother grinned. “It ran long.”',
    ['one of the fans', 'another of the fans'],
    'a stand-in that opens a sentence with a verb of its own sets the next quote up',
  ],
  [
    'Another hundred turned up.\n\n“It was loud,” Jane Doe said.',
    ['Jane Doe'],
    'guard: a stand-in before a word that is no verb is no subject',
  ],
  [
    'Orrin Foods said on Monday that demand held.\n\nJane Doe told the Lakeside Ledger: “We grew.”\n\n“Prices hold,” the company added.',
    ['Jane Doe', 'Orrin Foods'],
    'a noun for a company is the company in sight, not the paper the story cites',
  ],
  [
    'American Express said on Monday that spending rose.\n\n“Prices hold,” the company added.',
    ['American Express'],
    'guard: a company whose name ends on a word some papers end on is still a company',
  ],
  [
    'Tom Roe has tabled amendments.\n\n“We have the votes” — Jane Doe paused — “and we will use them.”',
    ['Jane Doe', 'Jane Doe'],
    'a name and any verb set off by dashes between two quotes attribute both',
  ],
  [
    'Tom Roe spoke.\n\nThe words “ceasefire” — a loaded term — “truce” and others were banned.',
    [null, null],
    'guard: a phrase with no verb set off by dashes between titles attributes neither',
  ],
  [
    'In an address on Friday, Jane Doe set out her plans. The session ran late.\n\n“We started small. Our message is simple.\n\n“The polls were wrong. We will not be intimidated.\n\n“I have been to every county. Young people turned out.\n\n“We will keep going,” she said, to applause.',
    ['Jane Doe', 'Jane Doe', 'Jane Doe', 'Jane Doe'],
    'paragraphs of quoted words alone are no distance for a pronoun after a speech quoted at length',
  ],
  [
    'Jane Doe and Tom Roe clashed. Doe is a former novelist; Roe is a former historian.\n\nA rival plan came from Ann Lee.\n\n“We will publish it,” the former novelist said.',
    ['Jane Doe'],
    'a noun for someone the lexicon lacks, said of a name by a copula, is a role of theirs',
  ],
  [
    'Jane Doe, 59, and Tom Roe, 71, clashed.\n\n“It is wrong,” said the 71-year-old.\n\nThe 59-year-old returned to the point: “It is right.”',
    ['Tom Roe', 'Jane Doe'],
    'an age ends its phrase before a past form, which is its verb',
  ],
  [
    '“We won.”\n\n“We will govern.”\n\nThose were the words Jane Doe chose to open her remarks.',
    ['Jane Doe', 'Jane Doe'],
    'words pointing back take up the run of quotes alone in their paragraphs, by a relative clause',
  ],
  [
    '“We won.”\n\nVotes were counted.\n\n“We will govern.”\n\nThose were the words Jane Doe chose.',
    [null, 'Jane Doe'],
    'guard: a paragraph with words of its own ends the run',
  ],
  [
    'Ann Lee faced questions.\n\n“Is it on?” a reporter asked.\n\n“No,” Lee said.\n\n“Will you quit?” another reporter asked.\n\n“Absolutely not.” Lee then ended the briefing.',
    ['a reporter', 'Ann Lee', 'another reporter', 'Ann Lee'],
    'an answer after a question is the answerer’s, past a beat that names them',
  ],
  [
    'Ann Lee spoke.\n\n“Is it on?” Tom Roe asked.\n\n“No,” Lee said.\n\n“Are you sure?” Roe followed up.',
    ['Tom Roe', 'Ann Lee', 'Tom Roe'],
    'a name and a verb the lexicon lacks, with its particle, attribute the question before them',
  ],
  [
    'Jane Doe — chief executive of Okavango Beverages — called it “a disgrace”.',
    ['Jane Doe'],
    'a title set off by dashes after a name is its role, with the body it is of',
  ],
  [
    '“We are fine,” said Jane Doe, chief executive of Blue Harbor Freight, who called it “a disgrace”.',
    ['Jane Doe', 'Jane Doe'],
    'a title set off after a name names no person of its own: `who` is the name’s',
  ],
  [
    'The panel heard from Jane Doe, former secretary of state Ann Lee and others. “We are fine,” Lee said.',
    ['Ann Lee'],
    'guard: a given name inside a title set off after a name still opens a name',
  ],
  [
    'Drivers were angry.\n\nSome were blunter: “It is higher.”\n\nMany sounded weary: “It is fine.”',
    ['some of the drivers', 'many'],
    'a share opening its clause before a copula and a colon is a new source',
  ],
  [
    'Drivers were angry.\n\nSome of the drivers agreed.\n\n“Yes,” one said.',
    ['one of the drivers'],
    'a stand-in is one of the group a share of it names, named once',
  ],
  [
    '“We called it ‘Project Phoenix’ because we needed hope,” Jane Doe said.',
    ['Jane Doe', null],
    'a name in capitals the speaker’s words give a thing is no one’s words',
  ],
  [
    '“They called it ‘a disaster,’ and they were right,” Jane Doe said.',
    ['Jane Doe', 'Jane Doe'],
    'guard: what someone is said to have called a thing, in lower case, is words in the quote',
  ],
  [
    'Among the remarks by Jane Doe on Friday:\n• “It was tough.”\n• “We erred.”',
    ['Jane Doe', 'Jane Doe'],
    'a speech noun whose owner `by` names, in a line ending on a colon, hands the list to them',
  ],
  [
    'Tom Roe criticized the remarks by Jane Doe:\n• “It was tough.”',
    ['Tom Roe'],
    'guard: a verb of report in the line keeps its subject',
  ],
  [
    'Mourners sang “Lead Us Home” as candles were lit. The crowd sang “we shall overcome” after.',
    [null, 'the crowd'],
    'a song in title case after a verb of singing is its title; a line in lower case is sung words',
  ],
  [
    '“We ran.”\n\nThat is how Jane Doe, a retired nurse, remembers the moment.',
    ['Jane Doe'],
    'after `how` the words pointed back at are the subject’s, whatever verb follows',
  ],
  [
    '“We ran.”\n\nJane Doe repeated the sentence several times.',
    ['Jane Doe'],
    '`the sentence` a cue says points back as `those words` do',
  ],
  [
    'The letter, signed by 128 nurses and read out by Jane Doe, said: “We accept.”',
    ['128 nurses'],
    'a paper speaks for whom a participle of putting it out names, set off by commas',
  ],
  [
    'Jane Doe, 39, wrote to the Sentinel. The letter, read on air by Tom Roe, began: “I waited.”',
    ['Jane Doe'],
    'who wrote to someone, past an aside after their name, sent the letter',
  ],
  [
    'On Kiwa Radio’s “The Breakfast Show” on Friday, host Jane Doe asked Tom Roe: “What next?”',
    [null, 'Jane Doe'],
    'a name in title case owned by a broadcaster is a show, no one’s words',
  ],
  [
    'Marcus Bell — a rice farmer who lost his crop — spoke.\n\nTom Roe, a volunteer, helped.\n\n“Nothing is left,” the farmer said.',
    ['Marcus Bell'],
    'a role with a relative clause set off by dashes after a name is the name’s',
  ],
  [
    'PORT ELLIS (Wire) — “The water rose fast.”\n\nThose were the words of Jane Doe, a librarian.',
    ['Jane Doe'],
    'a quote alone after a dateline is a paragraph of quotes alone that words point back at',
  ],
  [
    'LAKEVIEW, Ont. — Jane Doe’s bakery reopened.\n\n“We are back,” Doe said.',
    ['Jane Doe'],
    'a name opening the first sentence after a dateline is known in full for a later surname',
  ],
  [
    'NEW YORK AT ITS CORE — “Free memberships,” by Tom Roe.\n\n“We won,” Jane Doe said.',
    [null, 'Jane Doe'],
    'guard: a heading in capitals with words a place lacks is no dateline',
  ],
  [
    'Jane Doe at POLITICO New York reports.\n\n“You have a few more weeks.”',
    ['Jane Doe'],
    'a word in capitals before a name a preposition governs is part of that name',
  ],
  [
    '“We won,” Tom Roe said. Sam Poe disagreed.\n\n“We lost,” Poe said.\n\n“Wrong,” he told Poe.',
    ['Tom Roe', 'Sam Poe', 'Tom Roe'],
    'a pronoun is no one its own clause names after it',
  ],
  [
    '“We won,” Tom Roe said. Sam Poe disagreed.\n\n“We lost,” Poe said.\n\n“Wrong,” he said after Ed Ray read the facts Poe admitted.',
    ['Tom Roe', 'Sam Poe', 'Sam Poe'],
    'guard: a name in a clause of its own does not rule out the pronoun',
  ],
  [
    'Jane Doe spoke. She thanked Tom Roe, Sam Poe and Ed Ray on Sunday, adding that it was “flawed”.',
    ['Jane Doe'],
    'names listed after an object are objects too, no subject for a participle after them',
  ],
  [
    'Tom Roe spoke. When told Sam Poe was in the Cabinet, Jane Doe thought and said “no”.',
    ['Jane Doe'],
    'guard: a name after a comma that no list goes on from opens the main clause',
  ],
  [
    '“Could it be rot?”\n\nThat was the question Jane Doe, a biologist, put to the meeting.',
    ['Jane Doe'],
    'the one who puts a question words point back at may have an aside before the verb',
  ],
  [
    '“Could it be rot?”\n\nIt was Jane Doe, a biologist, who asked it.',
    ['Jane Doe'],
    'a cleft on a speaker whose relative clause poses words points back at the quote',
  ],
  [
    '“Could it be rot?”\n\nIt was Jane Doe who won the race.',
    [null],
    'guard: a cleft whose relative clause says nothing of words points back at no quote',
  ],
  [
    '“They keep using the word ‘closure’ but it is worse,” Jane Doe said.',
    ['Jane Doe', null],
    'a word named as a word inside a quote is no one’s, whoever the words say uses it',
  ],
  [
    '“I would use the word ‘old-school’,” Jane Doe said.',
    ['Jane Doe', 'Jane Doe'],
    'guard: a word the speaker says they use is theirs',
  ],
  [
    'When I asked Jane Doe what it meant, she did not hesitate: “We checked.”',
    ['Jane Doe'],
    'a cue in a clause a subordinator fronts introduces nothing past the main clause’s subject',
  ],
  [
    'After Tom Roe told the board, “We checked,” the meeting ended.',
    ['Tom Roe'],
    'guard: a quote inside the fronted clause is still its cue’s',
  ],
  [
    'The plan passed.\n\nRoe: Plan Is ‘Not Fit for Purpose’\n\nTom Roe, a historian, said the plan was “not fit for purpose.”',
    ['Tom Roe', 'Tom Roe'],
    'a subhead in title case inside the story takes the speaker of the story’s same words',
  ],
  [
    '“My editor called me and said, ‘Wait.’ So we waited,” Jane Doe said.',
    ['Jane Doe', 'my editor'],
    'an owner’s word opens a phrase that is the subject of a cue after another verb',
  ],
  [
    'Tom Roe spoke. His father’s death drives him “to have purpose,” he said.',
    ['Tom Roe'],
    'guard: an owner’s noun that owns in turn opens no speaker’s phrase',
  ],
  [
    'Jane Doe, 61, a retired judge, spoke first.\n\nThe judge, however, was unmoved: “No.”',
    ['Jane Doe'],
    'a phrase that opens a colon’s clause may have a word or two set off by commas before its verb',
  ],
  [
    'The prosecutor, Ana Poe, questioned Tom Roe. Judge Ed Ray presided.\n\nPROSECUTOR: “Why?”\n\nJUDGE RAY: “Go on.”',
    ['Ana Poe', 'Ed Ray'],
    'a role in capitals labels its holder; a title in capitals before a name is a title',
  ],
  [
    'Tom Roe was questioned by counsel, Jane Doe.\n\nQ: “Did you see it?”\n\nA: “No.”',
    ['Jane Doe', 'Tom Roe'],
    'a passive of interviewing turns the parties round: the one after `by` asks',
  ],
  [
    'Jane Doe answered questions from the Ledger.\n\nQ: Why?\n\nA: “Because.”',
    ['Jane Doe'],
    'who answered questions from a paper is the interviewee of the turns after',
  ],
  [
    'Key quotes:\n\n• Jane Doe: “Yes.”\n\n• A former subeditor: “No.”',
    ['Jane Doe', 'a former subeditor'],
    'a phrase for someone alone before a colon labels the quote as a name does',
  ],
  [
    'The problem: “There was no pressure.”',
    [null],
    'guard: a phrase for no one before a colon labels nothing',
  ],
  [
    'Jane Doe spoke.\n\nAsked by Ann Poe, the presenter, whether it ran, she said: “It did.”',
    ['Jane Doe'],
    'the one named after `Asked by` asks; the pronoun that answers is someone else',
  ],
  [
    'Jane Doe told host Ann Poe on the TV programme “Hard Questions” that she would stay.',
    [null],
    'a title after `programme` is a show’s, no one’s words',
  ],
  [
    'Nur Aisyah binti Kamal, a lawyer, spoke.\n\n“Yes,” Nur Aisyah said.\n\n“No,” Aisyah said.',
    ['Nur Aisyah binti Kamal', 'Nur Aisyah binti Kamal'],
    'the given names before a patronymic, or one of them, name its holder again',
  ],
  [
    'Dalia ben Youssef spoke. Tom Roe did not.\n\n“Yes,” ben Youssef said.',
    ['Dalia ben Youssef'],
    'a `ben` in lower case is a particle of the surname after it',
  ],
  [
    'Ben Okafor spoke.\n\n“Yes,” Okafor said.',
    ['Ben Okafor'],
    'guard: a capitalized `Ben` is a given name',
  ],
  [
    'Siti Hajar binti Osman spoke. Tom Roe did not.\n\n“Yes,” she said.',
    ['Siti Hajar binti Osman'],
    '`binti` shows a woman',
  ],
  [
    'The debate was moderated by Imran Qureshi of Channel 7 News.\n\nQureshi asked: “Why?”',
    ['Imran Qureshi'],
    'a number between capitals inside a body’s name leaves the person before its `of` whole',
  ],
  [
    'Okoro & Partners analyst Tane Walker spoke.\n\n“Yes,” Walker said.',
    ['Tane Walker'],
    'a role in lower case after a body with an ampersand is a person’s, not the body’s name',
  ],
  [
    'Friends of Fairview Avenue said in a statement: “We will answer.”',
    ['Friends of Fairview Avenue'],
    'guard: the `of` of a body’s name is no role',
  ],
  [
    '“We waited,” Tariq Haddad, a rice farmer, remembered.',
    ['Tariq Haddad'],
    'who the speaker is may stand between the name and any verb that closes the sentence',
  ],
  [
    '“We waited,” the chief of the regional fire service, Aiko Tanaka, said.',
    ['Aiko Tanaka'],
    'a word for speech between a modifier and a noun (`fire service`) is a noun’s, no cue',
  ],
  [
    'Jane Doe, the mayor, fired back: “No.”',
    ['Jane Doe'],
    'guard: a word for speech after its subject stays a cue',
  ],
  [
    'Jane Doe, the chair, was asked whether it failed. The reply: “Not this year.”',
    ['Jane Doe'],
    'a label for an answer names no one; the one asked answers',
  ],
  [
    'Reporters asked Jane Doe whether it failed.\n\n“Not this year.”',
    ['Jane Doe'],
    'the one asked a question, not the asker, gives the answer the next sentence quotes',
  ],
  [
    'Sarah Young spoke first. Tom Roe was blunt: “No.”\n\nYoung, speaking later, said: “Yes.”',
    ['Tom Roe', 'Sarah Young'],
    'a word opening a sentence is a name before a phrase set off ahead of its cue',
  ],
  [
    '“We have the votes.”\n\nThose were the words the party’s chief negotiator, Jane Doe, chose to open her remarks.',
    ['Jane Doe'],
    'a name set off after a role in a relative clause on the words closes its aside before the verb',
  ],
  [
    'Jane Doe posted on Facebook on Monday. The post read: “We are closed.”',
    ['Jane Doe'],
    'who posted puts out the post, whose words `The post read:` gives',
  ],
  [
    '“No,” said Dr. Karim el-Sayed.',
    ['Karim el-Sayed'],
    'a surname a particle opens in lower case is no verb, though it ends in `-ed`',
  ],
  [
    'Jane Doe was candid when she spoke to reporters on Tuesday.\n\n“We lost.”',
    ['Jane Doe'],
    'a pronoun that speaks in a clause that closes with its cue group hands its speaker on',
  ],
  [
    'Tom Roe voted twice. He fears the party has lost its way. “Make America Great Again” moved him.',
    [null],
    'guard: a pronoun’s cue with other senses, before what it reports, hands no one on',
  ],
  [
    '“I reread ‘The Salt Road’ every winter,” Jane Doe said.',
    ['Jane Doe', null],
    'words in title case inside someone’s quote, with no sentence of their own, are a title',
  ],
  [
    '“I told him, ‘Nusra is Al Qaeda,’ and left,” Jane Doe said.',
    ['Jane Doe', 'Jane Doe'],
    'guard: capitals around a verb inside a quote still make a sentence someone says',
  ],
  [
    '“Wait,” Zhang Meiling said.\n\n“Why?” Wu Jianguo asked.\n\n“Because,” she said.',
    ['Zhang Meiling', 'Wu Jianguo', 'Zhang Meiling'],
    'after a family name written first, a known given name shows the sex',
  ],
  [
    '“Wait,” Deja Stewart said.\n\nTom Roe left.\n\n“Why?” she asked.',
    ['Deja Stewart', 'Deja Stewart'],
    'guard: a surname that is a given name too shows no sex after an unknown given name',
  ],
  [
    '“Wait,” Tom Roe said.\n\nAshby Athletic backed the plan.\n\n“Why?” he asked.',
    ['Tom Roe', 'Tom Roe'],
    'a name that ends in a team’s word, with no given name, is a body, no `he`',
  ],
  [
    'Jane Doe called it “a historic win”, a phrase repeated by several others.',
    ['Jane Doe'],
    'a noun for the words set off after a quote names no one who said them',
  ],
  [
    'A nurse on the picket line conceded that the offer was an insult. “We kept this place running.”',
    ['a nurse'],
    'someone described who reports words after `that` hands the speaker to the next quote',
  ],
  [
    'The figures came out on Monday. “We see value in debt.”\n\nThat was the message from Jane Doe.',
    ['Jane Doe'],
    'words that point back take up a last sentence of quotes alone after others',
  ],
  [
    'The figures came out on Monday. “We see value in debt.”\n\nJane Doe pointed out that rates fell.',
    [null],
    'guard: a paragraph that does not open by pointing back takes up no quote after a sentence',
  ],
  [
    'The figures came out on Monday. “We see value in debt.”\n\nJane Doe said it quietly.',
    ['Jane Doe'],
    'a cue whose object is the words (`said it quietly`) points back as a demonstrative does',
  ],
  [
    '“We lost.”\n\nJane Doe, the town’s clerk, was speaking after the vote.',
    ['Jane Doe'],
    'a speaker in the progressive past an aside takes up a paragraph of quotes alone',
  ],
  [
    '“We lost.” The admission came from Jane Doe, a scientist.',
    ['Jane Doe'],
    'an admission is words someone said, which `came from` gives',
  ],
  [
    'BRISTOL, England (Wire) — Shares of Sahel Solar fell. Sahel Solar said it would appeal.\n\n“No,” the company added.',
    ['Sahel Solar'],
    'the word after a dateline’s dash opens a sentence, so it is no name for being capitalized',
  ],
  [
    'Jane Doe, 46, a tailor, asked the officials: “Who will pay for this?”',
    ['Jane Doe'],
    'asides stack after a name before a cue with an object, and the name asks',
  ],
  [
    'Jane Doe, 51, a nurse, from Lekhnath, told the crowd: “We will not be moved.”',
    ['Jane Doe'],
    'a phrase a preposition opens, set off after other asides, says more of the name',
  ],
  [
    'The Capitol heard it too, where Jane Doe (D-Nev.) told reporters that “there will be a pause.”',
    ['Jane Doe'],
    'guard: a tag in brackets right after a name is that name’s',
  ],
  [
    'Vo Thanh Son, 22, a student in Hue, said: “We did what we were told.”',
    ['Vo Thanh Son'],
    'after a family name written first, a noun for someone in capitals is a given name',
  ],
  [
    'P. K. Roe — the mayor of Biratnagar — told the Tribune: “The council will meet.”',
    ['P. K. Roe'],
    'an initial opening a paragraph is no dateline’s city',
  ],
  [
    'Jane Doe, the planning director, works in Phoenix. Tom Roe spoke to her on Monday.\n\nQ: What next?\n\nA: “We keep going.”',
    ['Jane Doe'],
    'one who talks to a person asks; the person the pronoun stands for answers',
  ],
  [
    'Tom Roe spoke to Jane Doe on Monday.\n\nQ: What next?\n\nA: “We keep going.”',
    ['Jane Doe'],
    'one who talks to a person named asks; the person talked to answers',
  ],
  [
    'Jane Doe spoke to the Ledger on Monday.\n\nQ: What next?\n\nA: “We keep going.”',
    ['Jane Doe'],
    'guard: one who talks to a paper answers',
  ],
  [
    'For 35-year-old Jane Doe, it was a farewell. Her coach was Tom Roe.\n\n“We lost,” the 35-year-old said.',
    ['Jane Doe'],
    'an age before the name finds her again as `the 35-year-old`',
  ],
  [
    'Jane Doe left home at 19. She is 29 now. Her coach was Tom Roe.\n\n“We lost,” the 29-year-old said.',
    ['Jane Doe'],
    'an age a present copula says of the subject is hers',
  ],
  [
    'Jane Doe, 28, has been a goalkeeper in Halifax for years. Her coach was Tom Roe.\n\n“We lost,” the goalkeeper said.',
    ['Jane Doe'],
    'a role a copula of any tense says of a name is the name’s',
  ],
  [
    'Tom Roe, 66, admitted it.\n\nThe 66-year-old posted on Facebook: “We lost.”',
    ['Tom Roe'],
    'guard: an age before a name with words that are no nouns for someone between is not the name’s',
  ],
  [
    'Tom Roe praised Jane Doe’s handling of the offer. But she was cautious: “We cannot pay more.”',
    ['Jane Doe'],
    'a person named in full as the owner of what the verb takes is in sight for a later pronoun',
  ],
  [
    'Tom Roe spoke first. Jane Doe joined St. Brigid’s Medical Center. “We are short,” he said.',
    ['Tom Roe'],
    'guard: a name that goes on past the owner’s ending is a body’s, no owner in sight',
  ],
  [
    'The pipe burst.\n\n“We apologise,” Eng. Le Minh Tuan cut in.',
    ['Le Minh Tuan'],
    'an abbreviated title ends no sentence at its stop and is no part of the name',
  ],
  [
    'The report is in sec. 12 of the act. “It works,” Jane Doe said.',
    ['Jane Doe'],
    'guard: an abbreviation that is a title too still ends before a number as it did',
  ],
  [
    'The claim: “Fares have tripled.”\n\nSen. Jane Doe (D-Ore.) made the claim in a radio interview.',
    ['Jane Doe'],
    'a claim set out after a label is taken up by the sentence that says who made it',
  ],
  [
    'The claim: “Fares have tripled.”\n\nThe figures came out on Monday.',
    [null],
    'guard: a claim after a label that no sentence takes up stays no one’s',
  ],
  [
    'Jane Doe is a bassist. She spoke with Tom Roe by video.\n\nRoe: In 2011 you told the Gazette, “Some days go well.” Still true?',
    ['Jane Doe'],
    'in a turn a name in title case labels, `you` is the other party the introduction named',
  ],
  [
    'Jane Doe is a bassist. Tom Roe spoke to her by video.\n\nDoe: I told my editor, “Give me a year.”',
    ['Jane Doe'],
    'in a turn a name labels, `I` is the label’s own',
  ],
  [
    'Jane Doe paused.\n\nMy grandmother used to say, “Go home.”',
    ['my grandmother'],
    'a verb of habit and its `to` stand where an auxiliary does',
  ],
  [
    '“We lost,” said Jane Doe.\n\nThe panel ended with a screening of “The Quiet Crossing”. Its most quoted lines:\n\n“Nobody leaves twice.”',
    ['Jane Doe', null, null],
    'a paragraph of prose whose only quote is a title ends a chain of quotes',
  ],
  [
    '“We lost,” said Jane Doe.\n\nDoe said the film “Jaws” changed her life.\n\n“I saw it nine times.”',
    ['Jane Doe', null, 'Jane Doe'],
    'a title is no quote of its sentence’s own, which reports its speaker to the next quote',
  ],
  [
    'Jane Doe died on Monday.\n\n“She always said, ‘Fame is a rented coat.’ I rolled my eyes,” her niece, Ana Roe, recalled.',
    ['Ana Roe', 'Jane Doe'],
    '`she` and a cue opening a quote give the quote inside it to someone in sight, not the speaker',
  ],
  [
    'Tom Roe spoke first.\n\n“He said, ‘Come home,’ and we did,” Jane Doe said.',
    ['Jane Doe', 'Tom Roe'],
    '`he` opening a quote stands for a man in sight before, the speaker being a woman',
  ],
  [
    'Jane Doe is a designer. Her new film, “Afterlight”, opens Monday. She sat down with The Harbour Review in Lisbon.\n\nThe Harbour Review: In 2000 you told us, “I stopped apologising.” Still true?',
    [null, 'Jane Doe'],
    'a body with its article labels a turn, and a sentence about what is hers leaves her the interviewee',
  ],
  [
    '“We rewrote it in a hotel lobby.” Then a long pause.\n\nSo says Jane Doe, whose play opens on Saturday.',
    ['Jane Doe'],
    'words that point back reach past a beat after the lede’s quote that names no one',
  ],
  [
    '“We rewrote it in a hotel lobby.” Then a long pause.\n\nJane Doe says this with a laugh.',
    ['Jane Doe'],
    'a cue whose object is `this` points back as `it` does',
  ],
  [
    '“We rewrote it in a hotel lobby.” Tom Roe was not there.\n\nSo says Jane Doe, whose play opens.',
    [null],
    'guard: past a sentence that names someone, words that point back take up no quote',
  ],
  [
    'Jane Doe, 63, a printmaker who has lived in Lahore since 1980, opens a show. Her agent, Tom Roe, is pleased.\n\n“The clay decides,” the printmaker said.',
    ['Jane Doe'],
    'a role with a relative clause set off after a name is the name’s',
  ],
  [
    '“Fame is a rented coat.”\n\nThe sentence is Jane Doe’s, from her memoir, “Nine Bridges”. She still believes it.',
    ['Jane Doe', null],
    'words owned by a copula and a name standing alone are the name’s, past a title',
  ],
  [
    'Scrum-half Siti binti Jalil told Metro FM: “The fans carried us.”',
    ['Siti binti Jalil'],
    'a playing position opening a sentence before a name is the player’s role',
  ],
  [
    'Center Parcs said: “We are open.”',
    ['Center Parcs'],
    'guard: a playing position before one word may open a name',
  ],
  [
    '“We will move,” said Ratu Epeli Nawadra.\n\n“Now,” Nawadra added.',
    ['Epeli Nawadra', 'Epeli Nawadra'],
    'Fiji’s chiefly title for a man is no part of the name',
  ],
  [
    'Hundreds of residents marched through central Lahore on Sunday, chanting “Clean air now!” as they walked.',
    ['hundreds of residents'],
    'a count of a crowd is part of its phrase, whose participle reports it past adverbials',
  ],
  [
    'In a letter sent to the ministry on Sunday, more than 44 nurses wrote: “The plan is overdue.”',
    ['more than 44 nurses'],
    'a count’s degree opening a clause is part of the phrase',
  ],
  [
    'The farmers marched through the city on Tuesday, chanting “Water for all!”',
    ['the farmers'],
    'a plural known by its ending, opening the sentence, is the subject its participle goes on from',
  ],
  [
    'The farmers marched as police watched, chanting “Water for all!”',
    [null],
    'guard: a participle past a clause set off by `as` reports no opening phrase',
  ],
  [
    'The audit states: “No signal was identified.” It adds: “Efficacy was 68 percent.”',
    ['the audit', 'the audit'],
    '`it` after a sentence in which a paper spoke is that paper',
  ],
  [
    'The report said: “We grew.” Jane Doe disagreed. It added: “We grew more.”',
    ['the report', null],
    'guard: `it` past a sentence with no paper speaking is no paper',
  ],
  [
    'Pacifica Fisheries, a fishing company, said: “None.”\n\nThe ministry said: “We will check.”\n\n“Our fleet shrank,” the company said.',
    ['Pacifica Fisheries', 'the ministry', 'Pacifica Fisheries'],
    'a body’s sort set off after its name is the name’s, for a later `the company`',
  ],
  [
    'The Ministry of Agriculture said on Monday that it was reviewing the evidence. “The rules stand,” the ministry said.\n\nKestrel Seeds, a seed company based in Cork, said: “None.”\n\n“Demand has tripled,” the company said.',
    ['Ministry of Agriculture', 'Kestrel Seeds', 'Kestrel Seeds'],
    'a role placed by `based in` is still set off after the name',
  ],
  [
    '“We enrolled 4,000 children.” The words hang in the air of a small room in Iquitos.\n\nSo says Meera Hossain, a pediatrician.',
    ['Meera Hossain'],
    'a place in a beat after a lede names no one: the pointer reaches back past it',
  ],
  [
    '“The vaccine works.” That was all Dr. Mere Tupou would say on the subject.',
    ['Mere Tupou'],
    '`That was all X would say` points back at the quote, as `That was what` does',
  ],
  [
    'Some in the audience shouted “Recount!” as the result was read out.',
    ['some in the audience'],
    'a quantifier opening its clause, placed in a crowd, is who shouted',
  ],
  [
    'Tom Roe, an analyst, doubted it. Fatima Benali, a lawyer representing the bondholders in a lawsuit against Korvata, said a deal was unlikely.\n\n“Nobody is above the rules,” the lawyer said.',
    ['Fatima Benali'],
    'a role set off with a participle that says what it does is the name’s',
  ],
  [
    'Klaus Brenner stepped down as chief executive on Monday. Priya Raghunathan, the chief operating officer, will take over.\n\n“We leave the books in good order,” the departing chief executive said.',
    ['Klaus Brenner'],
    'the role a name’s own verb gives with `as` is the name’s',
  ],
  [
    'Jane Doe described Tom Roe as a friend.\n\n“We met in 1990,” the friend said.',
    ['a friend'],
    'guard: `as` after an object gives the object’s role, not the subject’s',
  ],
  [
    'Helvion Chief Warns of ‘Tough Months’\n\n“Management needs to explain,” said Tom Roe, an analyst.',
    ['Helvion Chief', 'Tom Roe'],
    'a headline’s role is not lent to the story’s first speaker when the story gives them another role',
  ],
  [
    'The victim’s father recalled his son had been celebrating a birthday.\n\n“He had just been accepted into the apprenticeship.”',
    ['victim’s father'],
    'a verb of saying news inverts, with a clause and no `that`, reports its subject to the next quote',
  ],
  [
    'Halden council has confirmed it will borrow £3 million. “World-class” is a word that has been used a great deal in the debate.',
    [null],
    'guard: a body’s clause with no `that` reports nothing to a word in marks after it',
  ],
  [
    '“I saw him run,” recalled Dieter von Hollen, the first witness.\n\nBefore the hearing ended, Youssef Nasser addressed the court. “I think about it every day,” he added.',
    ['Dieter von Hollen', 'Youssef Nasser'],
    'a subject in the quote’s own paragraph sets up `he added`, before the last one who spoke',
  ],
  [
    'Emre Aksoy said the plan would work. Traffic backed up. He added: “We will see.”',
    ['Emre Aksoy'],
    'guard: past a sentence about things, `he added` is the one who spoke',
  ],
  [
    '‘I Make Things Slowly’: Hamed Halvorsen on Home\n\nHamed Halvorsen, 54, is a printmaker from Kazan.',
    ['Hamed Halvorsen'],
    'a given name in `-ed` is no past form before the name in a headline',
  ],
  [
    '“We cannot run a business,” remarked Yuliana Putri, 49.\n\nFor Rina Kusumawati, a charcoal seller, the water shortage is personal. “I spend more on water than on food,” she added.',
    ['Yuliana Putri', 'Rina Kusumawati'],
    'someone the sentence before names, when its subject is no one, sets up `she added`',
  ],
  [
    '“The fine is disproportionate,” O’Neill said.\n\nNour Haddad arrived in Dublin on Monday.\n\n“Demand has exceeded our expectations,” he added.',
    ['O’Neill', 'O’Neill'],
    'guard: a paragraph about someone else before `he added` sets up nothing',
  ],
  [
    'Intro.\n\nShelling damaged a substation on the outskirts of the city.\n\n06:52 GMT — Kim Says Front Faces ‘A Long Winter’\n\nCol. Kim Soo-ah wrote on X: “We are preparing for a long winter.”',
    ['Kim Soo-ah', 'Kim Soo-ah'],
    'a subhead that opens with a time is still in title case: its quote is the story’s words below',
  ],
  [
    'Party chair Reza Hosseini said on “Face the Voters” on Monday that turnout was low. “It was only one night,” he said.',
    [null, 'Reza Hosseini'],
    'a name in title case after `on`, where someone speaks, is the programme',
  ],
  [
    'Jane Doe said on Monday: “We Will Win.”',
    ['Jane Doe'],
    'guard: `on` a day is no programme; the quote after the colon is hers',
  ],
  [
    'What they said:\n\n• Elif Yılmaz, partner at Pryce Albright LLP, which represents investors suing the company: “The evidence will show it.”',
    ['Elif Yılmaz'],
    'a label’s aside that ends in `which` on a body leaves the quote to the name that opens the label',
  ],
  [
    'The board, which met on Monday, said: “We agree.”',
    ['the board'],
    'guard: a body with a relative clause before its own cue speaks',
  ],
  [
    'The campaign, billed as “Safe Streets Summer”, begins on Wednesday.',
    [null],
    'what something is billed as is a name for it',
  ],
  [
    'The duty controller told reporters: “Every carriage has been checked.”\n\nBuses were running.\n\nThe duty controller, Leilani F. Ferreira, added: “Our first priority is the injured.”',
    ['Leilani F. Ferreira', 'Leilani F. Ferreira'],
    'a role that spoke first is the name a definite role phrase later sets off',
  ],
  [
    '“We have pumps,” a spokeswoman for the operator said.\n\nA tug stood by.\n\nThe spokeswoman was later identified as Zanele Achterberg, 68.',
    ['Zanele Achterberg'],
    'a role that spoke first is the name it is later identified as',
  ],
  [
    '“We have pumps,” a spokeswoman for the operator said.\n\nA spokeswoman for the union, Jane Doe, disagreed.',
    ['a spokeswoman'],
    'guard: an indefinite role set off by a name is another person, not the one who spoke',
  ],
  [
    'A ferry ran aground off Nordhaven on Friday.\n\n“No fuel,” the investigator said.',
    ['the investigator'],
    'a name after `off` is a place, no one a later role phrase stands for',
  ],
  [
    'Desmond Roe told reporters, “These families deserve to know.”\n\nYusuf Balogun was less optimistic. “We followed every rule,” he replied.\n\nRoe returned to the microphone. “Why did it take until March?” he asked.\n\n“The levels are a reason for action.”',
    ['Desmond Roe', 'Yusuf Balogun', 'Desmond Roe', 'Desmond Roe'],
    'a question after a sentence that brings its asker back opens the asker’s own turn',
  ],
  [
    'The Venerable Hiwot Bekele (38, in Porto since 1998) told practitioners that the crisis was a test.\n\n“I have buried too many,” Bekele explained afterward.',
    ['Hiwot Bekele'],
    'a Buddhist clergy’s title is no part of the name, nor a body’s',
  ],
  [
    'The board of trustees said in a letter that it “fully supports” the administration, a position that Luiza Oliveira, a professor, called “baffling”.',
    ['the board', 'Luiza Oliveira'],
    'words in marks inside a clause that runs on past them are not the object’s after them',
  ],
  [
    '“We win” the mayor said.',
    ['the mayor'],
    'guard: with its cue right after, a phrase after unpunctuated marks still speaks',
  ],
  [
    'The Undergraduate Assembly plans to vote next week. Its draft calls the cancellation “shortsighted”.',
    ['Undergraduate Assembly'],
    'a body’s draft speaks for the body',
  ],
  [
    'A student asked me last week, “Why should I trust you?” I think about that every day.',
    ['a student'],
    'a cue group whose object and adverbials run to the comma introduces the quote; `I think` after it is no attribution',
  ],
  [
    'The Rev. Sadia Qureshi told parishioners it was a test.\n\nThe homily came after Rafael de Souza, its coordinator, announced cuts.\n\n“We are not called to be comfortable,” the pastor acknowledged.',
    ['Sadia Qureshi'],
    'a clergy title names the role a later phrase finds (`The Rev.` for `the pastor`)',
  ],
  [
    '“We will not let it be sold,” said the Rev. Karim al-Masri.\n\n“The formula punishes towns,” said Culture Minister Etienne Fitzgerald.\n\n“Cutting the arts budget is a false economy,” the minister added.',
    ['Karim al-Masri', 'Etienne Fitzgerald', 'Etienne Fitzgerald'],
    'guard: `the Rev.` is no government’s `minister`',
  ],
  [
    'Senator Jo Roe told reporters, “We will not let this bill die.”\n\n“If this were your well, would you wait?” Commissioner Ann Lee said flatly.\n\n“The testing should have started years ago.”',
    ['Jo Roe', 'Ann Lee', 'Ann Lee'],
    'a question said, not asked, is put to no one: the quote after it goes on from its speaker',
  ],
  [
    'Ann Lee took questions on Friday.\n\nA reporter asked: “Why did it take so long?” Lee said in a statement: “Because we had to get it right.”',
    ['a reporter', 'Ann Lee'],
    'a cue group past its adverbials introduces the quote after its colon, not the question before it',
  ],
  [
    '“The door to talks remains open,” the state news agency quoted Foreign Minister Ana Ruiz, 54, as saying on Monday.',
    ['Ana Ruiz'],
    'the one quoted, past an aside, speaks; not the agency that quoted her',
  ],
  [
    'State television cited Ana Ruiz, a senior aide, as saying the talks were “going nowhere.”',
    ['Ana Ruiz'],
    '`cited … as saying` as `quoted … as saying`',
  ],
  [
    'The agency carried a statement from the port authority, which said the position was “well known.”',
    ['the port authority'],
    '`which` after a body is the body: here the one that sent the statement',
  ],
  [
    'The Nordic Security Compact said its members would “refrain from unilateral steps.”',
    ['Nordic Security Compact'],
    'a title’s modifier (`Security`) right before a name is no title: the run is a body’s name',
  ],
  [
    '“The door is open,” local television reported.',
    ['local television'],
    'broadcasting as a source',
  ],
  [
    '“We deserved more,” point guard Jo Roe said.',
    ['Jo Roe'],
    'guard: a cue word before a phrase with its own cue (`point`) is no inverted cue',
  ],
  [
    'Chiamaka Owusu sat down with The Riverside Gazette reporter Claire Pennington this week.\n\nQ: In 2019 you called the plan “deeply flawed.” Do you still feel that way?',
    ['Chiamaka Owusu'],
    'one talked with as a reporter asks: the one who sat down with her answers, and is `you`',
  ],
  [
    'Q&A: Zhou on the plant closure\n\nZhou Jianhua sat down with reporter Kenji Morimoto. In the interview, Zhou called the response “unacceptable.”',
    ['Zhou Jianhua'],
    'a family name written first, seen alone in the headline, is the full name after it',
  ],
  [
    'Javier del Río sat down with reporter Declan Shea.\n\nShea: What did you tell the board?\n\nDel Río: I told the board, “We did everything by the book.”',
    ['Javier del Río'],
    'a label with a particle (`Del Río:`) names the turn’s `I`',
  ],
  [
    'OPINION: What I got wrong\n\nBy Anna Vogt | Columnist\n\nIn 2014, I wrote in this space that the deal was “unworkable.” I still believe it.',
    ['Anna Vogt'],
    'a byline names the writer, who is `I`',
  ],
  [
    'In 2014, I wrote in this space that the deal was “unworkable.” I still believe it.\n\nAnna Vogt writes about local government for the Riverside Gazette.',
    ['Anna Vogt'],
    'so does a closing line about the writer',
  ],
  [
    'My first editor had a line for moments like this: “If you do it, do it right.”\n\nOur landlord always said, “Say less.”',
    ['my first editor', 'our landlord'],
    'an ordinal after `my` modifies the noun; `our` opens a phrase as an article does',
  ],
  [
    '“The sign on the door just said ‘Do not enter’. That was it,” Dunmore said.\n\n“I must have read ‘What the Tide Left’ a dozen times looking for answers,” Donnelly recalled.',
    ['Dunmore', null, 'Donnelly', null],
    'inside someone’s words, a sign’s words (past the verb’s adverb and where the sign hangs) and a title read are no one’s',
  ],
  [
    'Daisuke Sato spent weeks trying to get answers from Dr. Zhang Jianhua.\n\n“When I finally asked Zhang about it, he said, ‘Nothing was easy,’ and then he hung up,” Sato said.',
    ['Daisuke Sato', 'Zhang Jianhua'],
    '`he` after a clause set off inside the words is the one person the clause named',
  ],
  [
    'The witness, Yoon Ji-won, the company’s former bookkeeper, was questioned by Sanne van Aalst.\n\nMS. VAN AALST: Did she say anything?\n\nTHE WITNESS: I called my sister that night and told her, “They want me to lie for them.”',
    ['Yoon Ji-won'],
    'a turn a role labels speaks as the person the text gave the role',
  ],
  [
    'Morning Memo\n\nMonday, April 4\n\nA similar proposal failed by a single vote in 2011, and the council has argued about it ever since.\n\n‘Deeply Flawed’: Haddad Digs In on Flood Barrier\n\nYousef Haddad, the chair, said on Monday that the barrier was “a mess.”',
    ['Yousef Haddad', 'Yousef Haddad'],
    'a subhead further down gives a stand with a phrasal verb (`Digs In`) after its quote',
  ],
  [
    'Sander Verbeek died Saturday.\n\nHis friend Ana Roe said the loss was “enormous.”\n\nThe food bank serves 400 families.\n\nVolunteers packed boxes all week.\n\nDonations doubled in May.\n\nIn a 1998 interview, he said: “The secret is that there is no secret.”',
    ['Ana Roe', 'Sander Verbeek'],
    'a pronoun out of sight of its person is the one person named whom it can be',
  ],
  [
    'Sander Verbeek died Saturday.\n\nHis friend Alex Roe said the loss was “enormous.”\n\nThe food bank serves 400 families.\n\nVolunteers packed boxes all week.\n\nDonations doubled in May.\n\nIn a 1998 interview, he said: “The secret is that there is no secret.”',
    ['Alex Roe', null],
    'guard: not when someone whose gender nothing shows could be the one',
  ],
  [
    'It was Anouk Verbeek, not Huang Min, who said the proposal was “a good start.”',
    ['Anouk Verbeek'],
    'a cleft’s `who` is the one put first, not the one set against it',
  ],
  [
    '“There is no plan B.” The words, from Anouk de Wit, who chairs the committee, drew a long silence.',
    ['Anouk de Wit'],
    'a noun for the words, with whose they are set off after it',
  ],
  [
    'Meet Haddad, the baker everyone talks about\n\nOmar Haddad is already at work by 6 a.m.\n\n“It has been a hard year,” Haddad says.',
    ['Omar Haddad'],
    'a verb a title opens with is no given name: `Meet Haddad` is no second person',
  ],
  [
    'Mary Lee spoke first.\n\nShe was introduced by Sanjay Pillai, 60, who called her “the real deal.”',
    ['Sanjay Pillai'],
    'a relative clause after an age set off after a name is the name’s',
  ],
  [
    'Mary Lee spoke first.\n\nShe was introduced by Han Ji-hoon, the county’s public health commissioner, who called her “a fighter.”',
    ['Han Ji-hoon'],
    'a relative clause after a role with an owner set off after a name is the name’s',
  ],
  [
    'Mary Lee spoke first.\n\nShe was introduced by Ana Roe, a lawyer for the residents, who called her “one of us.”',
    ['Ana Roe'],
    'a relative clause after a role with a complement is the name’s, not the complement’s',
  ],
  [
    'Ana Roe signed it first.\n\nPriya Raghunathan, 54, a retired teacher, who did not sign the letter, said she shared its concerns. “We have waited long enough.”',
    ['Priya Raghunathan'],
    'a cue after a relative clause set off after asides reports the name',
  ],
  [
    'The award went to Robert Dinh, Tom Hanley and Stevie Marsh, who called it “a surprise.”',
    ['Stevie Marsh'],
    'guard: after a list of names, `who` is the last name’s',
  ],
  [
    '“The methods are careful,” said an outside expert who was not involved in the study.',
    ['an outside expert'],
    'a preposition right after an article modifies the head (inverted)',
  ],
  [
    'One outside researcher who reviewed the paper said: “It is a real advance.”',
    ['one outside researcher'],
    'a preposition right after an article modifies the head (before the cue)',
  ],
  [
    '“It works,” said a man in the crowd.',
    ['a man'],
    'guard: a preposition after a noun still ends the phrase',
  ],
  [
    'Co-author J. Beaumont Demir said the model would be sold. “It works,” Demir said.',
    ['J. Beaumont Demir'],
    '`co-` before a title keeps it a title, no given name',
  ],
  [
    '“This is it,” Viktor Voss, the lead scientist, said.\n\nSofia Haddad, 55, the mission’s chief engineer, joined in June.\n\n“We did it,” he said.',
    ['Viktor Voss', 'Viktor Voss'],
    'a noun for someone after a role’s head ends the phrase: no `chief` for a later `he`',
  ],
  [
    '“We will win,” reads the first line of an email Sofia Demir sent to staff on Tuesday.',
    ['Sofia Demir'],
    'a place in a paper is the paper’s, whose phrase names its writer',
  ],
  [
    'The ministry issued a statement. “We will win,” reads the closing line of the statement.',
    ['the ministry'],
    'a place in a paper whose issuer the text named speaks for the issuer',
  ],
  [
    '“We would rather recall a product than risk a fire.”\n\nThe message, posted by Nurul binti Aziz at 9:14 p.m. on Sunday, was shared thousands of times.',
    ['Nurul binti Aziz'],
    'words set off with a participle of writing and its agent are the agent’s',
  ],
  [
    '“The water tower is older than anyone.”\n\nThe speaker was Bernadette Quispe, a retired schoolteacher, and the crowd rose to its feet.',
    ['Bernadette Quispe'],
    'a noun for the one who spoke, linked to a name by a copula, names the speaker',
  ],
  [
    'The plant closes in March. “We owe it to them,” dozens of farmers said in a statement.',
    ['dozens of farmers'],
    'a crowd’s count opens the phrase after the quote',
  ],
  [
    'The plant closes in March. “We owe it to them,” about 40 residents said.',
    ['about 40 residents'],
    'a count’s degree opens the phrase after the quote',
  ],
  [
    'The plant closes in March. “We owe it to them,” said the three farm groups.',
    ['the three farm groups'],
    'a count after the article is the phrase’s',
  ],
  [
    'Omar Haddad met Ana Ruiz in May.\n\n“He told me, ‘We will not retreat,’ and I believed him,” Ruiz said.',
    ['Ana Ruiz', 'Omar Haddad'],
    'a quote’s words that open with `he` and a cue past the one told are someone the story named',
  ],
  [
    'Ana Ruiz met Foreign Minister Omar Haddad in May.\n\nRuiz said: “He looked at me and said, ‘We will not retreat.’”',
    ['Ana Ruiz', 'Omar Haddad'],
    '`he` and a verb joined before the cue inside a quote',
  ],
  [
    'Mme Claire Dubois said: “We will talk.”\n\n“It is time,” she added.',
    ['Claire Dubois', 'Claire Dubois'],
    'a courtesy title with no stop is no part of the name',
  ],
  [
    'Herr Klaus Becker said: “We will talk.”',
    ['Klaus Becker'],
    'a courtesy title with no stop is no part of the name (`Herr`)',
  ],
  [
    '“The easy part is over,” Choi Seung-woo, a nurse at St. Brendan’s Hospital tweeted on Saturday.',
    ['Choi Seung-woo'],
    'right after the quote, a role set off after a name with no closing comma is the name’s',
  ],
  [
    'After meeting Jane Doe, a nurse said: “It went well.”',
    ['a nurse'],
    'guard: not a name a fronted phrase ends',
  ],
  [
    'Mathieu Marchand spoke first.\n\nMarchand was direct: “If you live here, you know.”',
    ['Mathieu Marchand'],
    'a copula and an adjective that is a cue’s bare form is no passive',
  ],
  [
    'The nurses were told: “Go home.”',
    [null],
    'guard: a copula and a participle is a passive; the one told does not speak',
  ],
  [
    'A camera mode called “Dusk Mode” brightens scenes shot in near darkness.',
    [null],
    'a thing a participle names after an article that opens the sentence: a name, no one’s words',
  ],
  [
    'Fusion has long been described as the “holy grail” of energy research.',
    [null],
    'a passive with no agent before `as` says what the subject is called, by no one named',
  ],
  [
    'Leyva opened up about being described as a “real woman.”',
    ['Leyva'],
    'guard: after `being` the subject tells of it',
  ],
  [
    'An aide to the governor said the plan was dead. “It is over.”',
    ['an aide'],
    'a set-up’s subject with a phrase a preposition opens before the cue',
  ],
  [
    'A bus driver who has worked the route for 14 years argued that the delays were avoidable. “My phone has not stopped ringing.”',
    ['a bus driver'],
    'a set-up’s subject past a relative clause with a verb of its own',
  ],
  [
    'Jane Doe met a man who argued that the delays were avoidable. “My phone has not stopped ringing.”',
    ['a man'],
    'guard: a relative clause’s own cue is the relative’s',
  ],
  [
    'The outage revived talk of a “single point of failure” in the internet’s plumbing.',
    [null],
    'a bare speech noun a verb takes, whose subject is an event, reports no one',
  ],
  [
    'Boos rained down, and the crowd loudly reprised the caustic chant “Lock her up!”',
    ['the crowd'],
    'guard: a crowd that takes up a chant still speaks it',
  ],
  [
    'FOR IMMEDIATE RELEASE\n\nRedline Freight Announces New Partnership\n\nGRANITE CITY — June 8, 2024 — Redline Freight today announced an investment.\n\n“We are here,” said Ana Roe, founder of Redline Freight.\n\nThe program will launch in June.\n\nIt will reach 270 households.\n\n“We listened,” the company said.',
    ['Ana Roe', 'Redline Freight'],
    'the lede is the first paragraphs with a subject, past a kicker and a headline',
  ],
  [
    'Harborline Foods will open a plant. “A big day,” said Ana Roe, founder and CEO of Harborline Foods.\n\nIt will run two shifts.\n\n“We chose well,” the company said.',
    ['Ana Roe', 'Harborline Foods'],
    'a company’s name after a title and its `of` is the company’s, not the title’s',
  ],
  [
    '“A big day,” said Ana Roe, Secretary of Energy.',
    ['Ana Roe'],
    'guard: a title’s complement of one trade word names no company',
  ],
  [
    'Viktor Hale read the notice. “It is ready,” said Smt. Lakshmi Rao. “No one is left out,” she said.',
    ['Lakshmi Rao', 'Lakshmi Rao'],
    'an honorific with a stop is no part of the name and tells a `she`',
  ],
  [
    'Sofia Lind read the notice. “It is ready,” said Haji Rahman Salleh. “Go,” he said.',
    ['Rahman Salleh', 'Rahman Salleh'],
    'an honorific of Southeast Asia’s press is no part of the name and tells a `he`',
  ],
  [
    'Viktor Hale has led the club for years, and the 53-year-old was relaxed. Defender Paola Valencia scored.\n\n“We were clinical,” the 53-year-old said.',
    ['Viktor Hale'],
    'a phrase opening a clause joined to the sentence of the one person it named is that person',
  ],
  [
    'Ana Roe, the coach, named Ibrahim Lee in the side, and the winger scored twice.\n\n“Good,” the coach said. “I worked hard,” the winger said.',
    ['Ana Roe', 'Ibrahim Lee'],
    'a joined clause’s phrase is the one the sentence named whom no other role describes',
  ],
  [
    'Viktor Hale criticized Maria Lind, and the 44-year-old fired back on Tuesday. “He is wrong,” the 44-year-old said.',
    ['Maria Lind'],
    'guard: a joined clause’s phrase after the subject, with another named, is the other',
  ],
  [
    'Tereza Roe, a Czech international, scored. The visitors’ full-back, Beatriz Lima, impressed.\n\n“We were honest,” the Czech added.',
    ['Tereza Roe'],
    'a people’s word in a role set off after a name is a role of the name',
  ],
  [
    'CEO Helen Salazar arrived first. Maria Lind, a supplier, came later.\n\n“It will be hard,” the chief executive said.',
    ['Helen Salazar'],
    'a CEO is who `the chief executive` is',
  ],
  [
    'Prosecutor Tom Roe paused the tape at the moment Nasser could be heard saying: “Send an ambulance.”',
    ['Nasser'],
    'the one a passive of hearing perceives says the words, not the clause’s subject',
  ],
  [
    'Jurors were shown texts.\n\nProsecutor Tom Roe read aloud one that Reza Aydin sent that night: “It is done.”',
    ['Reza Aydin'],
    'words read aloud from one that someone sent are the sender’s',
  ],
  [
    'Prosecutor Tom Roe read a statement: “It is done.”',
    ['Tom Roe'],
    'guard: a paper read aloud with no writer named is the reader’s',
  ],
  [
    'Lawyer for Doe calls verdict ‘a rush to judgment’\n\nAna Lee, a lawyer for Jane Doe, said the conviction would be challenged.',
    ['Ana Lee'],
    'a headline’s `Lawyer for Doe` is the lawyer, not Doe',
  ],
  [
    'Maria and Tomas Okafor run the bakery. “We never expected this,” Ms. Okafor said.\n\n“It was hard,” Mr. Okafor added.',
    ['Maria Okafor', 'Tomas Okafor'],
    'a given name joined to a full name shares its surname, and titles tell the two apart',
  ],
  [
    'Tomas Okafor and Maria Okafor run the bakery. “It was hard,” Mr. Okafor said. “We never expected this,” Ms. Okafor said. “We will rebuild,” Mr. Okafor added.',
    ['Tomas Okafor', 'Maria Okafor', 'Tomas Okafor'],
    'one spelling of a surname with another title’s gender does not take over the spelling',
  ],
  [
    'Ahmed and Fatima Novak sold the hotel. “We never expected this,” Mr. Novak said.',
    ['Ahmed Novak'],
    'a known given name opening a sentence is no participle (`Ahmed`) and no plural (`Tomas`)',
  ],
  [
    'Jane Doe was acquitted on Friday.\n\n“Today the jury got it right.\n\n“The evidence was never there,” her lawyer Tom Roe said.',
    ['Tom Roe', 'Tom Roe'],
    'a quote over paragraphs named at its end is that speaker’s, not the one the sentence before named',
  ],
  [
    'Jane Doe was acquitted on Friday.\n\n“Today the jury got it right.\n\n“We will rest,” Tom Roe said. “It is over.\n\n“We go home.”',
    ['Tom Roe', 'Tom Roe', 'Tom Roe', 'Tom Roe'],
    'so is one named in a middle paragraph, before and after it',
  ],
  [
    'As the Ledger reported:\n\n"Talks stalled.\n\n"Reporters asked the envoy.\n\n“It is over,” Tom Roe said."',
    ['Ledger', 'Ledger', 'Tom Roe'],
    'guard: a paragraph opening another mark than the quote left open is a quote inside it',
  ],
  [
    '“It is over,” Senior Crown Counsel Jane Doe said.\n\n“We will appeal,” said Tom Roe KC.\n\n“No,” Ann Lee MP said.',
    ['Jane Doe', 'Tom Roe', 'Ann Lee'],
    'a counsel’s title in capitals is kept apart from the name; so are letters after it',
  ],
  [
    '“We are thrilled,” Orlando City SC said.',
    ['Orlando City SC'],
    'guard: `SC` with no comma ends a club’s name',
  ],
  [
    'Pedro Roe, president of the Rail Workers Union, said talks had stalled.\n\nAna Lee, a chef, welcomed the move.\n\n“We will strike,” the union leader said.',
    ['Pedro Roe'],
    'a phrase sharing a word with what was said beside a name is that person, past someone in sight',
  ],
  [
    'Born in Osaka, Jane Doe left school at 16.\n\nTom Roe, a student, agreed.\n\n“We grew,” the Osaka-born executive said.',
    ['Jane Doe'],
    'so is one sharing a word with a short phrase set off before the name',
  ],
  [
    'President Tom Roe spoke on Friday.\n\n“We will win,” the presidential hopeful said.',
    ['the presidential hopeful'],
    'guard: a title is matched as a title, not as a word said of someone',
  ],
  [
    'Ostrander Builders chief executive Lakshmi Roe has resigned, the company said.\n\n“A successor will be named,” the company said.',
    ['Ostrander Builders'],
    'a body named before a title it gives, in lower case, is the body a later noun for it names',
  ],
  [
    'Jane Roe spokesman Tom Lee said it was over.\n\n“It is over,” the company said.',
    ['the company'],
    'guard: a run a given name opens before the title is a person’s, no body',
  ],
  [
    'Ana Lee, a consultant, said the move was overdue. Zephyrine Wind disagreed. “We regret it,” it said.',
    ['Zephyrine Wind'],
    '`it` after the sentence before names no one else is its subject, a name no one has',
  ],
  [
    'Asked about the ruling, Yuki Roe, 39, a security guard, called it “historic.” “Everything costs more,” she said.',
    ['Yuki Roe', 'Yuki Roe'],
    'a name with an age beside it is a person’s, whatever body its role’s noun may name',
  ],
  [
    'Ms. Farouk spoke first.\n\nAsked whether Viktor Roe, the National Union of Bakery Workers’ lead negotiator, had been consulted, she said: “No.”',
    ['Farouk'],
    'a role a body’s name owns, set off after a name, is the name’s, no one else for `she`',
  ],
  [
    'COLUMBUS, Ohio, June 24 (AP) — A bartender testified that she watched him leave, telling jurors the two had been arguing “loud enough.”',
    ['a bartender'],
    'a dateline may carry a date: the subject follows its dash',
  ],
  [
    'Jian Roe pleaded guilty on Monday to charges linked to the “sovereign citizen” movement.\n\nTom Lee charges that “they are all crooks.”',
    [null, 'Tom Lee'],
    'a plea in court and charges of something say nothing; `charges that` still reports',
  ],
  [
    'Officers from the Halden Police Service were called to the house.\n\n“This remains an active investigation,” police said.',
    ['Halden Police Service'],
    '`police` is the one force named, by `Police Service` too',
  ],
  [
    'Defense attorney Tom Lee and Assistant District Attorney Jane Roe argued all day.\n\n“The call is admissible,” the prosecutor said.',
    ['Jane Roe'],
    'a district attorney is who `the prosecutor` is; a defense attorney is not',
  ],
  [
    'Magistrate Jane Roe sentenced Tom Lee to 12 years.\n\n“You showed no remorse,” the judge said.',
    ['Jane Roe'],
    'a magistrate is who `the judge` is',
  ],
  [
    'Dr. Hiroshi Farouk, a dentist, and his sister, Layla Farouk, share a house.\n\n“I was scared,” Dr. Farouk said.\n\n“The hours do not matter,” Ms. Farouk said.',
    ['Hiroshi Farouk', 'Layla Farouk'],
    'of two who share a surname, the one written with the title is who the title and surname are',
  ],
  [
    'Dr. Babatunde Sokolov, a doctor, and his sister, Yasmin Sokolov, share a house.\n\n“The day we opened,” Ms. Sokolov said.\n\n“Every morning,” Dr. Sokolov said.',
    ['Yasmin Sokolov', 'Babatunde Sokolov'],
    'so even after the surname stood for the other',
  ],
  [
    'Daniela Varga runs the bakery. Her daughter, Astrid Varga, 10, helps out.\n\n“I have buried friends,” Ms. Varga said.\n\n“I know where everything is,” said Astrid.',
    ['Daniela Varga', 'Astrid Varga'],
    'a courtesy title is an adult’s, not a child’s the text gave an age under 18',
  ],
  [
    'Ahmed Lee dies at 69: ‘The whole town was family’\n\nAhmed Lee, a welder, died on Monday.\n\n“To him, the whole town was family,” said his daughter, Amina Roe.',
    ['Amina Roe', 'Amina Roe'],
    'a headline’s clause that reports nothing before its colon yields to the story’s speaker of the words',
  ],
  [
    'The novelist Ann Lee and the composer Tom Roe are friends.\n\n“It terrifies me,” the novelist said.',
    ['Ann Lee'],
    'a definite noun for someone right before a name is a role of theirs',
  ],
  [
    'Wei Roe is a choreographer who grew up in Accra. Tom Lee, a drummer, joined last year.\n\n“There were nights,” the choreographer said.',
    ['Wei Roe'],
    'a role a copula says of a name is theirs, with a relative clause after it too',
  ],
  [
    'Erik Roe arrived in 1960. He became a street vendor who sold corn for 30 years.\n\n“My hands know this work,” the vendor said.',
    ['Erik Roe'],
    'so is one `became` says of a pronoun for them',
  ],
  [
    'Responding to Ann Lee, who had called the festival “far too cautious,” Tom Roe, its director, said: “We hear you.”',
    ['Ann Lee', 'Tom Roe'],
    'words a verb of naming gives its object are its subject’s, before another’s attribution',
  ],
  [
    'Ann Lee called the plan “reckless,” Tom Roe said.',
    ['Ann Lee'],
    'so in a sentence reported by someone else',
  ],
  [
    'At the premiere of The Last Tram to Orlovka, Ann Lee, 52, kept it short: “The next one will be quieter.”',
    ['Ann Lee'],
    'a phrase a preposition opens the sentence with holds no subject for a colon',
  ],
  [
    'Ann Lee said she wrote “Small Hours” in an afternoon. Tom Roe wrote “We Will Win.”',
    [null, 'Tom Roe'],
    'a work in title case after a verb of making it is its title; words with their stop are written words',
  ],
  [
    'Greywater Knights were held to a draw on Friday by Valemont, leaving Iryna Tkachenko’s side eighth.\n\n“I’ll take the point,” Tkachenko insisted.',
    ['Iryna Tkachenko'],
    'a person a given name shows, named in full only as an owner, is who the surname is later',
  ],
  [
    'The Southern Cricket Board announced its calendar.\n\n“Every club will have a break,” the league said.',
    ['Southern Cricket Board'],
    'a sport’s governing body is `the league`',
  ],
  [
    'Erik Roe completed his move from Eastmoor Rangers on Thursday.\n\n“I am here to win,” the former Eastmoor Rangers defender said.',
    ['Erik Roe'],
    'a club’s name inside a phrase for someone counts as one of its words',
  ],
  [
    'According to Hector Roe, who was called by the prosecution, “An accelerant was used.”',
    ['Hector Roe'],
    'a witness called by a side in court is called to testify: no cue',
  ],
  [
    'Ann Lee died on Sunday. Her son, Tom Roe, remembered her as “unflappable,” someone who never missed a recital.',
    ['Tom Roe'],
    'one who remembers someone as words in marks says them',
  ],
  [
    'Ann Lee, 84, is closing the shop. Customers have long called her “the Night Owl.” “Nobody handed me a map,” Lee said.',
    [null, 'Ann Lee'],
    'a name in capitals people at large call someone is a nickname, no one’s words',
  ],
  [
    'Tom Roe said she had been sharp. “She never wanted credit.”\n\nThe family asked that, in lieu of flowers, donations be made to the library.',
    ['Tom Roe'],
    'a `that` a fronted phrase follows opens what was asked, attributing nothing before it',
  ],
  [
    'Chemistry Teacher Ochoa: ‘This Job Gave Me Everything’\n\nChiamaka Ochoa, 95, a chemistry teacher, is stepping away.\n\n“This job gave me everything,” Ochoa said.',
    ['Chiamaka Ochoa', 'Chiamaka Ochoa'],
    'a headline’s words for what someone does before a surname are no part of the name',
  ],
  [
    'Remembering Ann Lee: ‘She Fed the Whole Street’\n\nAnn Lee, a baker, died on Sunday.\n\n“She fed the whole street,” said her son, Tom Roe.',
    ['Tom Roe', 'Tom Roe'],
    'a name right after an opening participle is its object, no subject',
  ],
  [
    'Ann Lee, Remembered: ‘She Fed the Whole Street’\n\nAnn Lee, a baker, died on Sunday.\n\n“She fed the whole street,” said her son, Tom Roe.',
    ['Tom Roe', 'Tom Roe'],
    'a headline’s past form set off after a name before its colon is a passive said of it',
  ],
  [
    'Ann Lee is the founder of North Star Chocolates.\n\n“I still get nervous,” the founder said.',
    ['Ann Lee'],
    'after an article, a title’s complement of three words with no given name is a body',
  ],
  [
    'At Red Lantern Pottery, the potter, Ann Lee, works at the front.\n\n“Every bowl has my name,” the potter said.',
    ['Ann Lee'],
    'a role set off before a name is the name’s, not the body’s before it',
  ],
  [
    'Long before Ann Lee became Lamu’s harbourmaster, she was a tailor.\n\n“I learned by watching,” the harbourmaster said.',
    ['Ann Lee'],
    'an opening word before a subordinator of time names no one',
  ],
  [
    'Ann Lee opened a forge.\n\nHer steel comes from Tom Roe, who has supplied Copper Kettle Violins for years. Mr. Roe delivers on Mondays.\n\n“I still get nervous,” she said.',
    ['Ann Lee'],
    'a gendered pronoun passes a name with no person’s shape named on the way',
  ],
  [
    'Ann Lee laughed when asked about Tom Roe, a critic who once called her work a revelation: “It is honest work.”',
    ['Ann Lee'],
    'a relative clause’s cue with words of its own introduces no quote after the colon',
  ],
  [
    'Ann Lee took over the grill from her uncle, Tom Roe.\n\n“When I was 13, he stood me at the grill and said, ‘Do not sell it cheap,’” Ms. Lee recalled.',
    ['Ann Lee', 'Tom Roe'],
    'inside a quote, `he` past a clause that names no one is whom the story names',
  ],
  [
    'Ann Lee’s oldest friend in the trade is Tom Roe.\n\n“I asked Tom what to charge, and all he said was ‘Do not sell it cheap,’ so I don’t,” Ann Lee said.',
    ['Ann Lee', 'Tom Roe'],
    'inside a quote, a cleft on what someone said gives the words to the one it names',
  ],
  [
    'Kofi Agyeman has run the cafe for 8 years.\n\nFor Agyeman, it comes down to one thing: “Fewer roasts, done properly.”',
    ['Kofi Agyeman'],
    'a fronted `for` gives whose view a clause with no one for its subject states',
  ],
  [
    'What does Tom Roe want?\n\nFor him, the answer is simple: “A fair price.”',
    ['Tom Roe'],
    'so does `for him`',
  ],
  [
    '“Two arrests,” Inspector Ann Lee said.\n\nShe also praised Tom Roe, who called for help within seconds, saying: “That kind of courage is rare.”',
    ['Ann Lee', 'Ann Lee'],
    'a participle after a relative clause set off goes on from the main clause',
  ],
  [
    'Asked about the rescue, Coxswain Michael Whitfield replied: “Our volunteers were out for hours.”',
    ['Michael Whitfield'],
    'a listed noun for someone before a known given name is a title',
  ],
  [
    'Superintendent Ann Lee appealed for “any sighting, however small.”',
    ['Ann Lee'],
    'an appeal’s words in marks are the appealer’s',
  ],
  [
    'Residents had been warned by the new “RiverWatch” text alert system.',
    [null],
    'a name in capitals inside a noun’s phrase, past its modifiers, is no one’s words',
  ],
  [
    'Tom Roe, a volunteer with the rest centre and grandfather, has helped from the start.\n\nAnn Lee, 17, was treated for hypothermia.\n\n“You could hear the river,” the grandfather said.',
    ['Tom Roe'],
    'a bare noun for someone joined by `and` where the aside closes is a second role',
  ],
  [
    'Roe says service cut ‘a mess’ as signal failure strands riders\n\nGeneral Manager Tom Roe has followed the issue for years.',
    ['Tom Roe'],
    'after `as` no cue inverts',
  ],
  [
    'Officials have not said whether the “rain tax” debate will reach the council.',
    [null],
    'a denied cue whose clause asks `whether` reports nothing said',
  ],
  [
    'Copperhill confirmed on Saturday that forward Ann Lee would be out for a month.\n\n“The operation was a success,” the club said.',
    ['Copperhill'],
    'the club is the subject before whose name nothing shows to be a person’s',
  ],
  [
    '“We owe the fans a reaction,” said Ann Lee, the striker whose supporters know her as “Cobra.”',
    ['Ann Lee', null],
    'what people know someone as, in capitals, is a name they go by',
  ],
  [
    'Ann Lee met Tom Roe at a dance in 2007.\n\nHer first words to him: “Is this seat taken?”',
    ['Ann Lee'],
    'a label’s owner speaks past an ordinal and whom the words were for',
  ],
  [
    'When Tom Roe left Mombasa in 1995, his wife, Ann Lee, gave him one piece of advice: “Write it down.”',
    ['Ann Lee'],
    'a colon’s subject is past a clause a subordinator fronts',
  ],
  [
    'Ines Okafor, 81, rarely talks about the war. When she does, it comes out in a rush.\n\n“I was nine when the bombs fell.”',
    ['Ines Okafor'],
    'a sentence that only goes on about whom the one before reported keeps the speaker',
  ],
  [
    'Ines Okafor, 81, rarely talks about the war. When she does, her brother Tom Reyes leaves the room.\n\n“I was nine when the bombs fell.”',
    [null],
    'a sentence that names someone else between ends what the report before it hands on',
  ],
  [
    'Kwame Osei likes to talk about the old days.\n\n“I met my husband at a dance.”',
    ['Kwame Osei'],
    'a verb of liking before an infinitive cue leaves the subject the speaker of what comes next',
  ],
  [
    'Then Doe turned to her challenger, Rep. Tom Poe: “Who is going to pay for that?”',
    ['Doe'],
    'a name set off after the phrase a verb takes renames that phrase, not the colon’s subject',
  ],
  [
    'Jane Doe’s closing message to volunteers in Macon was simple: “We win this county by county.”',
    ['Jane Doe'],
    'a word that modifies an owner’s speech noun leaves the owner the speaker',
  ],
  [
    'Jane Doe offered a promise and a warning.\n\nThe promise, she said: “We will win.” The warning: “Nobody will outwork us.”',
    ['Jane Doe', 'Jane Doe'],
    'a label that names the words after a quote carries its speaker on',
  ],
  [
    'In a statement, the Committee for a Stronger Arizona called the plan “junk science.”',
    ['Committee for a Stronger Arizona'],
    'a cause’s `a` after a body’s head and its link stays inside the body’s name',
  ],
  [
    'Doe’s team is frustrated with Tom Roe, the party’s candidate, according to a senior campaign official, who described it as “a cold war.”',
    ['a senior campaign official'],
    'a relative clause after a source set off with `according to` is the source’s',
  ],
  [
    'Jane Doe, a former Marine, drew the biggest crowd.\n\nTom Roe, the sheriff, stood at the back.\n\n“Save the booing,” the former Marine said.',
    ['Jane Doe'],
    'words in capitals after an article stand for the one person they were said of',
  ],
  [
    'Chris Roe, a Trump supporter, spoke first.\n\n“It is a movement,” the younger Mr. Trump said.',
    ['Trump'],
    'a title in the phrase says the name after it is someone’s own, not words said of another',
  ],
  [
    'Tom Doe, a nurse, was told by the chair, Jane Roe: “That answer is not good enough.”',
    ['Jane Roe'],
    'a name set off after a passive’s agent is who the agent is',
  ],
  [
    '“There was a systemic failure,” the Ashvale Inquiry concluded.\n\nNorvale Ferries said it accepted the findings. “We are sorry,” the company said.',
    ['Ashvale Inquiry', 'Norvale Ferries'],
    'an inquiry is no company for a later `the company`',
  ],
  [
    '“The phones rang for an hour,” Jane Doe said, holding up a folder marked “URGENT”.',
    ['Jane Doe', null],
    'what a participle of marking gives is written on the thing, no one’s words',
  ],
  [
    'Jane Doe spoke for an hour. She then turned to Tom Roe, the fire chief, who had questioned her figures the day before: “It was a tough conversation.”',
    ['Jane Doe'],
    'a relative clause whose cue said its piece leaves the colon to the main clause’s subject',
  ],
  [
    'Doe met Tom Roe, who had lost everything: “We have nothing left.”',
    ['Tom Roe'],
    'a relative clause with no cue before the colon keeps the colon its own',
  ],
  [
    'Jane Doe, a veteran correspondent, sat down with Tom Roe. Asked about the budget, the correspondent was blunt: “We are talking every day.”',
    ['Jane Doe'],
    'a colon’s subject stands past a participle’s clause that opens the sentence',
  ],
  [
    'Jane Doe told listeners of Blue Ridge Broadcasting: “Every option is open.”',
    ['Jane Doe'],
    'a capitalized `-ing` after a name is the name’s last word, no heading’s cue',
  ],
  ['‘We Will Win,’ Doe Says', ['Doe'], 'a heading’s finite cue after a name still closes it'],
  [
    'Jane Doe rejected claims by Tom Roe, counsel to the inquiry, that she had been “evasive”.',
    ['Tom Roe'],
    'a plural speech noun’s `by` names its owner, past a role set off after the name',
  ],
  [
    'Jane Doe said she had sent a message.\n\nHer message, which was shown to the panel, was short: “I signed it.”',
    ['Jane Doe'],
    'an owner’s speech noun reaches its copula past a relative clause set off',
  ],
  [
    'A man in a red cap interrupted Jane Doe: “Answer the question!”\n\nThe man, who later identified himself as Tom Roe, said he had driven an hour.',
    ['Tom Roe'],
    'someone who names themselves in a relative clause later is the speaker named',
  ],
  [
    'A man in a red cap interrupted Jane Doe: “Answer the question!”\n\nThe man, who later met Tom Roe, said he had driven an hour.',
    ['a man in a red cap'],
    'a relative clause that names someone else renames no one',
  ],
  [
    'Jane Doe reposted a message from Tom Roe that read: “We have knocked on every door.”',
    ['Tom Roe'],
    'a paper’s relative clause gives the words of the one it is from',
  ],
  [
    'Jane Doe said the message from Tom Roe was clear: “We have knocked on every door.”',
    ['Jane Doe'],
    'a paper from someone with no relative clause of reading leaves the colon to the subject',
  ],
  [
    'Jane Doe has been known to listeners of Highveld Radio as “the Voice of the Valley,” a name she never chose.',
    [null],
    'a name in capitals someone is known as may open with an article inside its marks',
  ],
  [
    'Residents have long complained about the block they call “the Cheese Grater”.',
    [null],
    'a name in capitals that people at large give a thing in a relative clause is no one’s words',
  ],
  [
    'Locals call the old tower “the Wedge”. Jane Doe called the plan to demolish it “reckless”.',
    [null, 'Jane Doe'],
    'a name people at large give an article’s phrase is no one’s; one person’s word for it is theirs',
  ],
  [
    'The film is shot in the shadow of the tower known as “the Toaster”. Tenants have complained for years about damp.',
    [null],
    'a sentence after a term inside a sentence does not take it up as an attribution',
  ],
  [
    'The vote was close. “We will win.” Tom Roe said.',
    ['Tom Roe'],
    'a quoted sentence that ends on its own stop is taken up by a sentence that attributes it',
  ],
  [
    'The notice, posted in the lobby by the Eastfield Housing Authority on Friday, reads: “Water will be shut off.”',
    ['Eastfield Housing Authority'],
    'a paper put out by someone past words of where speaks for that one',
  ],
  [
    'A letter delivered to every flat and signed by Jane Doe, the estate manager, says: “Rents will rise.”',
    ['Jane Doe'],
    'a paper signed by someone after another participle speaks for the signer',
  ],
  [
    'The letter, obtained by the Gazette, says: “Rents will rise.”',
    ['the letter'],
    'a paper someone obtained is not theirs: it speaks for itself',
  ],
  [
    'The minutes of the October meeting record Jane Doe, then the head of housing, as saying: “Doing nothing is not an option.”',
    ['Jane Doe'],
    'minutes that record someone as saying quote them',
  ],
  [
    'Jane Doe, who hosts the podcast “Local Matters,” told listeners: “We want people to feel they own this.”',
    [null, 'Jane Doe'],
    'a comma inside a title’s closing marks ends the aside, so the work is no subject',
  ],
  [
    'A user posting under the handle “fogharbor” wrote: “We are limiting fishing.”',
    [null, 'a user'],
    'a name in marks with no comma inside still ends the phrase before the cue',
  ],
  [
    'In “Trust in the Cloud,” a report released on Wednesday, Polaris Bank said the response was “fully justified”.',
    [null, 'Polaris Bank'],
    'a title a preposition takes, renamed by a paper after it, is no one’s',
  ],
  [
    'Ridgeback says contract ‘fully funded’\n\nAMMAN, Jordan — Ridgeback Vehicles said on Saturday that the contract remained “fully funded”.\n\n“We are cooperating,” the company said.',
    ['Ridgeback Vehicles', 'Ridgeback Vehicles', 'Ridgeback Vehicles'],
    'a company cut to its first word in a headline is the one the story names in full by its trade',
  ],
  [
    'Trump said “we will win”.\n\nTrump Tower said “no comment”.',
    ['Trump', 'Trump Tower'],
    'a name that ends in no trade is not joined to the word it opens with',
  ],
  [
    'Jane Doe (54), a cattle rancher, said the mood had changed. “I have never seen the ground this dry.”',
    ['Jane Doe'],
    'a bracketed age closes an aside after a name as a comma does',
  ],
  [
    'The Ministry of Health, whose director, Jane Doe, resigned in May, said: “We will not be commenting.”',
    ['Ministry of Health'],
    'a relative clause with a verb of its own after a body’s name leaves the main verb to the body',
  ],
  [
    'The ministry, whose director, Jane Doe, resigned in May, said: “We will not be commenting.”',
    ['the ministry'],
    'so does one after a body’s phrase',
  ],
  [
    'The podcast spends its third episode on what the industry calls the “quiet period”.',
    [null],
    'a term a trade gives a thing after `what` is no one’s words',
  ],
  [
    'Jane Doe described the hall as “my second family,” especially in the years some called the “dead season.”',
    ['Jane Doe', null],
    'a term people at large give a thing a relative clause names is no one’s, in lower case too',
  ],
  [
    'Jane Doe attacked what Tom Roe calls “fake news”.',
    ['Tom Roe'],
    'a term a person the text names uses is theirs',
  ],
  [
    '“Every family here is cutting back,” said Jane Doe, who helped write the strategy “Healthy Norvale 2030.”',
    ['Jane Doe', null],
    'a plan’s title in capitals after its noun is no one’s words',
  ],
  [
    'Doe Says Parking Plan ‘A Slap in the Face’\n\nJane Doe spoke on Monday.',
    ['Jane Doe'],
    'in a headline in title case a quote after a plan’s noun is still words',
  ],
  [
    'Jane Doe spoke at a VFW post:\n\n“Nobody should need a second job just to keep the lights on.”',
    ['Jane Doe'],
    'a cue’s noun in an article’s phrase before a closing colon is no verb',
  ],
  [
    'Jane Doe told a crowd at a VFW post:\n\n“Nobody should need a second job.”',
    ['Jane Doe'],
    'the verb before that phrase introduces the quote',
  ],
  [
    'In a statement on Monday, the Department of Planning and Zoning said: “We cannot keep blocking homes.”',
    ['Department of Planning and Zoning'],
    'two fields by their activity joined by `and` stay inside a body’s name',
  ],
  [
    'The Centers for Disease Control and Prevention said: “We cannot.”',
    ['Centers for Disease Control and Prevention'],
    'a field and an activity still end a body’s name',
  ],
  [
    'Jane Doe, a former Navy pilot, is running against Tom Roe, a Democrat who has held the seat since 2014.\n\n“The polls were wrong last time,” the challenger said.',
    ['Jane Doe'],
    'a phrase for someone by their sort stands for the sentence’s subject when the other person there has a role of their own',
  ],
  [
    'Jane Doe is running against Tom Roe.\n\n“The polls were wrong last time,” the challenger said.',
    ['the challenger'],
    'with no role to tell two people apart, the phrase stands for neither',
  ],
  [
    'Jane Doe shared a video from the rally with the caption “Packed house in Reno”.',
    ['Jane Doe'],
    'the caption someone gave what they shared is their words',
  ],
  [
    'The photo carried the caption “Packed house in Reno”.',
    [null],
    'a caption a thing carries, with no one posting it, is no one’s',
  ],
  [
    'Ríos Rejects Petrenko’s Call, Says ‘Deeply Irresponsible’\n\nDmitri Ríos dismissed a proposal by Ana Petrenko on Thursday.',
    ['Dmitri Ríos'],
    'in a title-case headline a cue after a comma shares the subject that opens the headline',
  ],
  [
    'In its report, the Fennick Tower Fire Inquiry found that oversight had been “evasive”.',
    ['Fennick Tower Fire Inquiry'],
    'a public body that finds `that` holds the words its clause quotes',
  ],
  [
    'Jane Doe found that the plan was “a mess”.',
    [null],
    'a person who finds something says nothing by it',
  ],
  [
    'Family Remembers Irina Yilmaz: ‘She Never Stopped Teaching’\n\nIrina Yilmaz, a potter, died last week.\n\n“She never stopped teaching, not even in the hospital,” said her granddaughter, Lakshmi Rahman.',
    ['Lakshmi Rahman', 'Lakshmi Rahman'],
    'a headline clause title case ran into one name labels no one’s words; the story says whose',
  ],
  [
    'Sen. Jane Williams: ‘We Will Win’\n\nJane Williams spoke on Monday.',
    ['Jane Williams'],
    'a name alone before a headline’s colon still labels its words',
  ],
  [
    'Baraka Njoroge, 29, was cut free, according to Paramedic Oluwaseun Okonkwo, who was among the first at the scene.\n\n“Please slow down,” said the paramedic.',
    ['Oluwaseun Okonkwo'],
    'a capitalized noun for someone before a name of two words is a title, whatever the given name',
  ],
  [
    'The Chilean Embassy in Vienna said: “We call on all parties to exercise restraint.”\n\n“We will not comment further,” the embassy said.',
    ['Chilean Embassy in Vienna', 'Chilean Embassy in Vienna'],
    'a mission abroad is named with the city it sits in, and `the embassy` is it',
  ],
  [
    'The embassy in Vienna said: “Leave now.”',
    ['the embassy'],
    'a mission in lower case is only described',
  ],
  [
    'Gareth Saleh, a safety consultant hired by the operator, gave evidence. Ann Roe, counsel to the inquiry, listened. “Those figures were shared in March,” the consultant said.',
    ['Gareth Saleh'],
    'a role run on by a participle and its agent is still the name’s',
  ],
  [
    '“The valves were never checked,” said Gareth Saleh, an engineer retained by the families.\n\nTom Roe disagreed. “They were,” he said. “Nobody told me,” the engineer added.',
    ['Gareth Saleh', 'Tom Roe', 'Gareth Saleh'],
    'a role with its agent closing the sentence is the name’s too',
  ],
  [
    '“Basic checks were not done,” the Redwater Flood Inquiry concluded.\n\nMeridian Rail said it accepted the findings. “We will study them,” the operator said.',
    ['Redwater Flood Inquiry', 'Meridian Rail'],
    'an operator is the company named, not the inquiry beside it',
  ],
  [
    'The Transport Standards Commission fined the carrier. “The rules are clear,” the commission said. “We will appeal,” the carrier said.',
    ['Transport Standards Commission', 'the carrier'],
    'a carrier is no regulator, named or not',
  ],
  [
    'Doe says cuts ‘unavoidable’ as union vows to fight\n\nJane Doe, the plant manager, announced the cuts on Monday.',
    ['Jane Doe'],
    'a verb of intent with its infinitive after a quote reports no words',
  ],
  [
    '“We will not back down,” the union promised to its members.',
    ['the union'],
    'a verb of intent with a hearer after `to` still reports the words',
  ],
  [
    'On the door of the office, a notice said only: “Nurses on Strike”',
    [null],
    'a sign or notice opening the clause after an aside shows words no one said',
  ],
  [
    'About 200 protesters gathered, holding signs and chanting “No cuts!”',
    ['about 200 protesters'],
    'people holding signs still say what they chant',
  ],
  [
    'Mei Salazar put the question directly to Carlos de los Santos, a shipping analyst: “Who pays for the repairs?”',
    ['Mei Salazar'],
    'a speech noun stays a cue past an adverb and a long name for its hearer',
  ],
  [
    'Kenji Halvorsen appeared on the programme “First Light,” hosted by Valentina Diallo.\n\n“We were the last to know,” Halvorsen said.\n\n“Who decided that?” the host asked.',
    [null, 'Kenji Halvorsen', 'Valentina Diallo'],
    'the agent of `hosted by` is the host',
  ],
  [
    'Doe Warns of ‘A Lost Decade’ as Roe Urges Calm\n\nJane Doe, a retired plumber, spoke on Monday.',
    ['Jane Doe'],
    'a quote a cue introduces through `of` is that cue’s, past a clause of time after it',
  ],
  [
    'The race is “a dead heat,” as Tom Cruz said on Monday.',
    ['Tom Cruz'],
    'a clause of time after a quote no cue introduces still attributes it',
  ],
  [
    '“It took eleven years,” said Daniel Roe, who wrote “The Quiet River.”',
    ['Daniel Roe', null],
    'a title a relative clause of making holds is no one’s, past the stop inside its marks',
  ],
  [
    'Daniel Roe wrote: “We Will Not Be Moved.”',
    ['Daniel Roe'],
    'after a colon the words written are the writer’s',
  ],
  [
    '“Rents follow demand,” said Kenji Roe. The city’s “affordable” housing list has a waiting time of nine years. “We are not leaving,” he added.',
    ['Kenji Roe', null, 'Kenji Roe'],
    'a word held up before a noun in a sentence with no cue is the writer’s',
  ],
  [
    'While most were elevated to the “confidential” level, according to a State Department official, two were not.',
    ['a State Department official'],
    'a source the sentence names holds a word held up',
  ],
  [
    'Anders Popescu, 45, chief negotiator for the Federation of Health Employees and a father of three, joined the picket line.\n\n“Nobody expects to be carried out,” the father of three said.',
    ['Anders Popescu'],
    'a second role past a first that a named body places is the name’s',
  ],
  [
    'Jane Doe, who met Tom Roe and a lawyer, left early.\n\n“The talks are over,” the lawyer said.',
    ['a lawyer'],
    'a clause that lists people gives no one a role',
  ],
  [
    'Orinoco says job cuts ‘unavoidable’\n\nOrinoco Packaging said on Thursday it would cut 500 jobs. “Demand has fallen,” the company said.',
    ['Orinoco Packaging', 'Orinoco Packaging'],
    'a name ending in what a plant makes is a company’s, cut short or in full',
  ],
  [
    'Harbor Town Athletic (HTA) issued a statement on Monday.\n\n“We will appeal,” HTA said.',
    ['Harbor Town Athletic'],
    'a noun in `-or` for a thing opens a body’s name, no role before it',
  ],
  [
    'The mill closed on Friday.\n\nAsked what he would say to the officials, Ahmed Amadi, a city council member, did not hesitate: “Culture is not a luxury.”',
    ['Ahmed Amadi'],
    'a cue in a participle’s clause opening the sentence leaves the colon to the main clause’s subject',
  ],
  [
    '“I trained them,” said Aisha Pham, a union negotiator.\n\nDmitri Pillai, head of human resources at Vantis Chemicals, rejected that. “The offer is fair,” he said.\n\n“We are tired of waiting,” she replied.',
    ['Aisha Pham', 'Dmitri Pillai', 'Aisha Pham'],
    'a workplace named by a trade is never `he` or `she`',
  ],
  [
    'Managers use a scoring system called “acuity points” to assign nurses. Jane Doe called it “unsafe.”',
    [null, 'Jane Doe'],
    'a thing a participle names goes by words no one said',
  ],
  [
    'Ivana Marković of Serbia beat Amira Farouk of Egypt.\n\nMarković’s coach, Goran Stanković, said it went to plan. “There was no luck.”\n\n“Second place hurts,” the Egyptian said.\n\n“I had something left,” said the Serb.',
    ['Goran Stanković', 'Amira Farouk', 'Ivana Marković'],
    'a country after `of` says what a later people’s word calls someone',
  ],
  [
    'Swedish skier Linnea Roe finished second.\n\n“It hurts,” said the Swede.',
    ['Linnea Roe'],
    'a people’s word before a name is the name’s, in its other forms too',
  ],
  [
    'Peru’s Renato Mamani won, holding off Mexico’s Rodrigo Villalobos.\n\n“Second place hurts,” Villalobos said.\n\n“I have waited four years,” the Peruvian said.',
    ['Rodrigo Villalobos', 'Renato Mamani'],
    'a people’s word no suffix rule derives is still one',
  ],
  [
    'Babajide Okonkwo, who invented the water filter, spoke on Sunday.\n\nKwaku Appiah, a neighbor, praised the town. “We are proud.”\n\n“I built the first one in my kitchen,” the inventor said.',
    ['Kwaku Appiah', 'Babajide Okonkwo'],
    'the noun for whoever did what a relative clause says is the one it was said of',
  ],
  [
    'Sarmatia Steel will idle two furnaces.\n\nThe steelmaker, which employs more than 9,000 people, said it was “hopeful of a recovery”.',
    ['Sarmatia Steel'],
    'a comma between groups of digits closes no aside',
  ],
  [
    'Kestrel Pharmaceuticals said its trial had failed.\n\n“We want guarantees,” Girma Wolde told the Evening Chronicle.\n\n“We will share the data,” the drugmaker said.',
    ['Girma Wolde', 'Kestrel Pharmaceuticals'],
    'a maker of anything is a company, never a paper someone spoke to',
  ],
  [
    'Hiroshi Nyberg took questions.\n\nA reporter asked, “Were all the objects returned?” Mr. Nyberg smiled. “Twenty-six came back.”',
    ['a reporter', 'Hiroshi Nyberg'],
    'a question a cue introduced waits for no attribution: the beat after it sets up the answer',
  ],
  [
    'Hiroshi Nyberg took questions.\n\n“Were all the objects returned?” asked Ana Roe. Mr. Nyberg shook his head, then answered.\n\n“Twenty-six came back.”',
    ['Ana Roe', 'Hiroshi Nyberg'],
    'a cue joined to the subject’s first verb is the subject’s, for the next paragraph’s quote',
  ],
  [
    'Hiroshi Nyberg took questions.\n\nMr. Nyberg shook his head and answered. “Twenty-six came back.”',
    ['Hiroshi Nyberg'],
    'no noun stands between a name and `his`: the word there is a verb, not a phrase `his head`',
  ],
  [
    '“We have no rain,” said a teacher who has worked there for a decade, a father of seven. He said Ana Roe had called. “We truck water in,” he added.',
    ['a teacher', 'a teacher'],
    'a second phrase set off after one for someone unnamed is said of them: `he` is the teacher',
  ],
  [
    'One midwife at the clinic, a mother of four, said, “It has been a long week.”\n\nShe said Tom Roe had not called. “We will rebuild,” she added.',
    ['one midwife', 'one midwife'],
    'the cue before a second phrase set off reports the first phrase',
  ],
  [
    'Ana Roe spoke first.\n\nAt the scene, a shopkeeper on Copper Street, who did not want her name published, told a different story. “Nobody came,” she said.',
    ['a shopkeeper'],
    'a street’s name takes no `who` and no `her`: it is no one',
  ],
  [
    'Crews returned to the damaged Nilo bridge on Sunday.\n\n“The drainage was never installed,” she said.',
    [null],
    'a name between an article’s past participle and a noun modifies the noun: no one `she` is',
  ],
  [
    'Mateo Dlamini, the chair of the council, known locally as “the Lighthouse”, said the report was accurate. “Nobody has visited.”',
    [null, 'Mateo Dlamini'],
    'a name in marks inside an aside keeps the aside one: the cue after it is no inverted cue',
  ],
  [
    'Ana Roe, a curator, nicknamed “the General”, said the figures were wrong. “We warned them.”',
    [null, 'Ana Roe'],
    'a role set off after a name, read as the subject past a second aside, is the name’s',
  ],
  [
    'Tom Lopes sat down with Aisha Salazar, host of the radio program “Open Line”, on Friday.\n\n“How much is left?” asked Salazar. “Very little,” Lopes said.\n\n“What now?” the host asked.',
    [null, 'Aisha Salazar', 'Tom Lopes', 'Aisha Salazar'],
    'a title in marks inside a role set off after a name is part of the role',
  ],
  [
    'As Akhil Amar, author of “The Unwritten Rules,” put it, “A compromise may be better.”',
    [null, 'Akhil Amar'],
    'a cue after a role holding a title, its comma inside the marks, is the name’s',
  ],
  [
    'Noor Qureshi leads the campaign. She is a crane operator.\n\n“Why close it?” Henrik Novak asked.\n\n“Nobody has visited,” the operator answered.',
    ['Henrik Novak', 'Noor Qureshi'],
    'a role a copula says of the subject opening a sentence is theirs, for a later phrase',
  ],
  [
    '“Every delay costs money,” said Maren Liang, an economist who earned the nickname “the Bulldozer” for her style.',
    ['Maren Liang', null],
    'a name in marks after a noun for a name is nobody’s words, even in a speaker’s sentence',
  ],
  [
    'A new study from the Meridian Foundation carries a stark title: “Missed Connections.”\n\nElif Matsuda, one of its authors, put it more plainly: “Nobody should be surprised.”',
    [null, 'Elif Matsuda'],
    'a colon after a noun for a title gives the title, nobody’s words',
  ],
  [
    'Rovers clinch title: ‘We deserved it’, says Ana Roe',
    ['Ana Roe'],
    'a colon after `title` gives a title only in capitals: the words after it may be someone’s',
  ],
  [
    'Mateo Okafor says he has read Nina Roe’s report, “The Price of a Ticket,” three times. “The cuts hurt,” he said.',
    [null, 'Mateo Okafor'],
    'a title in capitals set off after a noun for a paper renames it',
  ],
  [
    'The river burst its banks.\n\nThe view from a parish priest, who has lived there all his life: “We will rebuild.”',
    ['a parish priest'],
    'the view from someone, opening a sentence that runs to a colon, is theirs',
  ],
  [
    'Ana Roe, the landlord, spoke on Monday.\n\nThe landlord had a message for anyone thinking of leaving: “Stay.”',
    ['Ana Roe'],
    'a participle right after `anyone` modifies it and reports no words',
  ],
  [
    'An electrician working on the lines, who declined to give her name, was less sure. “We are still trying.”',
    ['an electrician'],
    'a set-up reads past words that run on from its phrase and an aside after them',
  ],
  [
    'A parish priest in the old town, a father of three, was less sure. “Nobody came.”',
    ['a parish priest'],
    'a set-up’s subject is the first of two phrases set off one after the other',
  ],
  [
    'A public information campaign called “Ready for Winter” had urged people to stock up.',
    [null],
    'a name in capitals after a noun’s `called`, with an auxiliary after it, is nobody’s words',
  ],
  [
    'Priya Horvat, 51, a former accountant, testified on Monday in the trial of Tom Menon, who is accused of fraud.\n\n“Who told you?” Ana Oyelaran asked. “My manager did,” the witness answered.',
    ['Ana Oyelaran', 'Priya Horvat'],
    'the verb after the asides of a name opening a sentence names a role of theirs',
  ],
  [
    'Halima Kariuki, 46, has held the post since 2021.\n\nAfter a meeting with Tom Roe, the 46-year-old said: “The deal is close.”',
    ['Halima Kariuki'],
    'the phrase after a name closing a fronted phrase is the next clause’s subject, not an aside',
  ],
  [
    'Norwegian envoy Lars Haugen arrived on Monday.\n\nIn a speech in Velmora, the Norwegian said: “The deal is close.”',
    ['Lars Haugen'],
    'a people’s word after a place closing a fronted phrase is no one’s origin there',
  ],
  [
    'Ayesha Iyer, an economist educated in Paris, took over on Sunday.\n\nTom Roe, a former diplomat, was not present.\n\n“The lines must hold,” the economist told delegates.',
    ['Ayesha Iyer'],
    'a role set off after a name goes on past a participle and its preposition, and stays hers',
  ],
  [
    'Arjun Mehta, a chemist born in a mining town, won the vote.\n\n“We start in spring,” the chemist said.',
    ['Arjun Mehta'],
    '`born` is a participle as `-ed` words are',
  ],
  [
    'Sri Lanka’s special envoy to the peace talks, Deepa Gunawardena, sounded a note of caution.\n\nTom Roe, a retired judge, was not present.\n\n“We are ready,” the envoy said.',
    ['Deepa Gunawardena'],
    'a cue’s form that ends an article’s phrase in a role before the name is a noun',
  ],
  [
    'Beatriz Restrepo, Peru’s special envoy to the peace talks, rejected the offer.\n\n“This belongs to us,” the envoy said.',
    ['Beatriz Restrepo'],
    'a cue’s form that ends an article’s phrase in a role after the name is a noun',
  ],
  [
    'Jane Welle reported that Ana Roe had resigned, quoting her as saying: “We have done everything.”',
    ['Ana Roe'],
    'an object pronoun after its sentence’s subject is the other person there its gender fits',
  ],
  [
    'Yuki Moriyama reported that Fatima Benali had met the rebels. Moriyama quoted her as saying: “Nobody forced my hand.”',
    ['Fatima Benali'],
    'an object pronoun is never its own sentence’s subject, whoever the sentence before put first',
  ],
  [
    'Karin Lund said plants had cut shifts.\n\nHer message to Tom Roe, a marine scientist, was blunt: “The data is old.”',
    ['Karin Lund'],
    'a role set off after whom someone’s words were for leaves the words the owner’s',
  ],
  [
    'Kivu Mining was fined on Tuesday for polluting the Tenne River.\n\n“We accept the decision,” the firm said.',
    ['Kivu Mining'],
    'a name that ends in a river’s word is a place, not the body in sight',
  ],
  [
    'The Ministry of Energy raised prices on Saturday.\n\nThe ministry’s response was brief: “Supplies are sufficient.”',
    ['Ministry of Energy'],
    'a definite phrase for a body owns the words its response hands over at a colon',
  ],
  [
    'Mayor Jane Doe raised fees on Saturday.\n\nThe mayor’s reply: “We will not change course.”',
    ['Jane Doe'],
    'a definite phrase for someone owns the words too',
  ],
  [
    'Sens. Rand Paul (Ky.) and Marco Rubio (R-FL) debated tax credits.\n\n“Families need the credit,” the Florida senator said. “We need a strong military,” the Kentucky senator said.',
    ['Marco Rubio', 'Rand Paul'],
    'a state tag beside a name tells one senator from another',
  ],
  [
    'Tom Roe heard the coach saying “play the ball, not the man.”',
    ['the coach'],
    'the object of a verb of perceiving says the words its participle gives',
  ],
  [
    '“I still remember my father telling me ‘keep your head up,’ and it stuck,” said Tom Roe.',
    ['Tom Roe', 'my father'],
    'so does the object of a verb of remembering, inside a quote too',
  ],
  [
    'Shirin Sadeghi, the daughter of a fisherman, was elected on Friday.\n\n“The ships are ready,” the fisherman’s daughter said.',
    ['Shirin Sadeghi'],
    'a role a common noun owns finds the one given that role of that noun',
  ],
  [
    'Shirin Sadeghi, the daughter of a fisherman, was elected on Friday.\n\n“The ships are ready,” a fisherman’s daughter said.',
    ['fisherman’s daughter'],
    'an indefinite owned role is someone new',
  ],
  [
    '‘We will not retreat’: Gunawardena defiant as talks resume\n\nDefence Minister Suresh Gunawardena rejected calls on Thursday.',
    ['Suresh Gunawardena'],
    'a headline drops `is` before a word for how someone stands after the quote’s colon',
  ],
  [
    '‘We will not retreat’ — Gunawardena\n\nDefence Minister Suresh Gunawardena rejected calls on Thursday.',
    ['Suresh Gunawardena'],
    'a headline’s quote may be joined by a dash to the name that ends it',
  ],
  [
    'Yusuf Haddad, the head of the tenants’ association, spoke on Tuesday.\n\n“Nobody asked us,” the tenants’ leader said.',
    ['Yusuf Haddad'],
    'a plural owner with a bare mark finds the one its role was said of, `leader` for `head`',
  ],
  [
    'Jane Doe, registrar of Ridgeway College, spoke first. Tom Lee, an analyst, agreed.\n\n“We had a good year,” the registrar said.',
    ['Jane Doe'],
    'a post with no article set off after a name is its role, past someone with another',
  ],
  [
    'Jane Doe, professor of sociology at Ridgeway College, spoke first. Tom Lee, an analyst, agreed.\n\n“We had a good year,” the professor said.',
    ['Jane Doe'],
    'a bare post is the noun before the first preposition, not the place after it',
  ],
  [
    'Grace Kaya, 53, who has been dean of the law faculty for 15 years, was in the hall. Tom Lee, an analyst, left.\n\n“Nobody was consulted,” the dean said.',
    ['Grace Kaya'],
    'a relative clause with a perfect copula and a bare post gives the role',
  ],
  [
    'Grace Kaya has been curator of the Harbour Museum since 2012. Tom Lee, an analyst, left.\n\n“Nobody was consulted,” the curator said.',
    ['Grace Kaya'],
    'a main clause with a copula and a bare post gives the role',
  ],
  [
    'Tidewater Foods agreed to buy Norrland Energy on Monday.\n\n“This deal is good for us,” the food group said.\n\n“The offer is fair,” the utility said.',
    ['Tidewater Foods', 'Norrland Energy'],
    'a noun for a trade is the body whose name says it, past the body in sight',
  ],
  [
    'The Monetary Authority of Selvana left its rate unchanged.\n\nThe central bank said price pressures were “uneven” for now.',
    ['Monetary Authority of Selvana'],
    'a word for a body’s standing need not be in its name',
  ],
  [
    'Talvik Steel said it would appeal a fine imposed by the Securities Commission.\n\n“We will fight it,” the company said.\n\nThe regulator said the fine reflected “repeated failures” at the firm.',
    ['Talvik Steel', 'Securities Commission'],
    'a firm its trade names is no regulator',
  ],
  [
    'Gabriela Roe, who has taught at the school for 18 years and whose own children studied there before Aisha Lee took over as head, said: “Nobody was consulted.”',
    ['Gabriela Roe'],
    'a long relative clause set off after the opening name holds its own subjects; the name speaks',
  ],
  [
    'Magnus Roe, managing partner of Yarrow Point Investors, published an open letter to Baobab Airways’ chair, Fatima Lee, on Wednesday.\n\n“The board has lost the confidence of its shareholders.”',
    ['Magnus Roe'],
    'one who publishes a letter reports the next paragraph’s quote, however long the sentence',
  ],
  [
    'Ana Roe, chair of Pinecrest Semiconductors, addressed shareholders at the annual meeting in São Paulo on Thursday.\n\n“The integration is running ahead of schedule.”',
    ['Ana Roe'],
    'one who addresses an audience reports the next paragraph’s quote',
  ],
  [
    'Ana Roe received a long letter from the council about the road on Tuesday, after months of complaints.\n\n“We regret the delay.”',
    [null],
    'one who receives a letter is not its writer',
  ],
  [
    'Baraka Nkosi Sr. started the business. His son, Baraka Nkosi Jr., runs it.\n\n“We will fight,” said the younger Nkosi.\n\n“So will I,” the elder Nkosi said.',
    ['Baraka Nkosi Jr.', 'Baraka Nkosi Sr.'],
    'a generational suffix makes another person, and `the younger` and `the elder` say which',
  ],
  [
    'Assistant pastor Charles Elliott III spoke first. His father, Charles Elliott Jr., knew the family.\n\n“He gave a lot,” the elder Elliott said.\n\n“He gave more,” the younger Elliott said.',
    ['Charles Elliott Jr.', 'Charles Elliott III'],
    'of `Jr.` and `III`, the younger is the later generation',
  ],
  [
    'Akiko Yamada wrote to Bogdan Novak last month. One line in Yamada’s letter stood out: “The cracks were found.”',
    ['Akiko Yamada'],
    'a line of a paper speaks for the paper’s owner; the line is no one',
  ],
  [
    'Akiko Yamada wrote to Bogdan Novak last month. One sentence of her letter was blunt: “The cracks were found.”',
    ['Akiko Yamada'],
    'a part of a paper an owner’s pronoun owns speaks for the owner',
  ],
  [
    'Huda Hamdan, a veteran lawmaker who has served six terms, spoke on Monday.\n\n“We lost everything,” said Tom Roe, a student.\n\n“Nobody listened,” the veteran lawmaker said.',
    ['Tom Roe', 'Huda Hamdan'],
    'a cue’s plural after a count is a noun, so the role set off with it stays the name’s',
  ],
  [
    'Huda Hamdan, an official who made dozens of calls to the ministry, spoke on Monday.\n\n“We lost everything,” said Tom Roe, a student.\n\n“Nobody listened,” the official said.',
    ['Tom Roe', 'Huda Hamdan'],
    'a count reaches its noun past `of`',
  ],
  [
    'U Zaw Min Oo, 78, said the fire was set.\n\n“I watched my orchard burn,” Zaw Min Oo said.\n\n“We lost the barn,” said Daw Nilar Win, his neighbour.',
    ['Zaw Min Oo', 'Nilar Win'],
    'Burmese honorifics are no part of the name',
  ],
  [
    '“The trawlers are the problem,” said the Most Rev. Miroslav Bondarenko, archbishop of the province.',
    ['Miroslav Bondarenko'],
    'a style before a title is no part of the name',
  ],
  [
    'Nur Aisyah on mine collapse: ‘The tunnel was flagged’\n\nNur Aisyah binti Rahman, a shift supervisor, spoke on Friday.',
    ['Nur Aisyah binti Rahman'],
    'a headline’s given names before a patronymic name the one the body names in full',
  ],
  [
    'Rajesh Arriaga of Kanazawa Advisors and Elif Demir of Mistral Activist Partners disagreed.\n\n“Growth has not shown up,” said Demir.',
    ['Elif Demir'],
    'a title word before a firm’s trade is part of the firm’s name, not a title before `Partners`',
  ],
  [
    'Lan Pham of Mistral Capital spoke on Monday.\n\n“Margins are the story,” said Pham.',
    ['Lan Pham'],
    'two name words before the `of` of a firm its trade names are a person’s name',
  ],
  [
    'Nikolai Petrović said: “We have asked the police to look into it.”\n\n“Futures on Hold” is the third report on the subject in five years.',
    ['Nikolai Petrović', null],
    'a title-case quote a copula renames as a paper is a title, not the last speaker’s words',
  ],
  [
    'Jane Doe said: “We have asked the police.”\n\n“We will fight on” is what she told the crowd.',
    ['Jane Doe', 'Jane Doe'],
    'words in lower case before a copula are still someone’s',
  ],
  [
    'Cascara named Ximena Roe its new chief executive on Monday.\n\n“Margins will recover,” the new chief executive said.',
    ['Ximena Roe'],
    'a verb of appointing gives its object the post after it',
  ],
  [
    'Cascara appointed Ximena Roe as chief financial officer on Monday. “It was tough,” said Tom Lee, an analyst.\n\n“Margins will recover,” the chief financial officer said.',
    ['Tom Lee', 'Ximena Roe'],
    'a post after `as` and an appointed name is the name’s',
  ],
  [
    'Tom Roe, the owner, and Sam Lee, a fan, clashed on Monday.\n\n“You promised us a new stand,” Lee said.\n\n“We kept every promise,” he replied.',
    ['Sam Lee', 'Tom Roe'],
    'whoever replies is not the one who spoke last, when someone else in sight agrees',
  ],
  [
    'Tom Roe runs the club.\n\n“You promised us a new stand,” Sam Lee said.\n\n“We never did,” he replied.',
    ['Sam Lee', 'Tom Roe'],
    'a reply finds the other person of the same gender',
  ],
  [
    'Ms. Halima Roe rose to speak. She then turned to Mr. Abdullahi Lee, who was sitting in the front row: “Nobody goes into teaching for the money.”',
    ['Halima Roe'],
    'a relative clause about whom the subject turns to leaves the colon’s quote to the subject',
  ],
  [
    '‘Save our library,’ says registrar\n\nStudents protested.\n\nRahul Horvat, registrar of Southland Polytechnic, spoke after a meeting. “We will appeal,” Horvat said.',
    ['Rahul Horvat', 'Rahul Horvat'],
    'a headline’s bare role after an inverted cue is a phrase for someone the body names',
  ],
  [
    'Yaw Okafor, a cartoonist, has died.\n\n“I was nineteen,” said his daughter, Adaeze Okafor in a phone interview from Enugu.',
    ['Adaeze Okafor'],
    'a name set off after a role may close with the clause’s adverbials instead of a comma',
  ],
  [
    'Joost van Dalen, a potter, has died.\n\n“Nobody worked harder,” said van Dalen’s neighbour.',
    ['van Dalen’s neighbour'],
    'an owner’s name may open with a particle in lower case, and the phrase is the owned role’s',
  ],
  [
    'At 95, Naledi Ndlovu still keeps long hours.\n\nTendai Banda, 39, a journalist, watched.\n\n“Fear is just excitement,” the 95-year-old said.',
    ['Naledi Ndlovu'],
    'a fronted age is the subject’s, for a later phrase of that age',
  ],
  [
    'Maja Berg, the surgeon whose team operated on thousands, turned 82 last week.\n\nLan Pham, 31, a student, watched.\n\n“Talent is cheap,” the 82-year-old said.',
    ['Maja Berg'],
    'an age the verb gives the subject past its asides is the subject’s',
  ],
  [
    'Mira Holt, 40, a nurse, watched.\n\n“Talent is cheap,” the 78-year-old said.',
    ['the 78-year-old'],
    'a person given another age is not the phrase of this one',
  ],
  [
    'Naoko Ito died in June.\n\nHer nephew, Mr. Masato Ito, found the notebook.\n\n“I never trusted a straight line,” she liked to tell visitors.',
    ['Naoko Ito'],
    'a verb that takes an infinitive hands its clause on to the cue after to',
  ],
  [
    'Veridian Therapeutics told Lab Notes magazine in an emailed statement: “Patient safety is our first priority.”',
    ['Veridian Therapeutics'],
    'a past form between an article and a noun modifies the noun and is no cue',
  ],
  [
    'Maryam Tehrani studies malaria.\n\nTehrani’s verdict on the new findings was short: “Bed nets work.”',
    ['Maryam Tehrani'],
    'what someone said or judged, owned by them, gives their words after a colon',
  ],
  [
    'Maryam Tehrani studies malaria.\n\nHer assessment was blunt: “Bed nets work.”',
    ['Maryam Tehrani'],
    'an owner’s pronoun before a noun for a judgement gives the owner’s words',
  ],
  [
    '“We kept driving,” said Lucia Vasquez, whose family has run the “Rusty Anchor” diner for 42 years.',
    ['Lucia Vasquez', null],
    'a name in marks before a noun for a business is no one’s words',
  ],
  [
    'After Capt. Sunita Reddy finished speaking, Rep. Bjorn Sorensen stepped to the microphone. “Nobody should drive through standing water.”',
    ['Bjorn Sorensen'],
    'a set-up sentence is read past a clause a subordinator fronts, with its own subject and cue',
  ],
  [
    'Folasade Mensah died last week. She was 82.\n\nFans called her “Auntie”, a name she never liked. “I’m not brave,” she told the Courier.',
    [null, 'Folasade Mensah'],
    'a short plural the lexicon knows as people opens its sentence as a group, not a person',
  ],
  [
    'Folasade Mensah died last week.\n\nNeighbours called her “the Lion of the Valley.”',
    [null],
    'a nickname may hold a title’s link words in lower case past a capital',
  ],
  [
    'Sipho Dlamini has died.\n\nThe critic Thandiwe Kamau called “A Loud Life” “an ordinary life, done carefully” in a review.',
    [null, 'Thandiwe Kamau'],
    'of two quotes a verb of calling takes back to back, the first in title case is the thing called',
  ],
  [
    'Sung-ho Jeong has run the Deepwell Underground Laboratory since 2016. Lan Pham, a student, watched.\n\n“Most anomalies fade,” the director said.',
    ['Sung-ho Jeong'],
    'running an institution, in the perfect, makes its director',
  ],
  [
    'Zhiwei Chen has long chaired the panel. Children received three doses.\n\n“We saw no problems,” the chair said.',
    ['Zhiwei Chen'],
    'a perfect of chairing gives the chair past an adverb; an irregular plural for people opens as a group',
  ],
  [
    'Physicists reported a rare decay.\n\nA reviewer who evaluated the paper, and who asked not to be named, said the analysis was “premature”.',
    ['a reviewer'],
    'a second relative clause joined by and who is an aside; the first clause’s object is no subject',
  ],
  [
    '“We will review it,” the Ministry of Environment and Water said in a statement.',
    ['Ministry of Environment and Water'],
    'two portfolios joined by and are one ministry’s name',
  ],
  [
    'Farhan Rao died on Friday.\n\nOne of his oldest friends, speaking on condition of anonymity because the family had asked for privacy, said: “He would give you his coat.”',
    ['one of his oldest friends'],
    'a long participle aside holds no subject; the share that opens the clause speaks',
  ],
  [
    '“We will rebuild,” said Canon Margaret Obi, who leads the chapter.',
    ['Margaret Obi'],
    'Canon before a given name and a surname is a title',
  ],
  [
    'Dean Ana Lindqvist opened the service. Tom Roe read the lesson.\n\n“Welcome,” Dean Lindqvist said.',
    ['Ana Lindqvist'],
    'a title that is a given name too, before the surname alone, names the one who holds it',
  ],
  [
    'At the funeral, Tom Roe read a letter his late mother, Jane Roe, had written in 1990: “Do not grieve for me.”',
    ['Jane Roe'],
    'words read from a paper are the writer’s: the name set off in its relative clause',
  ],
  [
    'Tom Roe read aloud a letter from his grandmother, Jane Roe: “Do not grieve for me.”',
    ['Jane Roe'],
    'words read from a paper are the writer’s: the one it came from',
  ],
  [
    'Tom Roe read from Jane Roe’s diary: “Today the river came into the kitchen.”',
    ['Jane Roe'],
    'words read from a paper are the writer’s: its owner',
  ],
  [
    'Daughter of cellist Odhiambo says he ‘never gave up’\n\nJabari Odhiambo, a cellist, died on Sunday. He was 97.\n\nHis daughter, Thandiwe Odhiambo, said he “never gave up” right until the end.',
    ['Thandiwe Odhiambo', 'Thandiwe Odhiambo'],
    'a noun of kinship whose of names someone is the kin who speaks, not the one named',
  ],
  [
    'Agnieszka Nowak, a mathematician, died on Sunday. She was 80.\n\nShe is survived by her husband, Pavel Nowak.\n\n“Nobody worked harder,” Mr. Nowak said.\n\n“Listen twice as long as you talk,” Dr. Nowak told the Courier.',
    ['Pavel Nowak', 'Agnieszka Nowak'],
    'one the text calls Mr. is not the one it calls Dr.',
  ],
  [
    'Lena Ortiz, the founder, unveiled the deal on Monday. “It is a new start for us.” The company did not disclose financial terms.',
    ['Lena Ortiz'],
    'a source phrase that goes straight on to its own verb attributes nothing, though a later word is a cue’s form',
  ],
  [
    'The line goes on sale in May, under the name “Blue Harbor.” The company did not give exact terms.',
    [null],
    'a source phrase and its own verb, with no postmodifier between, take no cue after them',
  ],
  [
    'Cobalt Ridge Mining said it would cut jobs. “Nobody is immune,” Cobalt Ridge said in a statement.',
    ['Cobalt Ridge Mining'],
    'a company’s name cut to its first two words is that company',
  ],
  [
    'Marlowe Media reported revenue of $2.4 billion. “We see a clear path,” Marlowe said.',
    ['Marlowe Media'],
    'a company’s name cut to its first word is that company, whatever its trade',
  ],
  [
    '“We see a clear path,” said Greenwater Ridge Mining.',
    ['Greenwater Ridge Mining'],
    'a word in -er before a company’s name ending in its trade opens the name, no role',
  ],
  [
    'Mayor Jane Doe spoke on Monday. The vote was what the mayor called “a disgrace.”',
    ['Jane Doe'],
    'what someone by role called is their words',
  ],
  [
    'The firms were in what the industry calls the “quiet period.” The delays came after what the senior official called “a betrayal.”',
    [null, 'the senior official'],
    'what a trade calls a thing is no one’s words; what an official called it is the official’s',
  ],
  [
    'The campaign, called “Shot of Hope,” will run until December.',
    [null],
    'a naming participle set off by a comma gives a name, not words',
  ],
  [
    'Tobias Kowalski, the man dubbed the “Midnight Burglar,” was arrested last year.',
    [null],
    'a phrase set off after a name and its naming participle give a nickname, not words',
  ],
  [
    'In Lucia Mbatha’s view, the indictment was “a witch hunt,” and she said so.',
    ['Lucia Mbatha'],
    'a fronted in and someone’s view makes the owner the source',
  ],
  [
    'In the opinion of Lucia Mbatha, the ruling was “fair and proportionate.”',
    ['Lucia Mbatha'],
    'in the opinion of names the source, as in the words of does',
  ],
  [
    'For Raúl Galloway, chief executive of Brightwell Health, the lesson is simple: “We found traces.”',
    ['Raúl Galloway'],
    'a role set off after a view holder’s name is the holder’s, not the speaker',
  ],
  [
    'For Layla Haddad, the message is clear: “We found traces.”',
    ['Layla Haddad'],
    'the message a view holder draws is no one who speaks',
  ],
  [
    'Marcus Bell, Jr., said: “I just kept going.”',
    ['Marcus Bell Jr.'],
    'a generational suffix set off by a comma is the name’s',
  ],
  [
    '“I just kept going,” said R.J. Fitzgerald, Jr., who scored twice.',
    ['R.J. Fitzgerald Jr.'],
    'a suffix set off by a comma after an inverted cue’s name, before a relative clause',
  ],
  [
    'Defiant Okafor vows ‘we will fight on’\n\nAda Okafor spoke on Tuesday.',
    ['Ada Okafor'],
    'a headline’s word for a mood before a name is no word of the name',
  ],
  [
    'Wing Omar Haddad was the hero. “I saw the gap and went,” Haddad said.',
    ['Omar Haddad'],
    'a playing position before a name is what the person is',
  ],
  [
    '“We are appealing for witnesses,” said Det Insp Ngozi Ochoa of South Wales Police.',
    ['Ngozi Ochoa'],
    'a rank written without stops is a title',
  ],
  [
    'Ortiz labelled the referee’s decision “a disgrace” and said he would appeal.',
    ['Ortiz'],
    'a cue in British spelling, its final l doubled, is the cue',
  ],
  [
    'The National Nurses Alliance said on Tuesday that it would extend the program. “Prevention is cheaper than treatment,” the union said.',
    ['National Nurses Alliance'],
    'a workers’ body named an alliance is the union',
  ],
  [
    'Aeris Aerospace raised its dividend.\n\nThe planemaker said: “We will return more cash.”',
    ['Aeris Aerospace'],
    'a planemaker is the body named by its aerospace trade',
  ],
  [
    'The manager, Ana Ortiz, has repeatedly used the word “unacceptable” this season.',
    ['Ana Ortiz'],
    'words a verb of using them takes after the word are the user’s',
  ],
  [
    'Economists use the term “brain drain” to describe the loss. Ortiz coined the phrase “the quiet season” in 2019.',
    [null, 'Ortiz'],
    'a term defined for a purpose is no one’s; a phrase someone coined is theirs',
  ],
  [
    'Silva shared a video on TikTok captioned “Dreams do come true.”',
    ['Silva'],
    'a post’s caption given by a participle is the poster’s',
  ],
  [
    'The official Halvard Rovers account posted: “Full time.”',
    ['Halvard Rovers'],
    'an account online speaks for the body named in it',
  ],
  [
    'Striker Ana Silva scored twice. Silva’s official Instagram account later posted: “Back stronger.”',
    ['Ana Silva'],
    'an account online a person owns speaks for its owner',
  ],
  [
    'It was a searingly accurate account of the attacks: a scene in which the chief orders his team to "stand down."',
    [null],
    'an account of something is a story told, no one’s account online',
  ],
  [
    'U.S. Attorney Ana Abernathy spoke on Tuesday. “The victims deserve to be heard,” the prosecutor said.',
    ['Ana Abernathy'],
    'a U.S. attorney is who the prosecutor is',
  ],
  [
    'A lawyer representing the family, who declined to be named, said: “We will appeal.”',
    ['a lawyer'],
    'a relative clause set off after a participle’s object leaves the phrase the participle hangs on to speak',
  ],
  [
    'Speaking at the launch of “Dry Seasons,” Ortiz said: “The drought is getting worse.”',
    [null, 'Ortiz'],
    'a title after the launch of names a work, no one’s words',
  ],
  [
    'Dancer Okoro says ‘no regrets’ after a hard year\n\nAda Okoro spoke on Sunday. “We kept going,” Okoro said.',
    ['Ada Okoro', 'Ada Okoro'],
    'a headline’s noun for what someone does, written before the surname, names the one person the story names in full',
  ],
  [
    'Walker Smith says ‘no regrets’\n\nWalker Smith spoke on Sunday.',
    ['Walker Smith'],
    'a name whose first word is also a noun stays the name the story gives',
  ],
  [
    'Ada Okoro shared a handwritten note with fans. The note read: “We will be back.”',
    ['Ada Okoro'],
    'a note someone shared speaks for them, as a statement they issued does',
  ],
  [
    'Ada Okoro posted a message on Sunday. “We will be back,” the message read.',
    ['Ada Okoro'],
    'a verb that names a post puts out the paper its object names',
  ],
  [
    'Ada Okoro left a note for the crew. It said: “We will be back.”',
    ['Ada Okoro'],
    '`it said` right after a paper is put out is the paper',
  ],
  [
    'Critics say he will promote the show, note that he bought the tower, and boast — Tom Reyes said — “which is a fine area.”',
    ['Tom Reyes'],
    'a paper’s noun alone before `that` is a verb, no one to speak',
  ],
  [
    'Ada Okoro and Tom Reyes were asked the same question. Okoro’s answer: “Keep it short.” Reyes’s: “Say less.”',
    ['Ada Okoro', 'Tom Reyes'],
    'an owner alone before a colon owns the noun the sentence before gave',
  ],
  [
    '“It took me years,” Ada Okoro said of “Midnight Ferry,” which she began in 2016.',
    ['Ada Okoro', null],
    'a title in capitals after `said of` names what the words were about',
  ],
  [
    '“We will stay open,” said Ada Okoro, who teaches the popular course “Physics for Poets” at Northgate University.',
    ['Ada Okoro', null],
    'a course’s title names a work',
  ],
  [
    'The Weather Service confirmed the closure shortly after 9 p.m. “It came so fast,” according to Ana Ruiz, a nurse.',
    ['Ana Ruiz'],
    'a clock’s `p.m.` before an opening mark ends its sentence, and the cue before it with it',
  ],
  [
    'The county announced the closure at 6 a.m. According to Ana Ruiz, the scene was “pure chaos.”',
    ['Ana Ruiz'],
    'a clock’s `a.m.` before a capital ends its sentence',
  ],
  [
    '“We met at 9 p.m.” She left early, said Ana Ruiz.',
    ['Ana Ruiz'],
    'a mark right after a clock’s stop closes the quote, and no sentence starts at it',
  ],
  [
    'Tessera CEO A.M. Ahmadi spoke on a call on Friday. He said margins would be “under pressure.”',
    ['A.M. Ahmadi'],
    'initials that spell a clock’s abbreviation, after no number, are a name’s',
  ],
  [
    'The company issued a recall at 3 p.m. AEST on Monday. “We will win this fight,” the company insisted.',
    ['the company'],
    'a zone’s letters after a clock’s `p.m.` go on with the time, and name no one',
  ],
  [
    '“The water is coming in!” Marcus Mahmoud remembered shouting to his family.',
    ['Marcus Mahmoud'],
    'a verb that takes a gerund hands the clause on to the cue it takes',
  ],
  [
    'Olamide Adebayo-Smith was among the residents allowed back. “Everyone showed up,” she said.',
    ['Olamide Adebayo-Smith'],
    'two surnames joined by a hyphen, each with its capital, are no given name written last',
  ],
  [
    'Kang Seung-ho runs the shelter. “We will rebuild,” he said.',
    ['Kang Seung-ho'],
    'a given name of two syllables written last, the second in lower case, shows the gender',
  ],
  [
    '“One firefighter was treated at the scene,” rescue crews said Thursday.',
    ['rescue crews'],
    'the plural of a noun for a body of people is a source',
  ],
  [
    'Lucia Delgado praised Mayor Tom Reyes and volunteers from the Red Cross late Monday, adding: “We are tired.”',
    ['Lucia Delgado'],
    'a phrase listed after the verb’s object is one more object, before adverbials too',
  ],
  [
    'Between the boom in “slow cinema” and the fuss over “Oscar bait,” the season has had no shortage of labels.',
    [null, null],
    'a phrase with a verb phrase of its own says nothing, and a cue word in its object is a noun',
  ],
  [
    'C.J. Hashemi — a singer from Leeds — told Soundcheck magazine: “It’s the hardest role.”',
    ['C.J. Hashemi'],
    'initials in capitals open a name, never a dateline, and the aside set off by dashes is the name’s',
  ],
  [
    'Jane Tran — nicknamed “the Professor” — was blunt: “We start again.”',
    [null, 'Jane Tran'],
    'a nickname set off by a dash is no one’s words and bounds nothing',
  ],
  [
    'Long known as “Golden Voice,” Noor Zhou has rarely given interviews. “I wanted to make something,” she said.',
    [null, 'Noor Zhou'],
    '`Long` opening a sentence is an adverb when the text never capitalizes it inside one',
  ],
  [
    'Rep. Billy Long spoke on Monday. Long said: “We will win.”',
    ['Billy Long'],
    'a surname the text writes capitalized inside a sentence stays a name where it opens one',
  ],
  [
    'A researcher familiar with the study, who requested anonymity, said: “It is a small study.”',
    ['a researcher'],
    '`who` wants someone: a paper after an adjective’s preposition is no antecedent',
  ],
  [
    '“This is a fair shot,” Liam Okonkwo said. “The campus will stay open.” The vote followed more than three hours of public comment.',
    ['Liam Okonkwo', 'Liam Okonkwo'],
    'a phrase with a past verb of its own after it is no source of a cue word later in its object',
  ],
  [
    'A. Emeka Kristiansen led the review. “We need five more years,” Kristiansen said.',
    ['A. Emeka Kristiansen'],
    '`A.` before a known given name and a surname is an initial, no answer’s label',
  ],
  [
    'Special Agent in Charge Lena Moss said: “The suspect is in custody.”',
    ['Lena Moss'],
    'a title whose `in` names what it has charge of is read whole before the name',
  ],
  [
    '“We regret it,” a Spokesman in Brussels said.',
    ['a Spokesman'],
    'a role with the place it serves in stays a role',
  ],
  [
    '“Thanks for coming,” said master of ceremonies Tom Reyes.',
    ['Tom Reyes'],
    'a title’s `of` and its complement in lower case before a name are the name’s role',
  ],
  [
    '“We won,” dean of students Ana Ruiz said.',
    ['Ana Ruiz'],
    'a plural noun for people ends a role’s complement; it is no role of one name',
  ],
  [
    '“Thanks for coming,” said director of the museum Tom Reyes.',
    ['Tom Reyes'],
    'a role’s complement may open with an article',
  ],
  [
    '“Thanks for coming,” said a fan of singer Tom Reyes.',
    ['a fan'],
    'a noun for one person before the name is the name’s role; the phrase before `of` is another’s',
  ],
  [
    'County Supervisor Lena Moss voted no. “We were not asked,” Moss said.',
    ['Lena Moss'],
    'a capital with a role’s ending before a known given name and a surname is a title',
  ],
  [
    '“We will publish the count,” said Nor Hisham bin Ahmad.',
    ['Nor Hisham bin Ahmad'],
    'a short word with a role’s ending is no title: it may open a name',
  ],
  [
    'In an email, the Eastside Tenants Union said rents had doubled. “We are being squeezed,” the statement said.',
    ['Eastside Tenants Union'],
    '`the statement` is whatever paper the text last said someone put out',
  ],
  [
    'The Eastside Tenants Union said in a written response that rents had doubled. “We are being squeezed,” the statement said.',
    ['Eastside Tenants Union'],
    '`written` makes a paper of any noun',
  ],
  [
    'NPR, which aired the interview, said the complaint was “misleading”.',
    ['NPR'],
    'a word opening a sentence set off before `which` is a name, as before `who`',
  ],
  [
    'Opponents seized on Mayor Chioma Tran’s description of the budget as “a good first step.”',
    ['Chioma Tran'],
    'a noun of characterizing reports its owner’s words after `of` and `as`',
  ],
  [
    'He ended the auction description with “Si Vis Pacem.”',
    [null],
    'a noun of characterizing with no owner reports no one',
  ],
  [
    'Agnieszka Rosenthal made the case that “the comment period was far too short.”',
    ['Agnieszka Rosenthal'],
    '`made the case` is a cue phrase',
  ],
  [
    'The phrase “a city for all incomes,” which Planning Director Aisha Ortega used in her address, has become a rallying cry.',
    ['Aisha Ortega'],
    'a clause after words in marks that says who used them makes them that one’s',
  ],
  [
    'The phrase “a city for all incomes” appears twice in the plan.',
    [null],
    'words in marks after a noun for words, with no one said to use them, are no one’s',
  ],
  [
    'Rajesh Osei said members would stay out until Harbourline Ports improved its offer. “The offer is poor,” Osei said.\n\nAmara Cardoso, a director at Harbourline Ports, said the company was willing to talk. “We value our team,” she said.\n\n“This contract is unfair,” he said on Monday.',
    ['Rajesh Osei', 'Amara Cardoso', 'Rajesh Osei'],
    'a name `its` takes up in any clause is a body’s, no `he`',
  ],
  [
    'The Federation of Metal Workers on Sunday branded the proposal “totally out of touch.”',
    ['Federation of Metal Workers'],
    'a day after `on` between the subject and the cue dates the verb',
  ],
  [
    'Arden Care Homes chief calls pay demands ‘excessive’\n\nNgozi Grigoryan, chief executive of Arden Care Homes, said the claim was too high. “We urge talks,” Grigoryan said.',
    ['Ngozi Grigoryan', 'Ngozi Grigoryan'],
    'a headline’s noun for whoever heads a body is the holder of any office the story names',
  ],
  [
    'Union warns of ‘serious safety risks’ at Norvik Steel\n\nThe Federation of Metal Workers said talks with Norvik Steel were close to collapse.',
    ['Federation of Metal Workers'],
    'a headline’s noun for a kind of body is the first body the story names that the headline does not',
  ],
  [
    'Union boss warns of ‘a long strike’\n\nKwame Eriksen, general secretary of the Bus Drivers Union, said members would stay out. “Our patience has run out,” Eriksen said.',
    ['Kwame Eriksen', 'Kwame Eriksen'],
    '`boss` heads a role',
  ],
  [
    'For the Interior Ministry, the priority is clear: “Borders must be secure.”',
    ['Interior Ministry'],
    'a body named after a fronted `for` states the view a colon gives',
  ],
  [
    'To Amina Yusuf, the camp is a prison: “We cannot leave.”',
    ['Amina Yusuf'],
    'a fronted `to` frames whose view as `for` does',
  ],
  [
    'The Border Agency said the centre was full. The agency’s position was unambiguous: “Borders must be secure.”',
    ['Border Agency'],
    'a position or a stance is its owner’s saying',
  ],
  [
    'Khalid al-Mansouri’s leaked memo read: “Hold the line.”',
    ['Khalid al-Mansouri'],
    'a paper’s owner speaks for it past a participle the phrase was read without',
  ],
  [
    'A memo written by a senior Treasury official said: “The numbers do not add up.”',
    ['a senior Treasury official'],
    'someone the text only describes writes a paper as a body does',
  ],
  [
    'The memo, which Tom Reyes sent to staff on Friday, said: “The numbers do not add up.”',
    ['Tom Reyes'],
    'the subject of a relative clause that sends the paper speaks for it',
  ],
  [
    'Amina Yusuf’s biggest fear: “Being sent back.”',
    ['Amina Yusuf'],
    'an owner’s noun for a fear or a hope alone at the colon gives the owner’s words',
  ],
  [
    'For Amina Yusuf, 34, the answer is simple: “Let us work.”',
    ['Amina Yusuf'],
    'an age set off after the name of a fronted `for` is passed over',
  ],
  [
    'Editor-in-chief Priya Whitfield said: “We will fix this.”',
    ['Priya Whitfield'],
    'title words a hyphen joins with `in` make one title',
  ],
  [
    '“It’s been a rough week,” Anders Moe said on the show. “My words were clumsy.” The hosts’ union has called for an inquiry.',
    ['Anders Moe', 'Anders Moe'],
    '`call for` asks for something and attributes no quote',
  ],
  [
    'Asked about the budget document, “Building Forward,” Councilwoman Nadia Prewitt said: “The plan works.”',
    [null, 'Nadia Prewitt'],
    'a title in capitals set off after a noun for a published paper names it',
  ],
  [
    'At one point a reporter from a local station shouted: “How do you respond?”',
    ['a reporter'],
    'a short phrase a preposition fronts with no comma leaves the clause to the phrase after it',
  ],
  [
    'An aide to the minister, who spoke on condition of anonymity because they were not authorized to discuss the matter, said: “The lawyers saw it.”',
    ['an aide'],
    'a relative clause set off after a phrase `to` adds to a role belongs to the role',
  ],
  [
    'Zoomr’s shares fell 8 percent. “We are cooperating fully,” the company said.',
    ['Zoomr'],
    'a name that owns what only a company has is a company’s, in sight for `the company`',
  ],
  [
    'Orbit Social removed the posts. “They violated our rules,” the platform said.',
    ['Orbit Social'],
    '`the platform` is a body’s noun',
  ],
  [
    'Security researcher: ‘The flaw was trivial’\n\nDana Cole, a security researcher at Halcyon, found the flaw. “It took minutes,” Cole said.',
    ['Dana Cole', 'Dana Cole'],
    'a headline drops the article before a role a word opening the line says which of',
  ],
  [
    'Questions linger over the “stand down” order.',
    [null],
    'a plural opening a line before a word with a role’s ending is no role',
  ],
  [
    'Many veterans wait. Lt. Col. Deborah Okafor’s office released a statement quoting her: “Too many are turned away.”',
    ['Deborah Okafor'],
    'a quoting participle’s object right before the colon says the words, not the office that passes them on',
  ],
  [
    'Gov. Jerry Brown endorsed her, citing her “long experience” and her record.',
    ['Jerry Brown'],
    'a quality cited in marks after `citing her` is the citer’s wording',
  ],
  [
    'Declan Ogunleye, a corn farmer near Brandon, Manitoba, told reporters: “We wait and hope.”',
    ['Declan Ogunleye'],
    'a name set off after a place a preposition governs is its region, not the speaker',
  ],
  [
    'The only doctor in Brandon, Dr. Ana Ruiz, said: “We wait and hope.”',
    ['Ana Ruiz'],
    'a titled name set off after a place is still someone',
  ],
  [
    'We asked growers.\n\nAmara Szabo, apple grower, Yakima Valley: “Robots are coming.”',
    ['Amara Szabo'],
    'a name, a role and a place set off before a colon label the quote with the name',
  ],
  [
    'According to Maria Haddad, president of the guild, the disease had spread. “Our members have been patient.”',
    ['Maria Haddad'],
    'a sentence whose source `according to` names reports that source to the next quote',
  ],
  [
    'According to the filing, the disease had spread. “Our members have been patient.”',
    [null],
    'a paper `according to` names passes on no one’s words to the next quote',
  ],
  [
    'Dunmore Ordnance declined an interview request, but in a written reply it said: “We stand by our record.”',
    ['Dunmore Ordnance'],
    '`it` that speaks in a later clause takes up the sentence’s subject, a name no one has',
  ],
  [
    'Brigadier Gabriela Ramírez met the minister. Later, she told reporters: “This is a long-term problem.”',
    ['Gabriela Ramírez'],
    '`Brigadier` is a rank, not part of the name',
  ],
  [
    '“They took my car,” said Jo Pemberton, a nurse. “It happens so often.” The investigation is continuing.',
    ['Jo Pemberton', 'Jo Pemberton'],
    'a verb with senses other than speech says nothing of a phrase for no one (`The investigation is continuing`)',
  ],
  [
    '“We will win.” The senator continued.',
    ['the senator'],
    '`continued` still attributes after a quote when its subject is someone',
  ],
  [
    'Bail was denied. A post on the Halden Police Department’s Facebook page read: “Patrols have been added.”',
    ['Halden Police Department'],
    'a paper on someone’s page or account is theirs',
  ],
  [
    'A post on the Marsh County District Attorney’s Office’s Instagram page read: “We oppose bail.”',
    ['Marsh County District Attorney’s Office'],
    'the last owner in a row of possessives owns the page',
  ],
  [
    'A transcript of the hearing shows Judge Liam Bergstrom told Kariuki: “Sentencing will be in six weeks.”',
    ['Liam Bergstrom'],
    'a verb of what a record bears out is no modifier of the title after it',
  ],
  [
    'The Sable County District Attorney’s Office has handled the case.\n\nThe district attorney’s office said: “We will not comment.”',
    ['Sable County District Attorney’s Office'],
    'an office holder’s title in lower case before the possessive keeps the phrase whole, and the office is the one named',
  ],
  [
    'When prosecutor Jo Roe asked Ana Poe, a neighbor who called 911, “Were you afraid?” she answered, “Yes.”',
    ['Jo Roe', 'Ana Poe'],
    'a cue inside an aside set off after the hearer is the aside’s; the asker’s group runs to the quote',
  ],
  [
    'C. Boyden Gray, who served under George Bush, ticked through the code: “Manners were assumed,” he said.',
    ['C. Boyden Gray'],
    'a pronoun that does not reply stays with its sentence’s subject, whatever gender shows',
  ],
  [
    'Shares in Kestrel Marine Works rose on Friday. “Our workforce has doubled,” the company said in a filing.',
    ['Kestrel Marine Works'],
    'what one holds shares in is a company, not a place, and `the company` takes it up',
  ],
  [
    'Tom Reyes said the contract with Solvik Robotics was under review.\n\nThe drone maker said: “We will open a second line.”',
    ['Solvik Robotics'],
    'a maker’s modifier says what a company makes, which its name need not; the one body in sight',
  ],
  [
    'Redbank Beef cut a shift. “We will get through it,” said Henrik Solberg, a beef farmer.\n\n“We cut hours,” the meatpacker said.',
    ['Henrik Solberg', 'Redbank Beef'],
    'a trade a company plies is a body’s noun, not the role of the farmer in sight',
  ],
  [
    'Shares in Leafwell Farms and Tarragon Avionics fell. “We are fine,” the company said.',
    ['the company'],
    'two bodies in sight: `the company` names neither',
  ],
  [
    'The Vote No campaign and Tom Reyes spoke. Massachusetts Democrats for Reform met. “You wait,” the vote no campaign said.',
    ['the Vote No campaign'],
    'a modifier of a body other than a company says which; no body in sight has it',
  ],
  [
    'The 12th Air Defence Regiment wrote on Telegram that its soldiers held. “We thank everyone,” the regiment said.',
    ['12th Air Defence Regiment'],
    'an ordinal after an article opens a unit’s name',
  ],
  [
    '“We will act,” said the Ministry of Food and Agriculture, which oversees farm policy.',
    ['Ministry of Food and Agriculture'],
    'a ministry’s portfolio may join two fields with `and`',
  ],
  [
    'The Department of Justice and Tom Reyes disagreed. “We will act,” Reyes said.',
    ['Tom Reyes'],
    'a given name after `and` opens a person’s name, not more of a body’s',
  ],
  [
    'Minister Jo Roe announced the plan. The Homes for Heroes Trust was unimpressed.\n\n“Families should not have to choose,” the charity said.',
    ['Homes for Heroes Trust'],
    'a `for` between a capital and a run a body’s head ends says what the body stands for',
  ],
  [
    'Jo Roe, a farmer, said on the “Soil and Society” podcast: “Nobody wants to spray more.”',
    [null, 'Jo Roe'],
    'a name in marks between an article and a noun for a show is the show’s title',
  ],
  [
    'Jo Roe wrote in her newsletter, “The Weekly Yield,” that prices fell: “We lost the harvest.”',
    [null, 'Jo Roe'],
    'a title set off after `newsletter` renames it',
  ],
  [
    'Agrisol Chemicals challenged the ban in court on Tuesday.\n\n“A ban will push production abroad,” it said.',
    ['Agrisol Chemicals'],
    'a bare `court` after a preposition is where, no body; `it` takes up the name of the paragraph before',
  ],
  [
    '“I tried you on the phone,” it reads, said the email Judicial Watch released.\n\n“We have identified the forces,” it said.',
    [null, null],
    '`it` does not reach back past a paragraph that quoted someone',
  ],
  [
    'Hartlepool Bay council admits plan was ‘inadequate’\n\nThe Hartlepool Bay City Council has conceded that its plan was badly handled.',
    ['Hartlepool Bay City Council'],
    'a headline’s phrase for a body is the one body the story names with all its words',
  ],
  [
    'Rail watchdog warns of ‘lost decade’\n\nThe Office of Rail Standards, the rail watchdog, said dozens were at risk.',
    ['Office of Rail Standards'],
    'a headline’s noun for a body is the one body the story sets that noun beside',
  ],
  [
    'We asked people.\n\nPriya Pemberton, Exeter: “They should charge tourists.”',
    ['Priya Pemberton'],
    'a name, then a capital set off before the colon: the capital says where the person is from',
  ],
  [
    'We asked people.\n\nAmara Hirsch (27), from York: “The money would be better spent.”',
    ['Amara Hirsch'],
    'an age in brackets and a place after a name label the quote with the name',
  ],
  [
    'The National Audit Office has published its long-awaited review of the museum.\n\n“The board was not told,” the report said.',
    ['National Audit Office'],
    '`the report` takes up the review a body was said to publish',
  ],
  [
    'The Airport Staff Federation told members in its monthly newsletter that the offer was poor. “We want a fair share,” the newsletter said.',
    ['Airport Staff Federation'],
    'a newsletter is a paper its owner puts out',
  ],
  [
    'Airline blames ‘staff shortages’\n\nBluehaven Air said on Thursday that travellers should prepare.',
    ['Bluehaven Air'],
    'a headline’s noun for a trade’s body is the first body the story names, a name no one has',
  ],
  [
    'A message pinned to the top of the Energy Markets Authority’s Instagram page reads: “We will act.”',
    ['Energy Markets Authority'],
    'a paper on someone’s page is theirs, past the participle that put it there',
  ],
  [
    'A study by the Creative Economy Unit found that attendance fell. “Museums have lost funding,” the study said.',
    ['Creative Economy Unit'],
    'a paper right before `by` is its author’s, and `the study` takes it up',
  ],
  [
    'Osman Kovač left a scathing review on Booking.com after a weekend at the villa. “The air conditioning rattled all night.”',
    ['Osman Kovač'],
    'whoever left a review sets up the quote after it',
  ],
  [
    'The museum asked for a grant of £400,000. The verdict from the Ministry of Culture: “We cannot fund it.”',
    ['Ministry of Culture'],
    'a stop after a sum with a currency’s sign or groups of digits ends the sentence',
  ],
  [
    'Cormac Osei runs the museum. His assessment of the latest cuts: “Culture keeps people here.”',
    ['Cormac Osei'],
    'an owner’s noun for what was said, with a phrase a preposition opens and no verb, labels the quote',
  ],
  [
    'The Post responded with a piece entitled “His ideas are not bold. They are facile.”',
    ['Post'],
    'a full stop inside what a participle of titling gives makes it the paper’s words, not a bare title',
  ],
  [
    'An audit by the Audit Commission found that the programme was “poorly targeted”.',
    ['Audit Commission'],
    'a paper opening the sentence finds `that` past the phrase that says whose it is',
  ],
  [
    'A recent survey by Comcast Xfinity found that “The Sopranos,” a show from 1999, is still watched.',
    [null],
    'a name in title case inside a paper’s finding is no finding',
  ],
  [
    'Marlowe Audit Group delivered its audit of the club on Friday. The audit called the position “serious but recoverable.”',
    ['Marlowe Audit Group'],
    'a paper owned by `its` is the verb’s subject’s, for a later `the audit`',
  ],
  [
    'An audit of the accounts at Fenwick Rovers by accounting firm Tollan Partners found that “controls were weak.” The audit also said “wages exceed income.”',
    ['Tollan Partners', 'Tollan Partners'],
    'the `by` past a paper’s `of` phrase names its author, who speaks through it later too',
  ],
  [
    'Ilse Marchetti is the lead author of a new paper on the samples.\n\n“The signal is real,” the paper concludes.',
    ['Ilse Marchetti'],
    'the one a copula makes a paper’s author speaks through it',
  ],
  [
    'A white paper issued by the Corrin Science Foundation calls the plan “deeply concerning.”\n\n“The risks were never assessed,” the document states.',
    ['Corrin Science Foundation', 'Corrin Science Foundation'],
    '`the document` takes up a paper of the paragraph before',
  ],
  [
    'A letter this month to the board from the Dunmore Staff Association urged a rethink. “This must change,” the letter said.',
    ['Dunmore Staff Association'],
    'a letter’s `from` past when and to whom names its sender',
  ],
  [
    'A letter from the Harwick Legion obtained by the Ledger warns that “further use will be met in court.”',
    ['Harwick Legion'],
    'the agent of a participle after the sender is not the paper’s',
  ],
  [
    'Odile Brandt wrote on Friday to Minister Tam Oyelowo: “We missed the window.”\n\nThe letter adds: “Reviews will come first.”',
    ['Odile Brandt', 'Odile Brandt'],
    'whoever wrote to someone, past a day, sent the letter',
  ],
  [
    'In a letter to Tam Oyelowo, who chairs the committee, Odile Brandt wrote that the cuts were “avoidable.”\n\nThe letter adds: “The estimate was wrong.”',
    ['Odile Brandt', 'Odile Brandt'],
    'the name the sentence’s own cue attributes puts out its letter, not one in a relative clause',
  ],
  [
    'Ravi Colman broke his silence on Sunday.\n\n“We will learn from this,” the Fenwick Rovers winger posted on X. The post also said “the referee was wrong.”',
    ['Ravi Colman', 'Ravi Colman'],
    'a role after a team’s name heads the phrase, and a lone letter’s stop before `The` ends the sentence',
  ],
  [
    'Aiko Brandt, Fenwick Rovers point guard: “We knew it would be a battle.”',
    ['Aiko Brandt'],
    'a colon label’s name, not the team in the role set off after it',
  ],
  [
    '“We respect every opponent,” said Fenwick Rovers point guard Aiko Brandt, “but we fear nobody.”',
    ['Aiko Brandt', 'Aiko Brandt'],
    'a cue’s bare form before a noun for one person, after a name, is no cue',
  ],
  [
    'Governing body warns ‘zero tolerance’\n\nThe Corran Rowing Federation said on Friday that its inquiry was complete.',
    ['Corran Rowing Federation'],
    'a headline’s phrase for a body is the body the story names, whatever its name’s words',
  ],
  [
    'Research lab admits ‘a lapse’\n\nThe Pellow Climate Laboratory said tests had failed.',
    ['Pellow Climate Laboratory'],
    '`lab` is a noun for a body, so the capital before it opens no name',
  ],
  [
    'Captain insists ‘not good enough’\n\n“We live with it,” said Odile Brandt, the Fenwick Rovers captain.',
    ['Odile Brandt', 'Odile Brandt'],
    'a headline’s bare role the story writes in lower case is who the story gives it',
  ],
  [
    'University head calls plan ‘rushed’\n\nOdile Brandt, the vice-chancellor of Corran Polytechnic, said the plan would be reviewed. “It was hasty,” Brandt said.',
    ['Odile Brandt', 'Odile Brandt'],
    'a headline’s `head` of a body is whoever holds a hyphenated title there',
  ],
  [
    'The official Threads account of Corran Wanderers posted a photo with the caption “Three points on the road.”',
    ['Corran Wanderers'],
    'an account a platform names is its holder’s, named after `of`',
  ],
  [
    'In papers filed with the High Court, Corran Wanderers argued the fine was “excessive.” The filing also said: “The rules were misread.”',
    ['Corran Wanderers', 'Corran Wanderers'],
    'court papers are a paper, for a later `the filing`',
  ],
  [
    'The Pellow Rowing Association’s monthly newsletter said “we will appeal.” The newsletter added: “Safety comes first.”',
    ['Pellow Rowing Association', 'Pellow Rowing Association'],
    'an owner past the words that say which paper',
  ],
  [
    'An independent review of the selection process, written by barrister Odile Brandt, concluded that “reasons were not recorded.” The review also called it “unfit.”',
    ['Odile Brandt', 'Odile Brandt'],
    'a participle set off after a paper’s `of` phrase names its author',
  ],
  [
    'Accounting firm Tollan Partners, which audited the books at the club, said “controls were weak.”\n\n“The club cannot pay,” the audit said.',
    ['Tollan Partners', 'Tollan Partners'],
    'who audits writes the audit',
  ],
  [
    'Ravi Colman scored twice as Odile Brandt’s Fenwick Rovers side beat Corran Wanderers. “We showed character,” she said.',
    ['Odile Brandt'],
    'an owner before a team’s name and `side` is someone of their own, and the team no one `she` stands for',
  ],
  [
    'Odile Brandt never said “the vote is rigged.”',
    [null],
    'words the text says someone never said are no one’s',
  ],
  [
    'Tam Oyelowo denied saying “the jury was bought.” “I never said that,” he told reporters.',
    [null, 'Tam Oyelowo'],
    'a cue the subject denies gives no one the words; the denial is the subject’s',
  ],
  [
    'An earlier version misquoted Odile Brandt as saying “pensioners should not vote.” She said: “Every vote counts.”',
    [null, 'Odile Brandt'],
    'words a misquoting verb puts in someone’s mouth are no one’s',
  ],
  [
    'Corran Packaging Board warns ‘prices will rise’',
    ['Corran Packaging Board'],
    'a word for a thing written on, inside a name in capitals, makes no inscription of the subject',
  ],
  [
    'In a lawsuit filed on Monday, Tollan Partners accused Brightmart of copying. “It was copied,” the complaint said.',
    ['Tollan Partners'],
    'a suit and its complaint are one paper',
  ],
  [
    'Brightmart CEO says ‘prices will hold’\n\nOdile Brandt, Brightmart’s chief executive, said shoppers were waiting.',
    ['Odile Brandt'],
    'a headline’s name before a title names whose officer; the story names the officer',
  ],
  [
    'An engineer familiar with the test said the lander was “not ready.”',
    ['an engineer familiar with the test'],
    'any noun for someone heads a source’s phrase before `familiar with`',
  ],
  [
    'The budget was widely described as “the hardest in years” online.',
    [null],
    'a passive with no agent says what its subject is called, by no one',
  ],
  [
    'Coalition talks, which resume on Tuesday, are aimed at producing “a timetable.”',
    [null],
    'a cue word that is a plural noun before a plural verb is its subject',
  ],
  [
    'Clinton wants the messages public, even the ones State now says are “top secret.”',
    ['State'],
    'guard: `says are` after a subject is still a cue',
  ],
  [
    'Odile Brandt posted a message on Facebook on Sunday.\n\nThe post read: “We will not be silenced.”',
    ['Odile Brandt'],
    'a message put online is the post a later `the post` takes up',
  ],
  [
    'The Corran Port Authority released an assessment on Monday.\n\n“The berths are full,” according to the assessment.',
    ['Corran Port Authority'],
    'an assessment is a paper its issuer speaks through',
  ],
  [
    'Ravi Colman and Odile Brandt left together, but only Brandt stopped to speak to reporters: “The bill is dead.”',
    ['Odile Brandt'],
    '`only` before a clause’s subject leaves it the subject',
  ],
  [
    'Centre for Harbour Futures warns ‘sales will fall’\n\n“Sales are slow,” the centre said.',
    ['Centre for Harbour Futures', 'Centre for Harbour Futures'],
    'a headline opening on a body’s noun and its link is the body’s name, however the story writes the noun',
  ],
]

describe('finding speakers', () => {
  for (const [input, expected, proves] of rows) {
    it(proves, () => {
      const { quotes } = attributeText(input)
      expect(quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(expected)
    })
  }

  it('reports the mention, the cue, the method and a confidence', () => {
    const { quotes } = attributeText('Jane Doe arrived.\n“We will win,” she added.')
    const quote = quotes[0]
    expect(quote?.speaker?.mention).toEqual({ text: 'she', start: 33, end: 36 })
    expect(quote?.cue).toEqual({ text: 'added', start: 37, end: 42 })
    expect(quote?.method).toBe('pronoun')
    expect(quote?.confidence).toBeGreaterThan(0)
    expect(quote?.confidence).toBeLessThanOrEqual(1)
  })

  it('gives the relative pronoun as the mention of a relative clause', () => {
    const { quotes } = attributeText('“We won,” said Jane Doe, who called it “a rout.”')
    expect(quotes.map((quote) => quote.speaker?.mention.text)).toEqual(['Jane Doe', 'who'])
    expect(quotes[1]?.speaker?.name).toBe('Jane Doe')
  })

  describe('gives the pronoun that opens the quote’s own clause as its mention', () => {
    // Each sentence: the rule's mention opens it, a cue follows, and the quote stands in a later
    // clause whose subject is a pronoun for the same person.
    const people: [string, string][] = [
      ['Jane Doe', 'she'],
      ['Tom Roe', 'he'],
      ['Amara Okafor', 'she'],
    ]
    const shapes: [string, (name: string, pronoun: string) => string][] = [
      [
        'a coordinated clause',
        (name, pronoun) =>
          `${name} pledged to visit every county, and ${pronoun} has long used that fact against rivals who skip “the local way.”`,
      ],
      [
        'a main clause after a fronted one',
        (name, pronoun) =>
          `When ${name} announced the run in June, ${pronoun} pinned the blame on “career politicians.”`,
      ],
      [
        'a subordinate clause',
        (name, pronoun) =>
          `${name} declined to recommend charges on Tuesday even though ${pronoun} found “serious evidence.”`,
      ],
    ]
    for (const [shape, sentence] of shapes) {
      for (const [name, pronoun] of people) {
        it(`${shape}: ${name}`, () => {
          const text = sentence(name, pronoun)
          const [quote] = attributeText(text).quotes
          expect(quote?.speaker?.name).toBe(name)
          const start = text.indexOf(` ${pronoun} `) + 1
          expect(quote?.speaker?.mention).toEqual({
            text: pronoun,
            start,
            end: start + pronoun.length,
          })
        })
      }
    }
    it('keeps the cue’s subject when the clause is the one the cue reports', () => {
      const text = 'Tom Roe said he was targeted because he was “a very big threat.”'
      expect(attributeText(text).quotes[0]?.speaker?.mention?.text).toBe('Tom Roe')
    })
    it('keeps the rule’s mention when the pronoun stands for someone else', () => {
      const text = 'When Jane Doe met Tom Roe in June, he thought the plan “a disaster,” she said.'
      const [quote] = attributeText(text).quotes
      expect(quote?.speaker?.name).toBe('Jane Doe')
      expect(quote?.speaker?.mention?.text).toBe('she')
    })
  })

  it('gives a nickname of up to four words between name words to nobody', () => {
    const text = '“Nobody came,” said Yousef “The Iron Lady” Roe, who has fished for 30 years.'
    expect(attributeText(text).quotes.map((quote) => [quote.text, quote.speaker])).toContainEqual([
      'The Iron Lady',
      null,
    ])
  })

  it('gives a contracted pronoun’s mention without the verb', () => {
    const { quotes } = attributeText('Jane Doe spoke first. She’s claiming it was “rigged.”')
    expect(quotes[0]?.speaker?.mention).toEqual({ text: 'She', start: 22, end: 25 })
  })

  it('keeps one speaker per person within a text, with the fullest name', () => {
    const { quotes, speakers } = attributeText(
      'Secretary of State Jane Doe spoke first.\n“We will win,” Doe said.\n“We will govern,” she added.',
    )
    expect(quotes.map((quote) => quote.speaker?.id)).toEqual(['jane-doe', 'jane-doe'])
    expect(speakers).toEqual([
      {
        id: 'jane-doe',
        name: 'Jane Doe',
        kind: 'person',
        aliases: ['Jane Doe', 'Doe'],
        titles: ['Secretary of State'],
      },
    ])
  })

  it('says null and confidence 0 when no one is named', () => {
    const { quotes } = attributeText('The “so-called plan” was new.')
    expect(quotes.map((quote) => [quote.speaker, quote.method, quote.confidence])).toEqual([
      [null, 'unattributed', 0],
    ])
  })
})

describe('given names of many origins', () => {
  const words = (list: string) => list.split(/\s+/).filter(Boolean)

  it('gives no name to both genders', () => {
    const male = new Set(words(worldMaleNames))
    expect(words(worldFemaleNames).filter((name) => male.has(name))).toEqual([])
  })

  it('shows a gender for names of many origins and none for names given to both', () => {
    expect(['sindre', 'seung-ho', 'xabier', 'levente'].map(givenNameGenderOf)).toEqual([
      'male',
      'male',
      'male',
      'male',
    ])
    expect(['itziar', 'aroha', 'leilani', 'aino'].map(givenNameGenderOf)).toEqual([
      'female',
      'female',
      'female',
      'female',
    ])
    expect(['andrea', 'sasha', 'robin', 'jordan'].map(givenNameGenderOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })
})
