"""English attribution table: invented sentences -> kind, source, content, cue, via.

Every sentence here was written for this test (real names, invented statements). A row
asserts the attribution whose content contains `content`; `source` must be contained in the
source's text or name ("" = no source, or an anonymous one); `via` lists the relaying outlets.
"""

from __future__ import annotations

import pytest

import claimgraph
from claimgraph.attribute import attribute
from claimgraph.ingest import from_text
from claimgraph.lang.en.mentions import parse
from claimgraph.pipeline import STAGES, run

#: the stages up to attribution: the rows test the English pack and the engine, not the later
#: canonicalisation of sources (sources.resolve), which has its own tests
UP_TO_ATTRIBUTE = STAGES[:STAGES.index(attribute) + 1]


def _analyze(text):
    return run(from_text(text, lang="en"), UP_TO_ATTRIBUTE)

ROWS = [
    # --- X said (that) ...
    ("The mayor said the bridge would reopen in May.", "indirect", "mayor", "bridge would reopen", "said", []),
    ("Finance Minister Olaf Weber said that inflation had peaked.", "indirect", "Olaf Weber", "inflation had peaked", "said", []),
    ("The company said on Tuesday it would cut 300 jobs.", "indirect", "company", "it would cut 300 jobs", "said", []),
    ("She has said the treaty is dead.", "indirect", "She", "the treaty is dead", "said", []),
    ("Police said two men were arrested near the station.", "indirect", "Police", "two men were arrested", "said", []),
    ("The coach also said his team lacked energy.", "indirect", "coach", "his team lacked energy", "said", []),
    # --- inversion and content before the cue
    ("The harvest was the worst in decades, said farmer Jan Olsen.", "indirect", "Jan Olsen", "harvest was the worst", "said", []),
    ("The vote will take place in June, the spokesman said.", "indirect", "spokesman", "vote will take place in June", "said", []),
    ("Prices will keep rising, economists warned.", "indirect", "economists", "Prices will keep rising", "warned", []),
    ("The virus is spreading faster than expected, the agency said on Monday.", "indirect", "agency", "virus is spreading", "said", []),
    # --- in a statement / on Twitter / to reporters
    ("The ministry said in a statement that the border remains closed.", "indirect", "ministry", "border remains closed", "said", []),
    ("Senator Lisa Grant said on Twitter that the bill was a mistake.", "indirect", "Lisa Grant", "bill was a mistake", "said", []),
    ("The general told reporters the offensive had stalled.", "indirect", "general", "offensive had stalled", "told", []),
    ("The driver told police he had fallen asleep.", "indirect", "driver", "he had fallen asleep", "told", []),
    # --- told an outlet -> via
    ("Pentagon spokeswoman Sabrina Singh told Reuters that the troops had arrived.", "indirect", "Sabrina Singh", "troops had arrived", "told", ["Reuters"]),
    ("A senior diplomat told the BBC the talks had collapsed.", "indirect", "diplomat", "talks had collapsed", "told", ["BBC"]),
    ("The coach told The Guardian that the season was over.", "indirect", "coach", "season was over", "told", ["Guardian"]),
    ("Mark Rutte said in an interview with CNN that the alliance was united.", "indirect", "Mark Rutte", "alliance was united", "said", ["CNN"]),
    # --- according to
    ("According to the fire service, forty homes burned down.", "according_to", "fire service", "forty homes burned down", "According to", []),
    ("Forty homes burned down, according to the fire service.", "according_to", "fire service", "Forty homes burned down", "according to", []),
    ("According to a new survey, most voters back the plan.", "according_to", "survey", "most voters back the plan", "According to", []),
    ("According to Reuters, the ship sank within minutes.", "according_to", "Reuters", "ship sank within minutes", "According to", []),
    # --- relay chains
    ("The plant will close next year, Bloomberg reported, citing two people familiar with the matter.", "indirect", "two people familiar", "plant will close next year", "reported", ["Bloomberg"]),
    ("Reuters, citing three officials, reported that the deal had been signed.", "indirect", "three officials", "deal had been signed", "reported", ["Reuters"]),
    ("The BBC quoted the minister as saying that the plan was final.", "indirect", "minister", "plan was final", "quoted", ["BBC"]),
    ("The captain was quoted by AFP as saying the crew was safe.", "indirect", "captain", "crew was safe", "quoted", ["AFP"]),
    ("According to the news agency Interfax, the governor said the fire was under control.", "indirect", "governor", "fire was under control", "said", ["Interfax"]),
    # --- reportative
    ("The suspect reportedly fled to Spain.", "reportative", "", "fled to Spain", "reportedly", []),
    ("The painting was allegedly stolen in 1998.", "reportative", "", "stolen in 1998", "allegedly", []),
    ("The singer is said to have cancelled the tour.", "reportative", "", "cancelled the tour", "is said to", []),
    ("The gunman is believed to have acted alone.", "reportative", "", "acted alone", "is believed to", []),
    ("It is reported that the dam cracked overnight.", "reportative", "", "the dam cracked overnight", "It is reported that", []),
    # --- other speech verbs
    ("The defendant claimed he had never met the victim.", "indirect", "defendant", "never met the victim", "claimed", []),
    ("Health officials insisted that the water was safe to drink.", "indirect", "Health officials", "water was safe to drink", "insisted", []),
    ("The central bank warned that growth would slow.", "indirect", "central bank", "growth would slow", "warned", []),
    ("The Kremlin denied that its jets had entered Finnish airspace.", "indirect", "Kremlin", "its jets had entered", "denied", []),
    ("NATO confirmed that the exercise would go ahead.", "indirect", "NATO", "exercise would go ahead", "confirmed", []),
    ("The lawyer argued that the search had been illegal.", "indirect", "lawyer", "search had been illegal", "argued", []),
    ("The club announced that its stadium would be renamed.", "indirect", "club", "stadium would be renamed", "announced", []),
    ("The author wrote that the city had never recovered.", "indirect", "author", "city had never recovered", "wrote", []),
    ("The actor tweeted that he was feeling better.", "indirect", "actor", "he was feeling better", "tweeted", []),
    ("The regulator noted that fines had doubled since 2019.", "indirect", "regulator", "fines had doubled", "noted", []),
    ("The governor stated that schools would stay open.", "indirect", "governor", "schools would stay open", "stated", []),
    ("The airline explained that the delay was caused by fog.", "indirect", "airline", "delay was caused by fog", "explained", []),
    # --- direct quotes: speaker before, after, inside; colon
    ('"We will rebuild," Mayor Ana Ruiz said.', "direct", "Ana Ruiz", "We will rebuild", "said", []),
    ('"The water is rising fast," said Captain Omar Haddad.', "direct", "Omar Haddad", "The water is rising fast", "said", []),
    ('The minister said: "Nobody will be left behind."', "direct", "minister", "Nobody will be left behind", "said", []),
    ('Angela Merkel told reporters, "This is a historic day for Europe."', "direct", "Angela Merkel", "historic day for Europe", "told", []),
    ('"We warned them twice," port director Lena Moss told the BBC, "and they ignored us."', "direct", "Lena Moss", "We warned them twice", "told", ["BBC"]),
    ('"The results are clear," he added.', "direct", "he", "The results are clear", "added", []),
    ('The professor wrote "the data do not support the claim" in her reply.', "direct", "professor", "data do not support the claim", "wrote", []),
    ('Schiff called it "a dangerous precedent".', "direct", "Schiff", "a dangerous precedent", "called", []),
    # --- mixed
    ('The judge said the men had shown "no remorse at all" during the trial.', "mixed", "judge", "had shown", "said", []),
    ('Sturgeon said it was "the moment of maximum opportunity" for her party.', "mixed", "Sturgeon", "the moment of maximum opportunity", "said", []),
    # --- beliefs, assessments, evidence
    ("Scientists believe the crater is 50,000 years old.", "indirect", "Scientists", "crater is 50,000 years old", "believe", []),
    ("Officials fear the death toll will rise.", "indirect", "Officials", "death toll will rise", "fear", []),
    ("Analysts expect that oil prices will fall.", "indirect", "Analysts", "oil prices will fall", "expect", []),
    ("Polls show the opposition leading by ten points.", "indirect", "Polls", "opposition leading by ten points", "show", []),
    ("A report by the ombudsman found that the hospital had ignored complaints.", "indirect", "report", "hospital had ignored complaints", "found", []),
    ("Court records indicate that the firm paid no tax.", "indirect", "records", "the firm paid no tax", "indicate", []),
    ("The data suggest that the policy worked.", "indirect", "data", "the policy worked", "suggest", []),
    ("A study published in Nature found that bees can count.", "indirect", "study", "bees can count", "found", []),
    # --- sources: appositions, anonymous, groups
    ("Tomasz Kubiak, a fire service spokesman, said the blaze started in the kitchen.", "indirect", "Tomasz Kubiak", "blaze started in the kitchen", "said", []),
    ("A spokesperson for the State Department said the embassy would stay open.", "indirect", "spokesperson", "embassy would stay open", "said", []),
    ("A senior official who spoke on condition of anonymity said the talks had failed.", "indirect", "", "talks had failed", "said", []),
    ("Sources familiar with the matter said the merger was off.", "indirect", "", "merger was off", "said", []),
    ("Officials said the road would be closed for a week.", "indirect", "", "road would be closed", "said", []),
    # --- participles and coordination
    ("The president praised the rescuers, saying they had saved dozens of lives.", "indirect", "president", "they had saved dozens", "saying", []),
    ("The union said it would strike, adding that talks had broken down.", "indirect", "union", "talks had broken down", "adding", []),
    # --- round 2: words between the cue and a quotation or a that-clause
    ('The coach said of the defeat, "We were simply not good enough on the day."', "direct", "coach", "not good enough on the day", "said", []),
    ('The coach told the BBC after the final whistle "we were simply not good enough."', "direct", "coach", "simply not good enough", "told", ["BBC"]),
    ('The minister said, in remarks published by CNN in February, "The border will stay closed for now."', "direct", "minister", "border will stay closed", "said", ["CNN"]),
    ("The company said in a financial filing last week that profits had fallen by half.", "indirect", "company", "profits had fallen by half", "said", []),
    ('She told a guard at the door, in French and English, "they hurt me badly".', "direct", "She", "they hurt me badly", "told", []),
    ("The shop owner said on last Wednesday they had run out of stock.", "indirect", "shop owner", "they had run out of stock", "said", []),
    # --- mixed: partial quotes inside paraphrase
    ('The senator described the plan as "reckless and unaffordable".', "mixed", "senator", "reckless and unaffordable", "described", []),
    ('The general warned of "serious consequences" if the ceasefire failed.', "mixed", "general", "serious consequences", "warned", []),
    ('The minister blamed "human error" and the fear of attack for the crash.', "mixed", "minister", "the fear of attack", "blamed", []),
    ('Judge Ada Moss said they "showed no respect for the rules of the court."', "mixed", "Ada Moss", "showed no respect", "said", []),
    ('Banker Okey Ruma said the fees "cost the region billions," further saying, "It also hurts trade."', "mixed", "Okey Ruma", "the fees", "said", []),
    ('Banker Okey Ruma said the fees "cost the region billions," further saying, "It also hurts trade."', "direct", "Okey Ruma", "It also hurts trade", "saying", []),
    # --- noun-phrase objects that carry a claim
    ("He expects rising production costs and fewer discounts this year.", "indirect", "He", "rising production costs", "expects", []),
    ("The curator placed the value of the vase at two million dollars.", "indirect", "curator", "value of the vase at two million", "placed", []),
    ("The union blamed the management for the strike.", "indirect", "union", "the management for the strike", "blamed", []),
    ("The mayor called for the looters to be brought to justice.", "indirect", "mayor", "looters to be brought to justice", "called", []),
    ("The mayor urged residents to stay indoors until noon.", "indirect", "mayor", "residents to stay indoors", "urged", []),
    # --- sources: organisations, relays, appositions, pronouns
    ("The firm lost $3 million in March, local media reporting on Tuesday.", "indirect", "local media", "firm lost $3 million", "reporting", []),
    ("Germany banned the airline on Monday, with officials saying this was for security reasons.", "indirect", "", "for security reasons", "saying", []),
    ("Reuters reported on Monday that the factory would close, a German government source said.", "indirect", "", "the factory would close", "said", ["Reuters"]),
    ("The death toll rose to 22 on Monday, reported officials, with 25 others injured.", "indirect", "", "death toll rose to 22", "reported", []),
    ('The judge presiding over the case, Anna Roth, said, "You have shown no remorse at all."', "direct", "Anna Roth", "no remorse at all", "said", []),
    ("The council approved the budget, which he said would cut waste.", "indirect", "he", "would cut waste", "said", []),
    ('On state television he said, "The old name will never return to this city."', "direct", "he", "old name will never return", "said", []),
    ("This Wednesday Foreign Minister Nikos Pappas said the talks had failed.", "indirect", "Nikos Pappas", "the talks had failed", "said", []),
    ("The bomber is reported to have entered the hall and claimed he had been wronged.", "indirect", "bomber", "he had been wronged", "claimed", []),
    ("Ahmed Saleh, a spokesman for the militia, blamed both Israel and the United States for the attack.", "indirect", "Ahmed Saleh", "both Israel and the United States", "blamed", []),
    ("Late on Sunday, the president, in a statement read by his spokesman, announced troops would be leaving the region.", "indirect", "president", "troops would be leaving", "announced", []),
    ("Roth went on to say he was not giving them the maximum sentence.", "indirect", "Roth", "not giving them the maximum", "say", []),
    ('Former deputy director Mark Hale praised the agent on Twitter: "He was one of the finest officers we ever had."', "direct", "Mark Hale", "finest officers", "praised", []),
    # --- according to: mid-sentence, long names, appositions
    ("Rescuers, working in deep frost, according to the emergencies ministry recovered ten survivors on Monday.", "according_to", "ministry", "recovered ten survivors", "according to", []),
    ("According to Chief Superintendent Rosa Lim of the police of the Autonomous Region in Muslim Mindanao, fourteen civilians died.", "according_to", "Rosa Lim", "fourteen civilians died", "According to", []),
    ("According to Dr. Tom Hale, formerly the director of the disease agency, the outbreak is unprecedented.", "according_to", "Tom Hale", "the outbreak is unprecedented", "According to", []),
    ("According to him, the attack was the largest in years.", "according_to", "him", "the attack was the largest", "According to", []),
    # --- reportative frames
    ("It was intimated there were no alarms on the boat.", "reportative", "", "there were no alarms on the boat", "It was intimated", []),
    ("The driver was suspected to be drunk at the time.", "reportative", "", "drunk at the time", "was suspected to", []),
    ("Five crew members were rescued while the rest are presumed dead.", "reportative", "", "the rest are presumed dead", "are presumed", []),
    ("Reportedly the sergeant was due to retire in May, and a friend said he had asked for a quieter post.", "reportative", "", "the sergeant was due to retire in May", "Reportedly", []),
    ("Two men died on Friday — reportedly the first deaths from the virus in the region.", "reportative", "", "the first deaths from the virus", "reportedly", []),
    ("The mayor and the bishop were reported by local media to have visited the hospital.", "indirect", "local media", "visited the hospital", "were reported", []),
    # --- round 3: adverbs and time phrases between speaker and cue
    ("The governor formally denied that the prison had been overcrowded.", "indirect", "governor", "prison had been overcrowded", "denied", []),
    ("The decree specifically said the curfew would end at dawn.", "indirect", "decree", "curfew would end at dawn", "said", []),
    ("A few days later the ministry said the vaccine had been approved.", "indirect", "ministry", "vaccine had been approved", "said", []),
    ("At about 6:40 p.m. her brother told the police she had not come home.", "indirect", "her brother", "she had not come home", "told", []),
    ("A second report from the coast guard during the weekend said nine sailors had been rescued.", "indirect", "report", "nine sailors had been rescued", "said", []),
    ("The club said Sunday's match would be played behind closed doors.", "indirect", "club", "Sunday's match would be played", "said", []),
    # --- sentence-final frames with a time phrase or an aside after them
    ("The ferry sank near the harbour entrance, coast guard officials reported Tuesday night, local time.", "indirect", "coast guard officials", "ferry sank near the harbour", "reported", []),
    ('"We will not give up," the poet wrote online shortly before his arrest.', "direct", "poet", "We will not give up", "wrote", []),
    ('With "the old bridge, we took the safest route," Ortega told the paper, a decision that cost them a day.', "direct", "Ortega", "we took the safest route", "told", []),
    ('"The vote was stolen," wrote Karlsson on Twitter, "and everybody knows it."', "direct", "Karlsson", "The vote was stolen", "wrote", []),
    # --- participles: the subject after an opening adverbial; 'by saying'
    ('In early May, the appeals court overturned the ban, saying the evidence had been "thin".', "mixed", "appeals court", "the evidence had been", "saying", []),
    ("The family tried to stop the trial by saying they had forgiven the driver.", "indirect", "family", "they had forgiven the driver", "saying", []),
    ("The senator voted against the bill and has claimed widespread abuse of the subsidy.", "indirect", "senator", "widespread abuse of the subsidy", "claimed", []),
    # --- relative clauses name the speaker before the comma
    ("The grant went to the lab of Professor Ines Varga, who told the board her team needed new microscopes.", "indirect", "Ines Varga", "her team needed new microscopes", "told", []),
    ("In Northern Cyprus, which claims the disputed beach, the hotel remains closed.", "indirect", "Northern Cyprus", "the disputed beach", "claims", []),
    # --- naming frames, passive labels with an agent, accusations
    ("Local papers named the driver on Monday as a 41-year-old baker from Leeds.", "indirect", "Local papers", "the driver on Monday as a 41-year-old baker", "named", []),
    ("Police identified the victim as a retired teacher.", "indirect", "Police", "the victim as a retired teacher", "identified", []),
    ('The abbot was described by the diocese as "a tireless friend of the poor."', "mixed", "diocese", "a tireless friend of the poor", "described", []),
    ('The tax, which the opposition has referred to as "theft" and a "disgrace", passed on Monday.', "direct", "opposition", "theft", "referred to as", []),
    ('The tax, which the opposition has referred to as "theft" and a "disgrace", passed on Monday.', "direct", "opposition", "disgrace", "referred to as", []),
    ('The coach lashed out at the referee, accusing him of "ruining the game".', "mixed", "coach", "him of", "accusing", []),
    ("The surveyors placed the epicentre of the tremor ten kilometres north of the dam.", "indirect", "surveyors", "the epicentre of the tremor ten kilometres", "placed", []),
    # --- relays: 'cited X that', 'quoted X, apposition, as saying'
    ("The Irish Times cited a police source that the van had been stolen.", "indirect", "police source", "the van had been stolen", "cited", ["Irish Times"]),
    ('Politico quoted Dana Weiss, formerly an adviser at the agency, as saying "the plan was never funded."', "direct", "Dana Weiss", "the plan was never funded", "quoted", ["Politico"]),
    # --- more speech verbs; reportative passives
    ("She shared that she had been bullied at school.", "indirect", "She", "she had been bullied at school", "shared", []),
    ('"It was a cold winter," he recalls.', "direct", "he", "It was a cold winter", "recalls", []),
    ("The incumbent, who has been projected to win the state, cancelled two rallies.", "reportative", "", "has been projected to win the state", "been projected to", []),
    ("Four hikers were reported missing after the storm.", "reportative", "", "Four hikers were reported missing", "were reported", []),
    ("The priest was later accused of hiding the letters.", "reportative", "", "accused of hiding the letters", "was later accused", []),
    # --- round 3: speakers behind an aside, clauses after a short phrase, appositions to objects
    ("Ten-year-old Mia, in the back seat when the car skidded, said the driver had been texting.", "indirect", "Mia", "driver had been texting", "said", []),
    ("In a radio interview, he said as a young man he was jailed for a week.", "indirect", "he", "he was jailed for a week", "said", []),
    ("A nurse told Kyodo News, a Japanese news agency, that the ward was full.", "indirect", "nurse", "the ward was full", "told", ["Kyodo News"]),
    ('The pilot said the engine stalled and "the cabin went dark", and "nobody said a word for a minute."', "mixed", "pilot", "the engine stalled", "said", []),
    ('The pilot said the engine stalled and "the cabin went dark", and "nobody said a word for a minute."', "direct", "pilot", "nobody said a word for a minute", "said", []),
    # --- according to: appositions and clauses after the frame
    ("According to the village's head teacher, Maria Olsen, the school will close in June.", "according_to", "Maria Olsen", "school will close in June", "According to", []),
    ("The alarm sounded at three in the morning, according to the fire brigade, but nobody was inside.", "according_to", "fire brigade", "The alarm sounded at three in the morning", "according to", []),
    ("Nine people drowned, according to officials, some of whom had been fishing.", "according_to", "", "Nine people drowned", "according to", []),
    ("The firm is under investigation, according to Lena Holm, the state prosecutor for Skåne.", "according_to", "Lena Holm", "The firm is under investigation", "according to", []),
    # --- fresh-article classes: nested cues, adverbials after the cue, quotes before the frame
    ("The website reported its source said the tenant had moved in a day earlier.", "indirect", "its source", "tenant had moved in", "said", ["website"]),
    ("Deutsche Welle reported in mid-2021, 40 branches had closed within a year.", "indirect", "Deutsche Welle", "40 branches had closed", "reported", []),
    ('"We must finish the job", Lindqvist said in a video message recorded at the harbour.', "direct", "Lindqvist", "We must finish the job", "said", []),
    ("The port's harbour master, Ali Demir, announced on Facebook on Monday there were no injuries.", "indirect", "Ali Demir", "there were no injuries", "announced", []),
    ("The ferry line is bankrupt, according to the Baltic Times in March.", "according_to", "Baltic Times", "The ferry line is bankrupt", "according to", []),
    ('The mayor vowed to keep "every single library" open.', "mixed", "mayor", "every single library", "vowed", []),
    # --- feature prose: a first-person quotation without a cue speaks for the sentence's subject
    ('Ana Ruiz has sailed for ten years, her "hobby" having "started with my grandfather\'s old boat."', "mixed", "Ana Ruiz", "started with my grandfather", "", []),
    # --- round 4: research findings, bare clauses with a modal, do-support, according-to scope
    ("In the lab, they found the worms could survive a week without food.", "indirect", "they", "the worms could survive a week", "found", []),
    ("The biologists suggested the warmer water, like the noise, might drive the seals away.", "indirect", "biologists", "might drive the seals away", "suggested", []),
    ("The two teams did say the match was played under protest.", "indirect", "teams", "the match was played under protest", "say", []),
    ("According to the WHO, flu cases in Chile doubled in July.", "according_to", "WHO", "flu cases in Chile doubled", "According to", []),
    ("Magnitude 5.1 according to the observatory, it was logged as 5.3 by a Japanese agency.", "according_to", "observatory", "Magnitude 5.1", "according to", []),
    ("The dam held, according to the operator; the road below it was flooded.", "according_to", "operator", "The dam held", "according to", []),
    ("Exports fell in May, according to the customs office; at least 40 firms cut jobs, according to the union.", "according_to", "union", "at least 40 firms cut jobs", "according to", []),
    # --- prepositional frames, documents read out, findings as participles, two cues in one sentence
    ("Per the new bylaw, dogs must be kept on a lead in all parks.", "according_to", "bylaw", "dogs must be kept on a lead", "Per", []),
    ("Per figures compiled by the Red Cross, 3,000 homes lost power.", "according_to", "Red Cross", "3,000 homes lost power", "Per", []),
    ("The two ferries collided in thick fog, per the coast guard.", "according_to", "coast guard", "The two ferries collided", "per", []),
    ("In a weekly bulletin of the health agency, flu admissions rose by a third.", "according_to", "health agency", "flu admissions rose by a third", "In", []),
    ("By initial accounts, the blast shattered windows two streets away.", "according_to", "initial accounts", "the blast shattered windows", "By", []),
    ('The court order signed on Friday read "The tenants may stay until the appeal is heard."', "direct", "court order", "The tenants may stay until", "read", []),
    ('"No vehicle may enter after dusk," reads the notice on the gate.', "direct", "notice", "No vehicle may enter after dusk", "reads", []),
    ("The authors cite a survey from 2011 showing most farmers could not afford the seed.", "indirect", "survey from 2011", "most farmers could not afford the seed", "showing", []),
    ("Judge Lena Ortiz issued a ruling against the county finding that the fees were unlawful.", "indirect", "Lena Ortiz", "the fees were unlawful", "finding", []),
    ("He challenged the fine, arguing that, as a minor, he could not be charged.", "indirect", "He", "as a minor, he could not be charged", "arguing", []),
    ("The agency indicated no other boats were involved and suggested the skipper had fallen asleep.", "indirect", "agency", "no other boats were involved", "indicated", []),
    ("The agency indicated no other boats were involved and suggested the skipper had fallen asleep.", "indirect", "agency", "the skipper had fallen asleep", "suggested", []),
    ("Doctors said 12 pupils were treated, but the broadcaster NHK reported as many as 20 hurt.", "indirect", "NHK", "as many as 20 hurt", "reported", []),
    ("The divers announced that a hull they found last May was the lost trawler.", "indirect", "divers", "a hull they found last May was the lost trawler", "announced", []),
    ("At least 40 firms cut jobs, according to the union.", "according_to", "union", "At least 40 firms cut jobs", "according to", []),
    ("The firm blamed its debts; according to the auditors, it owed 2 million euros in back taxes.", "according_to", "auditors", "it owed 2 million euros", "according to", []),
    # --- speakers behind relative clauses, long role phrases and participle phrases; hedged counts
    ("The coach, who lives in Lyon, said the club would sign two players.", "indirect", "coach", "the club would sign two players", "said", []),
    ("On Friday, Ana Vidal, who ran for mayor in 2019, announced the end of her campaign.", "indirect", "Ana Vidal", "the end of her campaign", "announced", []),
    ('Chancellor Ida Lund speaking to a Berlin think tank called the levy "a tax on work".', "mixed", "Ida Lund", "the levy", "called", []),
    ("Ines Berg, a glacier expert and lecturer at Umeå University, who led the survey, said the ice had thinned.", "indirect", "Ines Berg", "the ice had thinned", "said", []),
    ('The former chair of the Harbour Trust and head of the Sailing Club, Tom Reed, called it "a lost chance".', "direct", "Tom Reed", "a lost chance", "called", []),
    ("The island has one of the highest drowning rates in Europe, reportedly 4.1 deaths per 100,000 people; the rate is falling.", "reportative", "", "The island has one of the highest drowning rates", "reportedly", []),
    # --- round 5: research and court findings, frames inside the clause, subject control
    ("Marine biologists report that the reef recovered within a decade.", "indirect", "Marine biologists", "the reef recovered within a decade", "report", []),
    ("In a study out on Friday, geologists report the glacier retreated 40 metres in one summer.", "indirect", "geologists", "the glacier retreated 40 metres", "report", []),
    ("Such dams, they reason, could protect the valley for a century.", "indirect", "they", "could protect the valley", "reason", []),
    ("The new bridge, the engineers argue, would halve the travel time.", "indirect", "engineers", "would halve the travel time", "argue", []),
    ("The lake lost a third of its water, which the authors note is more than in any year since 1950.", "indirect", "authors", "is more than in any year since 1950", "note", []),
    ("The tribunal quashed the order, finding it to be disproportionate.", "indirect", "tribunal", "it to be disproportionate", "finding", []),
    ('The appeals court found the ban "went far beyond what the law allows".', "mixed", "appeals court", "the ban", "found", []),
    ("He claimed to have paid the fine in cash.", "indirect", "He", "to have paid the fine in cash", "claimed", []),
    ("Ms Adler said the audit was incomplete and urged the board to wait for the final figures.", "indirect", "Adler", "the audit was incomplete", "said", []),
    ("Ms Adler said the audit was incomplete and urged the board to wait for the final figures.", "indirect", "Adler", "the board to wait for the final figures", "urged", []),
    ('Dr Lena Holt told local radio the outbreak was under control: "We have not seen a new case in ten days."', "direct", "Lena Holt", "We have not seen a new case", "told", []),
    ('Dr Lena Holt told local radio the outbreak was under control: "We have not seen a new case in ten days."', "indirect", "Lena Holt", "the outbreak was under control", "told", []),
    ('A spokeswoman indicated the firm was disappointed: "While we wait," she said, "we will keep the plant open."', "direct", "she", "we will keep the plant open", "said", []),
    ('The minister said — as reported by Kathimerini — "We will not sign this treaty."', "direct", "minister", "We will not sign this treaty", "said", ["Kathimerini"]),
    ('Ryan Cole, the director of the film, wrote of Lee, "He was the calmest person on the set."', "direct", "Ryan Cole", "He was the calmest person", "wrote", []),
    ('The appeals panel decided, according to the summary, "that the fine was lawful."', "direct", "appeals panel", "the fine was lawful", "decided", []),
    ("The high court ruled that the strike was legal.", "indirect", "high court", "the strike was legal", "ruled", []),
    ("The Kremlin dismissed the claim from London as groundless.", "indirect", "Kremlin", "the claim from London as groundless", "dismissed", []),
    ("The fibres, which Chen described as resembling spider silk, dry within minutes.", "indirect", "Chen", "resembling spider silk", "described", []),
    ("The mayor described the new stadium as a waste of money.", "indirect", "mayor", "the new stadium as a waste of money", "described", []),
    ("The watchdog also criticised the merger, implying a licence would be required.", "indirect", "watchdog", "a licence would be required", "implying", []),
    ("By reports she won three of the four districts in the east.", "according_to", "reports", "she won three of the four districts", "By", []),
    ('According to the BBC, a spokesman for the ministry voiced regret; "The ministry needs time to review every option."', "direct", "spokesman", "The ministry needs time", "", ["BBC"]),
    ('The mayor said the bridge would reopen in May; "We owe that to everyone in this town."', "direct", "mayor", "We owe that to everyone", "", []),
    ('"Once I landed, I knew it had worked," Ana Silva told Portuguese news channel SIC Noticias.', "direct", "Ana Silva", "I knew it had worked", "told", ["SIC Noticias"]),
    ("He refilled the tank on a moving boat, a step Silva described as tricky because of the waves.", "indirect", "Silva", "tricky because of the waves", "described", []),
    ("The letter gave the team access to what she described as routine transition funds.", "indirect", "she", "routine transition funds", "described", []),
    ("Ms Ruiz claimed she had acted alone, insisting she was never pressured by the board.", "indirect", "Ruiz", "she was never pressured by the board", "insisting", []),
    ("Ms Ruiz claimed she had acted alone, insisting she was never pressured by the board.", "indirect", "Ruiz", "she had acted alone", "claimed", []),
    ("They found the pollen samples from the lower layers to be far older.", "indirect", "They", "the pollen samples from the lower layers to be far older", "found", []),
    ("If the wells had been dug by hand, the team reasoned, the walls would show tool marks.", "indirect", "team", "the walls would show tool marks", "reasoned", []),
    ("On Monday, the singer, 71, announced her retirement from the stage would follow the tour.", "indirect", "singer", "her retirement from the stage would follow the tour", "announced", []),
    ("The ferry sank within minutes, according to state television.", "according_to", "state television", "The ferry sank within minutes", "according to", []),
    ("According to the survey team, most wells are dry, while demand keeps rising.", "according_to", "survey team", "most wells are dry, while demand keeps rising", "According to", []),
    ("The strike began over wages; it has reportedly spread to three other ports.", "reportative", "", "it has reportedly spread to three other ports", "reportedly", []),
    ("The new filter could cut the energy used per wash by, reportedly, a third.", "reportative", "", "The new filter could cut the energy used", "reportedly", []),
    ('Dr Ines Wolf, head of the institute that ran the trial, said, "The drug works in most patients."', "direct", "Ines Wolf", "The drug works in most patients", "said", []),
    ("According to NPR, former mayor Ana Ruiz has won 1,200 votes so far, while her rival has 900.", "according_to", "NPR", "former mayor Ana Ruiz has won 1,200 votes", "According to", []),
    ("Scientists report the beetles evolved at least six times in different regions.", "indirect", "Scientists", "the beetles evolved at least six times", "report", []),
    ('Ms Lee said she was tired of the questions reporters asked to athletes, and argued the sport needs "fresh faces."', "mixed", "Lee", "the sport needs", "argued", []),
    ("Mayor Ida Holm posted a message on Facebook on Sunday announcing she had tested positive.", "indirect", "Ida Holm", "she had tested positive", "announcing", []),
    ("Spokesman Jan Roos, when asked about the delay, told Dutch media network NOS the trains would run again on Monday.", "indirect", "Jan Roos", "the trains would run again", "told", ["NOS"]),
]


