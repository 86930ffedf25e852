/**
 * Client training sentences, written for this project (not copied, translated or derived from any data set).
 * One sentence a line; CHANGE is talk toward the change being discussed, SUSTAIN toward the status quo, NEUTRAL
 * neither. Topics vary on purpose (smoking, alcohol, exercise, food, screens, medication, gambling, sleep,
 * study, wound care, pregnancy) so that the model learns how people talk, not what about.
 */
import type { ClientCode, Lang } from '../../codes.js';

const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

export const CLIENT_TRAINING: Record<Lang, Record<ClientCode, string[]>> = {
  nb: {
    CHANGE: lines(`
      Det går ut over søvnen, og da blir jeg sur på ungene.
      Jeg merker at pusten er dårligere enn før.
      Jeg har begynt å telle hvor mye jeg bruker i uka.
      Egentlig savner jeg å være den som var sprek.
      Jeg kunne godt tenke meg å prøve en uke uten.
      Det skremmer meg at jeg ikke husker hvordan jeg kom hjem.
      Kanskje jeg bare skal si det til vennene mine at jeg tar en pause.
      Jeg har lagt bort kortet, så jeg ikke kan spille på nett.
      Jeg vet innerst inne at det ikke kan fortsette sånn.
      Hvis jeg slutter, får jeg råd til ferie i sommer.
      Jeg vil vise barna at man kan ta vare på seg selv.
      Det hadde vært godt å slippe dårlig samvittighet.
      Jeg prøvde å gå til jobben i går, og det var faktisk fint.
      Det er for min egen skyld jeg vil gjøre noe med det.
      Jeg er klar til å ta imot hjelp nå.
      Jeg skal snakke med sjefen om å slippe kveldsvakter.
      Jeg tror det er lurt å begynne i det små.
      Sånn som det er nå, er det ikke bra for noen av oss.
      Jeg skulle ønske jeg hadde begynt før.
      Jeg har ikke tatt en røyk siden fredag.
      Jeg merker at jeg er sliten hele tiden, og det vil jeg ikke ha det sånn.
      Jeg har lyst til å prøve å gå til jobben et par dager i uka.
      Det hadde vært fint å våkne uten hodepine på søndager.
      Jeg tror faktisk jeg kunne klart å droppe vinen i ukedagene.
      Ungene fortjener en mamma som orker å leke med dem.
      Jeg må gjøre noe med det før det blir verre.
      Jeg har allerede begynt å legge telefonen i gangen om kvelden.
      Jeg skal ringe fastlegen på mandag og bestille time.
      Kanskje jeg kan begynne med en kort tur etter middag.
      Det plager meg at jeg har brukt så mye penger på spill.
      Jeg vil ikke at barna skal vokse opp med en pappa som røyker.
      Jeg klarte det i tre måneder i fjor, så jeg vet at det går.
      Hvis jeg lager matpakke kvelden før, slipper jeg å kjøpe boller.
      Jeg er lei av å være den som alltid sovner på sofaen.
      Det er egentlig en god idé, det kan jeg prøve.
      Jeg kunne spørre søsteren min om hun vil gå sammen med meg.
      Det er sant at jeg har blitt mer kortluntet.
      Jeg har kuttet ut energidrikkene etter klokka tre.
      Jeg tar pillene ved frokosten fra nå av.
      Helsa er viktigere enn et par øl på fredag.
      Jeg kjenner at jeg er klar for å gjøre noe nå.
      Jeg ble skremt da legen sa at blodtrykket var høyt.
      Det ville gjort det lettere å sove om natta.
      Jeg savner å ha overskudd etter jobb.
      Vi kan jo prøve med én kjøttfri dag og se hvordan det går.
      Jeg har meldt meg på kurset som starter neste uke.
      Jeg vet at det er best for babyen om jeg slutter.
      Det er ikke sånn jeg vil ha det.
      Jeg kan sette en alarm og legge meg halv elleve.
      Jeg har tenkt på å si det til kona mi, så hun kan minne meg på det.
      Jeg vil være i form når jeg blir bestefar.
      Jeg bestemte meg i går for å slette appen.
      Det hjelper faktisk å snakke om det.
      Jeg vil gjerne få såret til å gro.
      Jeg har bestilt time hos tannlegen allerede.
    `),
    SUSTAIN: lines(`
      Jeg ser ikke helt problemet, ærlig talt.
      Alle andre på min alder gjør akkurat det samme.
      Jeg jobber hardt, så jeg fortjener litt kos.
      Det er ikke meg det er noe galt med.
      Jeg har ikke lyst til å gi opp det eneste jeg har.
      Når jeg slutter, blir jeg bare sur og spiser mer.
      Det passer dårlig nå med alt som skjer på jobben.
      Jeg klarer meg fint uten at noen blander seg.
      Hun maser alltid, det er ikke noe nytt.
      Jeg har røykt i tjue år, det er for sent å slutte nå.
      Det er mange som har det mye verre enn meg.
      Treningssentre er ikke noe for meg.
      Jeg vet ikke om jeg gidder å gjøre noe med det.
      Jeg drikker jo aldri før klokka seks.
      Det går fint så lenge jeg passer på selv.
      Jeg bruker telefonen mest til skole uansett.
      Legen overdriver alltid sånne ting.
      Kanskje senere, men ikke nå.
      Det er det som holder meg oppe.
      Jeg kan ikke bare slutte over natta.
      Jeg har ikke tid til å trene med to småbarn og full jobb.
      Røyken er det eneste som får meg til å slappe av.
      Alle på jobben drikker like mye som meg.
      Det er ikke så farlig, jeg tar bare noen øl i helgene.
      Jeg har prøvd før, og det gikk ikke.
      Jeg liker å spille, det er min måte å koble av på.
      Jeg orker ikke å tenke på det nå.
      Mannen min vil ha kjøtt til middag hver dag.
      Det er lett for deg å si, du vet ikke hvordan det er.
      Jeg har full kontroll, det er ikke noe problem.
      Jeg trenger telefonen for å holde kontakten med vennene mine.
      Pillene gjør meg så trøtt at jeg ikke fungerer.
      Hvorfor skal jeg slutte når bestefar røykte til han var nitti?
      Jeg klarer ikke å legge meg tidlig, jeg får ikke sove uansett.
      Det er for dyrt å kjøpe sunn mat hele tiden.
      Jeg vet ikke engang hvordan man lager vegetarmat.
      Jeg kommer til å gå glipp av alt hvis jeg logger av.
      Sånn er jeg bare, det har jeg alltid vært.
      Jeg har det helt fint, jeg går på jobb hver dag.
      Det hjelper meg å sovne om kvelden.
      Jeg er ikke alkoholiker, hvis det er det du tror.
      Jeg kommer nok til å gi opp uansett.
      Det er ikke noe vits, jeg har prøvd alt.
      Det er deilig å ha noe å se fram til etter en lang dag.
      Såret er ikke så ille, det går over av seg selv.
      Jeg tror ikke jeg trenger noen hjelp.
      Ikke nå, kanskje etter jul.
      Jeg får se, det er mye annet som skjer nå.
      Vennene mine synes jeg overdriver.
      Jeg gidder ikke å stå opp klokka seks for å trene.
      Det er min pause fra alt maset.
      Uten kaffe og en røyk kommer jeg ikke i gang om morgenen.
      Jeg har aldri hatt problemer med det før.
      Det er jo bare en app, det er ikke farlig.
      Det er mitt liv og mine penger.
    `),
    NEUTRAL: lines(`
      Vi var på hytta i helgen med svigerfamilien.
      Jeg har jobbet der i ti år nå.
      Hun begynte i barnehagen i høst.
      Det var mye å gjøre på jobben denne uka.
      Jeg tok bussen hit fra sentrum.
      Jeg husker ikke hva han het.
      Ja, det stemmer at jeg var her i mars.
      Mannen min er fra Trondheim.
      Vi har to katter og en hund.
      Sykehuset ringte og flyttet timen min.
      Jeg pleier å handle på lørdager.
      Jeg vet ikke helt hva jeg skal svare på det.
      Det var ikke så mye å si om den uka.
      Broren min bor i Bergen.
      Jeg sov ganske lenge i dag.
      Jeg jobber i barnehage, så dagene er ganske lange.
      Vi flyttet hit for to år siden.
      Han er på jobbreise til torsdag.
      Ja, det var det legen sa også.
      Jeg vet ikke helt, jeg har ikke tenkt så mye på det.
      Datteren min er seks og sønnen min er tre.
      Vi spiser middag rundt fem som regel.
      Jeg kom hit med bussen i dag.
      Hun ringte meg i går kveld.
      Det var en vanlig uke, egentlig.
      Jeg har vært her en gang før, for et par år siden.
      Mm, jeg skjønner.
      Det kommer an på dagen.
      Jeg er usikker på hva du mener.
      Jobben min er på kontor, jeg sitter mye.
      Moren min bor i nærheten.
      Vi har en hund som må luftes.
      Jeg fikk brevet i posten forrige uke.
      Det er vel sånn det er for mange.
      Kan du si det en gang til?
      Jeg studerer økonomi på andre året.
      Det var regnvær hele helgen.
      Han heter Jonas og er fire måneder.
      Jeg vet ikke, det er vanskelig å si.
      Vi bor i tredje etasje uten heis.
      Hva betyr det egentlig?
      Jeg begynte på ny jobb i august.
      Legen min heter Hansen.
      Det er vanskelig å huske.
      Vi var hos svigermor i påsken.
    `),
  },
  da: {
    CHANGE: lines(`
      Det går ud over min søvn, og så bliver jeg sur på børnene.
      Jeg kan mærke, at jeg bliver hurtigere forpustet end før.
      Jeg er begyndt at skrive ned, hvor meget jeg bruger.
      Egentlig savner jeg at være den friske af os.
      Jeg kunne godt tænke mig at prøve en uge uden.
      Det skræmmer mig, at jeg ikke kan huske, hvordan jeg kom hjem.
      Måske skal jeg bare sige til mine venner, at jeg holder pause.
      Jeg har givet kortet til min søster, så jeg ikke kan spille.
      Jeg ved godt inderst inde, at det ikke kan blive ved.
      Hvis jeg stopper, har vi råd til en ferie til sommer.
      Jeg vil vise børnene, at man kan passe på sig selv.
      Det ville være rart at slippe den dårlige samvittighed.
      Jeg cyklede på arbejde i går, og det var faktisk fint.
      Det er for min egen skyld, at jeg vil gøre noget.
      Jeg er parat til at tage imod hjælp nu.
      Jeg vil tale med min chef om at slippe aftenvagterne.
      Jeg tror, det er klogt at starte småt.
      Som det er nu, er det ikke godt for nogen af os.
      Jeg ville ønske, jeg var startet før.
      Jeg har ikke røget siden fredag.
      Jeg er træt af at vågne med ondt i hovedet hver søndag.
      Jeg vil gerne kunne løbe en tur med min søn uden at miste pusten.
      Det kunne jeg godt prøve, bare en gang om ugen.
      Jeg har allerede smidt cigaretterne ud i går.
      Jeg ringer til lægen i morgen og får en tid.
      Hvis jeg stiller telefonen i køkkenet, kan jeg bedre sove.
      Det går ud over børnene, og det kan jeg ikke holde ud.
      Jeg ved godt, at jeg bliver nødt til at skære ned.
      Jeg har tænkt mig at tage cyklen på arbejde fra næste uge.
      Det ville være rart at have flere penge sidst på måneden.
      Jeg klarede det en hel måned sidste år, så det kan lade sig gøre.
      Måske kan vi starte med en kødfri mandag.
      Jeg vil være en god far, og så skal jeg også passe på mig selv.
      Det er rigtigt, at jeg er blevet mere irritabel.
      Jeg har slettet appen fra min telefon.
      Jeg lover at tage pillerne hver morgen.
      Det bekymrer mig, at jeg ikke kan huske aftenerne.
      Det giver faktisk mening, når du siger det sådan.
      Jeg er klar til at prøve noget nyt.
      Jeg kunne spørge min bror, om han vil med til fodbold.
      Jeg vil ikke ende som min far.
      Det ville gøre en stor forskel for min søvn.
      Vi kunne lave grøntsagslasagne, det kan børnene lide.
      Jeg har købt et par løbesko.
      Sundheden er vigtigere end en smøg.
      Jeg bliver nødt til at gøre noget, før det går helt galt.
      Jeg prøver at lade være med at spille i weekenden.
      Det ville være dejligt at komme i form igen.
      Jeg savner at have overskud til min kæreste.
      Jeg skal nok få skiftet forbindingen hver dag.
      Jeg har besluttet mig for at stoppe inden fødslen.
      Jeg er ked af, at jeg har brugt så mange penge.
      Det kan godt være, at det er på tide.
      Jeg vil gerne lære at lave mad uden kød.
      Det lyder faktisk overkommeligt.
    `),
    SUSTAIN: lines(`
      Jeg kan ærlig talt ikke se problemet.
      Alle på min alder gør præcis det samme.
      Jeg arbejder hårdt, så jeg fortjener lidt hygge.
      Det er ikke mig, der er noget galt med.
      Jeg har ikke lyst til at opgive det eneste, jeg har.
      Når jeg stopper, bliver jeg bare sur og spiser mere.
      Det passer dårligt lige nu med alt det på arbejdet.
      Jeg klarer mig fint, uden at nogen blander sig.
      Hun brokker sig altid, det er ikke noget nyt.
      Jeg har røget i tyve år, det er for sent at stoppe nu.
      Der er mange, der har det meget værre end mig.
      Fitnesscentre er ikke noget for mig.
      Jeg ved ikke, om jeg gider gøre noget ved det.
      Jeg drikker jo aldrig før klokken seks.
      Det går fint, så længe jeg selv holder øje.
      Jeg bruger mest telefonen til skole alligevel.
      Lægen overdriver altid den slags.
      Måske senere, men ikke nu.
      Det er det, der holder mig oppe.
      Jeg kan ikke bare stoppe fra den ene dag til den anden.
      Jeg har ikke tid til at træne, når jeg arbejder fuld tid.
      Det er det eneste, der får mig til at slappe af.
      Alle mine venner drikker mere end mig.
      Det er ikke så slemt, det er kun i weekenden.
      Jeg har prøvet før, og det virkede ikke.
      Jeg kan godt lide at spille, det er hyggeligt.
      Jeg orker ikke at tænke på det lige nu.
      Min kone vil have kød hver dag.
      Det er let for dig at sige.
      Jeg har styr på det, det er ikke et problem.
      Jeg har brug for telefonen for at følge med.
      Pillerne gør mig svimmel, så jeg har droppet dem.
      Min morfar røg hele livet og blev halvfems.
      Jeg kan ikke falde i søvn, hvis jeg går tidligt i seng.
      Det er for dyrt at spise sundt.
      Jeg ved ikke engang, hvordan man laver linser.
      Jeg går glip af alt, hvis jeg slukker telefonen.
      Sådan er jeg bare.
      Jeg har det fint, jeg passer mit arbejde.
      En øl hjælper mig med at falde til ro.
      Jeg er ikke alkoholiker.
      Jeg giver nok op alligevel.
      Der er ingen grund til at lave om på noget.
      Det er skønt at sidde med en smøg på altanen.
      Såret heler nok af sig selv.
      Jeg har ikke brug for hjælp.
      Ikke nu, måske efter sommerferien.
      Vi får se, der sker så meget lige nu.
      Mine venner synes, det er overdrevet.
      Jeg gider ikke stå op klokken seks.
      Det er min lille frirum i hverdagen.
      Jeg kommer ikke i gang uden kaffe og en cigaret.
      Det har aldrig været et problem før.
      Det er bare et spil, det er ikke farligt.
      Det er mine penge, og det er mit valg.
    `),
    NEUTRAL: lines(`
      Vi var i sommerhus i weekenden med min svigerfamilie.
      Jeg har arbejdet der i ti år nu.
      Hun startede i børnehave i efteråret.
      Der var meget at lave på arbejdet i denne uge.
      Jeg tog bussen herind fra centrum.
      Jeg kan ikke huske, hvad han hed.
      Ja, det passer, at jeg var her i marts.
      Min mand er fra Odense.
      Vi har to katte og en hund.
      Sygehuset ringede og flyttede min tid.
      Jeg plejer at handle om lørdagen.
      Jeg ved ikke helt, hvad jeg skal svare på det.
      Der var ikke så meget at sige om den uge.
      Min bror bor i Aalborg.
      Jeg sov ret længe i dag.
      Jeg arbejder som buschauffør, så jeg har skiftende vagter.
      Vi flyttede til Aarhus for tre år siden.
      Han er ude at sejle til fredag.
      Ja, det sagde lægen også.
      Det ved jeg ikke helt, det har jeg ikke tænkt over.
      Min datter er syv, og min søn er fire.
      Vi spiser som regel ved sekstiden.
      Jeg tog toget herind i dag.
      Hun ringede i går aftes.
      Det var en helt almindelig uge.
      Jeg har været her en gang før.
      Mm, okay.
      Det kommer an på dagen.
      Jeg forstår ikke helt, hvad du mener.
      Jeg sidder ved en computer hele dagen.
      Min mor bor lige rundt om hjørnet.
      Vi har en hund, der skal luftes.
      Jeg fik brevet i sidste uge.
      Det er vel sådan for mange.
      Kan du sige det igen?
      Jeg læser jura på andet år.
      Det regnede hele weekenden.
      Han hedder Emil og er fem måneder.
      Det er svært at sige.
      Vi bor på fjerde sal.
      Hvad betyder det?
      Jeg startede på nyt job i september.
      Min læge hedder Jensen.
      Det kan jeg ikke huske.
      Vi var hos mine svigerforældre i påsken.
    `),
  },
  en: {
    CHANGE: lines(`
      It's wrecking my sleep, and then I'm short with the kids.
      I get out of breath on the stairs now, which never used to happen.
      I've started writing down what I spend each week.
      I miss being the fit one, honestly.
      I'd be up for trying a week without it.
      It scares me that I can't remember getting home.
      Maybe I'll just tell my mates I'm taking a break.
      I gave my bank card to my sister so I can't bet online.
      Deep down I know it can't carry on like this.
      If I stopped, we could actually afford a holiday.
      I want the kids to see that you can look after yourself.
      It'd be nice not to feel guilty all the time.
      I walked to work yesterday and it was actually fine.
      I want to do this for me, not for anyone else.
      I'm ready to accept some help now.
      I'm going to ask my boss about coming off the late shifts.
      Starting small seems sensible.
      The way things are, it's not good for any of us.
      I wish I'd started sooner.
      I haven't had a cigarette since Friday.
      I guess it is getting out of hand.
      My liver results gave me a real fright.
      Part of me really wants to get on top of it.
      I think cutting back in the week would be doable.
      I'd feel so much better about myself.
      I'm sick of waking up with a headache every Sunday.
      I'd really like to be able to play football with my son again.
      I could probably manage a walk at lunchtime.
      I already threw the last packet away yesterday.
      I'll call the GP tomorrow and book an appointment.
      If I charge my phone in the kitchen I might actually sleep.
      It's starting to affect the kids, and I hate that.
      I know I need to cut down.
      I'm going to start cycling to work next week.
      It would be nice to have some money left at the end of the month.
      I did three months without it last year, so I know I can.
      Maybe we could start with one meat-free day.
      I want to be around for my grandchildren.
      It's true that I've been snapping at everyone lately.
      I deleted the app on the way here.
      I'll take the tablets with breakfast from now on.
      It worries me that I can't remember the evenings.
      That actually makes sense when you put it like that.
      I'm ready to try something different.
      I could ask my sister to come walking with me.
      I don't want to end up like my dad.
      It would make a big difference to my sleep.
      We could do a veggie curry, the kids like that.
      I've bought some running shoes.
      My health matters more than a few pints.
      Something has to change before it gets worse.
      I've been trying to keep weekends free of betting.
      It'd be great to feel fit again.
      I miss having energy for my partner.
      I'll make sure I change the dressing every day.
      I've decided I want to stop before the baby comes.
      I feel bad about how much money I've lost.
      Maybe it is time.
      I'd like to learn to cook without meat.
      That sounds doable, actually.
    `),
    SUSTAIN: lines(`
      Honestly, I don't really see the problem.
      Everyone my age does exactly the same.
      I work hard, I deserve a bit of a treat.
      There's nothing wrong with me.
      I don't want to give up the one thing I enjoy.
      When I stop, I just get grumpy and eat more.
      It's a bad time at the moment with everything at work.
      I'm managing fine without people interfering.
      She's always nagging, that's nothing new.
      I've smoked for twenty years, it's too late now.
      Loads of people are much worse than me.
      Gyms just aren't my thing.
      I'm not sure I can be bothered doing anything about it.
      I never drink before six anyway.
      It's fine as long as I keep an eye on it.
      I mostly use my phone for school stuff anyway.
      Doctors always exaggerate these things.
      Maybe later, but not right now.
      It's what keeps me going.
      I can't just stop overnight.
      It doesn't really affect anyone else.
      I'd rather not talk about that.
      Honestly it's the best part of my day.
      I've cut down loads already, that's enough.
      I don't think it's that big a deal.
      I don't have time to exercise with a full-time job.
      It's the only thing that helps me unwind.
      All my mates drink way more than me.
      It's not that bad, it's only at weekends.
      I've tried before and it didn't work.
      I enjoy a flutter, it's a bit of fun.
      I can't face thinking about it right now.
      My husband wants meat with every meal.
      That's easy for you to say.
      I've got it under control, it's not a problem.
      I need my phone to keep up with everyone.
      The tablets make me dizzy, so I stopped them.
      My nan smoked all her life and lived to ninety.
      I can't fall asleep if I go to bed early anyway.
      Eating healthy is too expensive.
      I wouldn't even know how to cook lentils.
      I'd miss out on everything if I switched off.
      That's just the way I am.
      I'm fine, I go to work every day.
      A drink helps me calm down in the evening.
      I'm not an alcoholic.
      I'll probably give up anyway.
      I don't see why I should change anything.
      There's nothing like a cigarette on the balcony after a long day.
      The wound will heal on its own.
      I don't need anyone's help.
      Not now, maybe after the summer.
      We'll see, there's a lot going on.
      My friends think it's ridiculous.
      I can't be bothered getting up at six to run.
      It's my little escape from everything.
      I can't get going in the morning without a smoke.
      It's never been a problem before.
      It's just a game, it's harmless.
      It's my money and my choice.
    `),
    NEUTRAL: lines(`
      We were at the caravan at the weekend with his family.
      I've worked there about ten years now.
      She started nursery in the autumn.
      It's been a busy week at work.
      I came in on the bus from town.
      I can't remember his name.
      Yeah, I was here back in March.
      My husband's from Leeds originally.
      We've got two cats and a dog.
      The hospital rang and moved my appointment.
      I usually do the shopping on Saturdays.
      I'm not sure how to answer that.
      There's not much to say about last week.
      My brother lives up in Glasgow.
      I had a lie-in this morning.
      Right, yeah, okay.
      It was my birthday on Tuesday.
      I've been thinking about what you said last time.
      My sister's got three kids.
      I work from home on Mondays.
      I drive a bus, so my shifts change every week.
      We moved here about three years ago.
      He's offshore until Friday.
      Yeah, that's what the doctor said too.
      I don't know, I haven't really thought about it.
      My daughter's seven and my son is four.
      We usually eat around six.
      I got the train in today.
      She rang me last night.
      It was a pretty normal week.
      I've been here once before.
      Mm, okay.
      It depends on the day.
      I'm not sure what you mean.
      I sit at a computer all day.
      My mum lives just round the corner.
      We've got a dog that needs walking.
      I got the letter last week.
      I suppose that's how it is for a lot of people.
      Could you say that again?
      I'm in my second year of law.
      It rained all weekend.
      His name's Leo and he's five months old.
      It's hard to say.
      We live on the fourth floor.
      What does that mean?
      I started a new job in September.
      My doctor is Dr Patel.
      I can't remember.
      We were at my in-laws' over Easter.
    `),
  },
};