def _bare(name):
    """An outlet name without its article (the sources stage may keep or drop it)."""
    return name[4:] if name.startswith("The ") else name


def _find(doc, content):
    for att in doc.attributions:
        if content in att.content.text:
            return att
    return None


@pytest.mark.parametrize("text, kind, source, content, cue, via", ROWS,
                         ids=[r[0][:48] for r in ROWS])
def test_english_attribution(text, kind, source, content, cue, via):
    doc = _analyze(text)
    att = _find(doc, content)
    got = [(a.kind, a.content.text) for a in doc.attributions]
    assert att is not None, f"no attribution with {content!r}; got {got}"
    assert att.kind == kind
    assert att.lang == "en"
    if source:
        assert att.source is not None
        assert source.lower() in f"{att.source.text} | {att.source.name}".lower()
    else:
        assert att.source is None or att.source.type == "anonymous"
    if cue:
        assert att.cue is not None and att.cue.text.lower() == cue.lower()
    else:
        assert att.cue is None
    assert [_bare(v.name) for v in att.via] == via
    # spans point into the text
    assert doc.text[att.content.span.start:att.content.span.end] == att.content.text


SOURCES = [
    # mention, name, role, affiliation, type
    ("Pentagon spokeswoman Sabrina Singh", "Sabrina Singh", "Pentagon spokeswoman", "Pentagon", "person"),
    ("Singh, a Pentagon spokeswoman", "Singh", "Pentagon spokeswoman", "Pentagon", "person"),
    ("a spokesperson for the State Department", "spokesperson", "spokesperson", "State Department", "person"),
    ("President Donald Trump", "Donald Trump", "President", None, "person"),
    ("Professor Carl Lipo of Binghamton University", "Carl Lipo", "Professor", "Binghamton University", "person"),
    ("a senior official who spoke on condition of anonymity", "senior official", "senior official", None, "anonymous"),
    ("sources familiar with the matter", "sources familiar with the matter", None, None, "anonymous"),
    ("Pentagon officials", "Pentagon officials", None, "Pentagon", "group"),
    ("local authorities", "local authorities", None, None, "group"),
    ("The Jakarta Post", "Jakarta Post", None, None, "outlet"),
    ("the Pentagon", "Pentagon", None, None, "government"),
    ("NATO", "NATO", None, None, "organisation"),
    ("she", "she", None, None, "person"),
    ("They", "They", None, None, "group"),
    # round 2: portfolios belong to the role; an institution or a country is the affiliation
    ("Health Minister Jens Berg", "Jens Berg", "Health Minister", None, "person"),
    ("Secretary of State Mike Pompeo", "Mike Pompeo", "Secretary of State", None, "person"),
    ("US Secretary of State Mike Pompeo", "Mike Pompeo", "US Secretary of State", "US", "person"),
    ("Mayor of London Sadiq Khan", "Sadiq Khan", "Mayor of London", "London", "person"),
    ("AU chairperson President Abdel Fattah el-Sisi of Egypt", "Abdel Fattah el-Sisi", "AU chairperson President", "Egypt", "person"),
    ("The judge presiding over the case, Anna Roth", "Anna Roth", None, None, "person"),
    ("The Revolutionary Guard, which includes the Quds Force", "Revolutionary Guard", None, None, "government"),
    ("a German government source", "German government source", None, "German", "anonymous"),
    ("him", "him", None, None, "person"),
    # round 3: organisations named with of/for, portfolios joined by "and", outlet nouns
    ("the Directorate General of Civil Aviation", "Directorate General of Civil Aviation", None, None, "government"),
    ("The Center for Marine Safety", "Center for Marine Safety", None, None, "organisation"),
    ("Transport for Wales", "Transport for Wales", None, None, "organisation"),
    ("the Geological Survey", "Geological Survey", None, None, "government"),
    ("newspaper The Courier", "Courier", None, None, "outlet"),
    ("Trade and Industry Minister Lea Sand", "Lea Sand", "Trade and Industry Minister", None, "person"),
    ("Inspector Ola Berg of the Department of Fisheries and Coastal Affairs", "Ola Berg", "Inspector",
     "Department of Fisheries and Coastal Affairs", "person"),
    ("a second report from the coast guard", "second report from the coast guard", None, None, "organisation"),
    ("House of Lords Speaker Ann Hale", "Ann Hale", "House of Lords Speaker", "House of Lords", "person"),
    # round 5: a role for a lower-case institution; trade plurals
    ("a spokesman for the ministry", "spokesman", "spokesman", "ministry", "person"),
    ("geologists", "geologists", None, None, "group"),
]


@pytest.mark.parametrize("mention, name, role, affiliation, kind", SOURCES, ids=[s[0] for s in SOURCES])
def test_source_mentions(mention, name, role, affiliation, kind):
    m = parse(mention, 0, len(mention))
    assert m is not None
    assert (m.text, m.name, m.role, m.affiliation, m.type) == (mention, name, role, affiliation, kind)


def test_unclosed_quote_runs_into_next_paragraph():
    text = ('The coach said: "We trained hard all winter. We know the risks.\n'
            '"But nobody will stop us now," he said of the final.')
    doc = claimgraph.analyze(text, lang="en")
    second = _find(doc, "nobody will stop us")
    first = _find(doc, "We trained hard")
    assert first is not None and "coach" in first.source.text
    assert second is not None and second.kind == "direct" and second.source.text == "he"


def test_unclosed_quote_without_own_frame_keeps_the_speaker():
    text = ('Professor Anna Berg said: "The ice is thinning every year.\n'
            '"Within a decade the summer sea will be open water."')
    doc = claimgraph.analyze(text, lang="en")
    second = _find(doc, "Within a decade")
    assert second is not None and second.kind == "direct"
    assert "Anna Berg" in second.source.text


def test_headline_with_colon():
    doc = claimgraph.analyze("Rutte: North Korean troops in Kursk\nThe alliance met in Brussels on Monday.",
                             lang="en")
    att = _find(doc, "North Korean troops in Kursk")
    assert att is not None and att.source.name == "Rutte"


def test_seed_embed_is_read_by_the_english_pack(seed_doc):
    english = [a for a in seed_doc.attributions if a.lang == "en"]
    names = {a.source.name for a in english if a.source}
    assert {"Pentagon", "NATO"} <= names
    pentagon = next(a for a in english if a.source and a.source.name == "Pentagon")
    assert "officially deployed" in pentagon.content.text
    assert pentagon.cue.text == "reported"


@pytest.mark.parametrize("first, second, speaker", [
    # a quote paragraph after a paragraph closed by an attributed quote belongs to that speaker
    ('"The river rose faster than any model predicted," hydrologist Mina Park said.',
     '"We will need new dams, and we will need them within ten years."', "Mina Park"),
    # ... and after a paragraph ending "X said:"
    ("At the hearing the fire chief, Tom Ruiz, said:",
     '"Nobody on the boat had a chance to reach the exit in time."', "Tom Ruiz"),
])
def test_quote_paragraph_keeps_the_previous_speaker(first, second, speaker):
    doc = _analyze(first + "\n" + second)
    att = _find(doc, second.strip('"')[:20])
    assert att is not None and att.kind == "direct"
    assert speaker in f"{att.source.text} | {att.source.name}"


def test_quote_paragraph_after_narration_stays_unattributed():
    """The convention needs the speaker at the end of the paragraph before."""
    text = ('"The river rose faster than any model predicted," hydrologist Mina Park said. '
            "The town has flooded four times since 2010.\n"
            '"We will need new dams, and we will need them within ten years."')
    doc = _analyze(text)
    assert _find(doc, "We will need new dams") is None
