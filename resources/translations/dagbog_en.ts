<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Lovet af jobcentret</source>
        <translation>Promised by the jobcentre</translation>
    </message>
    <message>
        <source>Udført</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Ja – afventer svar</source>
        <translation>Yes – awaiting reply</translation>
    </message>
    <message>
        <source>Åben</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Fristen er overskredet</source>
        <translation>The deadline has passed</translation>
    </message>
</context>
<context>
    <name>AdvocateTools</name>
    <message>
        <source>&amp;Oversigt over sager …</source>
        <translation>Case &amp;overview …</translation>
    </message>
    <message>
        <source>S&amp;kift sag …</source>
        <translation>S&amp;witch case …</translation>
    </message>
    <message>
        <source>&amp;Dit navn og din rolle …</source>
        <translation>&amp;Your name and role …</translation>
    </message>
    <message>
        <source>&amp;Mødetilstand …</source>
        <translation>&amp;Meeting mode …</translation>
    </message>
    <message>
        <source>&amp;Planer og aftaler …</source>
        <translation>&amp;Plans and agreements …</translation>
    </message>
    <message>
        <source>Aftaler fra møder</source>
        <translation>Agreements from meetings</translation>
    </message>
    <message>
        <source>Aftaler fra &amp;møder</source>
        <translation>Agreements from &amp;meetings</translation>
    </message>
    <message>
        <source>Mødetilstand</source>
        <translation>Meeting mode</translation>
    </message>
    <message>
        <source>Vælg et møde i journalen for at åbne det i mødetilstand.

Vil du i stedet starte et nyt møde nu?</source>
        <translation>Select a meeting in the journal to open it in meeting mode.

Would you like to start a new meeting now instead?</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
</context>
<context>
    <name>AgreementsDialog</name>
    <message>
        <source>Planer og aftaler – %1</source>
        <translation>Plans and agreements – %1</translation>
    </message>
    <message>
        <source>Aftaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Sagens planer og aftaler; vælg en for at se dens tekst og versioner</source>
        <translation>The case&apos;s plans and agreements; choose one to see its text and versions</translation>
    </message>
    <message>
        <source>Aftalens tekst og historik</source>
        <translation>The agreement&apos;s text and history</translation>
    </message>
    <message>
        <source>Den gældende tekst øverst, derefter hver tidligere version med begrundelse</source>
        <translation>The current text at the top, then each earlier version with its reason</translation>
    </message>
    <message>
        <source>Titel, fx «Jobplan»</source>
        <translation>Title, e.g. “Job plan”</translation>
    </message>
    <message>
        <source>Aftalens titel</source>
        <translation>Title of the agreement</translation>
    </message>
    <message>
        <source>Fx jobplan eller rehabiliteringsplan</source>
        <translation>E.g. job plan or rehabilitation plan</translation>
    </message>
    <message>
        <source>Aftalens tekst</source>
        <translation>Text of the agreement</translation>
    </message>
    <message>
        <source>Det, der er aftalt nu; den gamle tekst gemmes som en tidligere version</source>
        <translation>What is agreed now; the old text is kept as an earlier version</translation>
    </message>
    <message>
        <source>Hvad er aftalt nu</source>
        <translation>What is agreed now</translation>
    </message>
    <message>
        <source>Hvad er ændret og hvorfor</source>
        <translation>What has changed and why</translation>
    </message>
    <message>
        <source>Gemmes sammen med den nye version</source>
        <translation>Saved together with the new version</translation>
    </message>
    <message>
        <source>Hvad er ændret, og hvorfor (fx ny lægeerklæring)</source>
        <translation>What has changed, and why (e.g. a new medical certificate)</translation>
    </message>
    <message>
        <source>&amp;Ny aftale</source>
        <translation>&amp;New agreement</translation>
    </message>
    <message>
        <source>Ny aftale</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Start en ny plan eller aftale i sagen</source>
        <translation>Start a new plan or agreement in the case</translation>
    </message>
    <message>
        <source>&amp;Gem ny version</source>
        <translation>&amp;Save new version</translation>
    </message>
    <message>
        <source>Gem aftalen</source>
        <translation>Save the agreement</translation>
    </message>
    <message>
        <source>Gemmer teksten som en ny version; tidligere versioner bevares</source>
        <translation>Saves the text as a new version; earlier versions are kept</translation>
    </message>
    <message>
        <source>Luk planer og aftaler</source>
        <translation>Close plans and agreements</translation>
    </message>
    <message>
        <source>Lukker vinduet; det gemte er gemt</source>
        <translation>Closes the window; what you saved stays saved</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source> (gældende)</source>
        <translation> (current)</translation>
    </message>
    <message>
        <source>En ny aftale. Senere ændringer gemmes som nye versioner.</source>
        <translation>A new agreement. Later changes are saved as new versions.</translation>
    </message>
    <message>
        <source>&amp;Gem aftale</source>
        <translation>&amp;Save agreement</translation>
    </message>
    <message>
        <source>Aftalens tekst er ikke gemt. Vil du gemme den, før du lukker?</source>
        <translation>The agreement&apos;s text is not saved. Do you want to save it before closing?</translation>
    </message>
</context>
<context>
    <name>AnswerOfferBox</name>
    <message>
        <source>Er det et svar?</source>
        <translation>Is this a reply?</translation>
    </message>
    <message>
        <source>Henvendelser som denne kontakt besvarer</source>
        <translation>Requests this contact replies to</translation>
    </message>
    <message>
        <source>Sæt kryds ved det, kontakten er svar på:</source>
        <translation>Tick what this contact is a reply to:</translation>
    </message>
    <message>
        <source>Svar på: %1</source>
        <translation>Reply to: %1</translation>
    </message>
    <message>
        <source>Sæt kryds, hvis kontakten, du registrerer, besvarer denne henvendelse</source>
        <translation>Tick if the contact you are recording answers this request</translation>
    </message>
    <message>
        <source>%1 %2%3 (frist %4)%5</source>
        <translation>%1 %2%3 (deadline %4)%5</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Dagbog er allerede åben</source>
        <translation>Dagbog is already open</translation>
    </message>
    <message>
        <source>Skift til det vindue, der allerede viser dagbogen.</source>
        <translation>Switch to the window that already shows the diary.</translation>
    </message>
    <message>
        <source>Dagbog kan ikke åbne databasen</source>
        <translation>Dagbog cannot open the database</translation>
    </message>
    <message>
        <source>Der findes ingen sikkerhedskopi at gendanne. Filen er ikke ændret; gem den, og kontakt den, der hjælper dig.</source>
        <translation>There is no backup to restore. The file has not been changed; keep it, and contact the person who helps you.</translation>
    </message>
    <message>
        <source>Vil du gendanne den nyeste gode sikkerhedskopi fra %1? Den beskadigede fil gemmes uændret ved siden af.</source>
        <translation>Do you want to restore the newest good backup from %1? The damaged file is kept unchanged next to it.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er gendannet</source>
        <translation>The backup has been restored</translation>
    </message>
    <message>
        <source>Dagbogen er gendannet fra %1. Den beskadigede fil er gemt som %2.</source>
        <translation>The diary has been restored from %1. The damaged file is kept as %2.</translation>
    </message>
    <message>
        <source>Intet er ændret. Vælg en anden fil med --db, eller kontakt den, der hjælper dig.</source>
        <translation>Nothing has been changed. Choose another file with --db, or contact the person who helps you.</translation>
    </message>
    <message>
        <source>Dagbogen %1 er skrivebeskyttet og er åbnet, så du kun kan læse den. Ændringer kan ikke gemmes.</source>
        <translation>The diary %1 is write-protected and has been opened read-only. Changes cannot be saved.</translation>
    </message>
    <message>
        <source>Skrivebeskyttet</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Skrivebeskyttet dagbog</source>
        <translation>Read-only diary</translation>
    </message>
    <message>
        <source>Der skete en uventet fejl, så det, du lige gjorde, er måske ikke gemt. Alt, hvad du har gemt før, er uændret.</source>
        <translation>An unexpected error happened, so what you just did may not have been saved. Everything you saved before is unchanged.</translation>
    </message>
    <message>
        <source>Detaljer til den, der hjælper dig, står i %1.</source>
        <translation>Details for the person who helps you are in %1.</translation>
    </message>
    <message>
        <source>Uventet fejl</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>AwaitingPanel</name>
    <message>
        <source>Antal henvendelser der afventer svar</source>
        <translation>Number of requests awaiting a reply</translation>
    </message>
    <message>
        <source>Henvendelser der afventer svar</source>
        <translation>Requests awaiting a reply</translation>
    </message>
    <message>
        <source>Den ældste frist først; status står i tekst, fx over fristen. Aftaler fra møder står med, mærket med hvis aftale det er</source>
        <translation>Earliest deadline first; the status is written out, e.g. past the deadline. Actions agreed at meetings are listed too, marked with whose action it is</translation>
    </message>
    <message>
        <source>&amp;Vis i journalen</source>
        <translation>&amp;Show in the journal</translation>
    </message>
    <message>
        <source>&amp;Besvaret af …</source>
        <translation>&amp;Answered by …</translation>
    </message>
    <message>
        <source>Vælg den kontakt, der var svaret</source>
        <translation>Choose the contact that was the reply</translation>
    </message>
    <message>
        <source>Intet svar &amp;forventet …</source>
        <translation>No reply &amp;expected …</translation>
    </message>
    <message>
        <source>Luk henvendelsen uden svar; grunden gemmes i historikken</source>
        <translation>Close the request without a reply; the reason is kept in the history</translation>
    </message>
    <message>
        <source>Vis den valgte henvendelse i journalen</source>
        <translation>Show the selected request in the journal</translation>
    </message>
    <message>
        <source>Vælger henvendelsen i journalen og viser dens detaljer</source>
        <translation>Selects the request in the journal and shows its details</translation>
    </message>
    <message>
        <source>Markér &amp;udført</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <source>Markér den valgte aftale som udført</source>
        <translation>Mark the selected action as done</translation>
    </message>
    <message>
        <source>For aftaler fra møder: markér aftalen som udført eller løftet som indfriet</source>
        <translation>For actions agreed at meetings: mark the action as done or the promise as kept</translation>
    </message>
    <message>
        <source>Marker den valgte som besvaret</source>
        <translation>Mark the selected request as answered</translation>
    </message>
    <message>
        <source>Marker den valgte som uden svar forventet</source>
        <translation>Mark the selected request as no reply expected</translation>
    </message>
    <message>
        <source>Ingen henvendelser afventer svar.</source>
        <translation>No requests are awaiting a reply.</translation>
    </message>
    <message>
        <source>1 henvendelse afventer svar</source>
        <translation>1 request is awaiting a reply</translation>
    </message>
    <message>
        <source>%1 henvendelser afventer svar</source>
        <translation>%1 requests are awaiting a reply</translation>
    </message>
    <message>
        <source>, heraf ⚠ %1 over fristen</source>
        <translation>, of which ⚠ %1 past the deadline</translation>
    </message>
    <message>
        <source>. Den ældste frist står øverst.</source>
        <translation>. The oldest deadline is at the top.</translation>
    </message>
    <message>
        <source>1 løfte fra jobcentret</source>
        <translation>1 promise from the jobcentre</translation>
    </message>
    <message>
        <source>%1 løfter fra jobcentret</source>
        <translation>%1 promises from the jobcentre</translation>
    </message>
    <message>
        <source>1 aftale fra møder</source>
        <translation>1 action agreed at meetings</translation>
    </message>
    <message>
        <source>%1 aftaler fra møder</source>
        <translation>%1 actions agreed at meetings</translation>
    </message>
    <message>
        <source>%1 og %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1 er ikke udført.</source>
        <translation>%1 not done yet.</translation>
    </message>
    <message>
        <source>Besvaret af</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <source>Hvilken kontakt besvarede «%1»?</source>
        <translation>Which contact answered “%1”?</translation>
    </message>
    <message>
        <source>Intet svar forventet</source>
        <translation>No reply expected</translation>
    </message>
    <message>
        <source>Hvorfor forventer du ikke længere svar på «%1»?</source>
        <translation>Why do you no longer expect a reply to “%1”?</translation>
    </message>
    <message>
        <source>Der er ingen indgående kontakt efter henvendelsen. Registrér først svaret (fx en indgående e-mail), så kan du vælge det her.</source>
        <translation>There is no incoming contact after the request. First record the reply (e.g. an incoming email), then you can choose it here.</translation>
    </message>
    <message>
        <source>Kan ikke markere som besvaret</source>
        <translation>Cannot mark as answered</translation>
    </message>
    <message>
        <source>Kan ikke markere som udført</source>
        <translation>Cannot mark as done</translation>
    </message>
    <message>
        <source>Kan ikke lukke henvendelsen</source>
        <translation>Cannot close the request</translation>
    </message>
</context>
<context>
    <name>AwaitingTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Ventet</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Jobcentret lovede på mødet %1: %2</source>
        <translation>The jobcentre promised at the meeting on %1: %2</translation>
    </message>
    <message>
        <source>Aftalt på mødet %1. Markér den udført, når den er gjort.</source>
        <translation>Agreed at the meeting on %1. Mark it done when it has been done.</translation>
    </message>
    <message>
        <source>⚠ %1 over fristen</source>
        <translation>⚠ %1 past the deadline</translation>
    </message>
    <message>
        <source>◔ Frist snart</source>
        <translation>◔ Deadline soon</translation>
    </message>
    <message>
        <source>◷ Lovet, ikke indfriet</source>
        <translation>◷ Promised, not kept yet</translation>
    </message>
    <message>
        <source>☐ Ikke udført</source>
        <translation>☐ Not done</translation>
    </message>
    <message>
        <source>Møde %1</source>
        <translation>Meeting %1</translation>
    </message>
    <message>
        <source>Lovet af jobcentret: %1</source>
        <translation>Promised by the jobcentre: %1</translation>
    </message>
    <message>
        <source>Aftale, %1 gør: %2</source>
        <translation>Action, %1 does: %2</translation>
    </message>
    <message>
        <source>Aftale: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>ingen frist</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>◷ Afventer svar</source>
        <translation>◷ Awaiting reply</translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>▲ Svarfrist overskredet</source>
        <translation>▲ Reply deadline passed</translation>
    </message>
    <message>
        <source>△ Svarfrist denne dag</source>
        <translation>△ Reply deadline on this day</translation>
    </message>
    <message>
        <source>Dage med kontakter er fede med en prik; dage med møder har en rombe; en trekant foroven til højre er en svarfrist; dage, hvor en aftale fra et møde har frist, er understreget med et hjørne foroven til venstre.</source>
        <translation>Days with contacts are bold with a dot; days with meetings have a diamond; a triangle at the top right is a reply deadline; days on which an agreed action from a meeting is due are underlined with a corner at the top left.</translation>
    </message>
    <message numerus="yes">
        <source>◤ … og %n aftale(r) mere</source>
        <translation>
            <numerusform>◤ … and %n more agreed action</numerusform>
            <numerusform>◤ … and %n more agreed actions</numerusform>
        </translation>
    </message>
    <message>
        <source>◤ Frist for jobcentrets løfte: %1</source>
        <translation>◤ The jobcentre&apos;s promise is due: %1</translation>
    </message>
    <message>
        <source>◤ Frist for aftale, %1 gør: %2</source>
        <translation>◤ Agreed action due, %1 does: %2</translation>
    </message>
    <message>
        <source>◤ Frist for aftale: %1</source>
        <translation>◤ Agreed action due: %1</translation>
    </message>
    <message>
        <source>Møde denne dag</source>
        <translation>Meeting on this day</translation>
    </message>
    <message>
        <source>Kontakter og møde denne dag</source>
        <translation>Contacts and a meeting on this day</translation>
    </message>
    <message>
        <source>Kontakter denne dag</source>
        <translation>Contacts on this day</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Ret sag</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <source>Ny sag</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>fx Jobcenter Aarhus</source>
        <translation>e.g. Jobcenter Aarhus</translation>
    </message>
    <message>
        <source>jobcenterets hovedpostkasse</source>
        <translation>the jobcentre&apos;s main mailbox</translation>
    </message>
    <message>
        <source> arbejdsdage</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Sagens titel</source>
        <translation>Title of the case</translation>
    </message>
    <message>
        <source>&amp;Borger:</source>
        <translation>&amp;Citizen:</translation>
    </message>
    <message>
        <source>Borgerens navn</source>
        <translation>The citizen&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Kommune eller jobcenter</source>
        <translation>Municipality or jobcentre</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Jobcenterets e-mail</source>
        <translation>The jobcentre&apos;s email</translation>
    </message>
    <message>
        <source>&amp;Svarfrist:</source>
        <translation>&amp;Reply deadline:</translation>
    </message>
    <message>
        <source>Svarfrist i arbejdsdage</source>
        <translation>Reply deadline in working days</translation>
    </message>
    <message>
        <source>Et kort navn på sagen, fx sygedagpenge 2026</source>
        <translation>A short name for the case, e.g. sickness benefit 2026</translation>
    </message>
    <message>
        <source>Navnet på den borger, sagen handler om</source>
        <translation>The name of the citizen the case is about</translation>
    </message>
    <message>
        <source>Kommunen eller jobcentret, der har sagen</source>
        <translation>The municipality or jobcentre handling the case</translation>
    </message>
    <message>
        <source>Jobcentrets hovedpostkasse; breve sendes hertil</source>
        <translation>The jobcentre&apos;s main mailbox; letters are sent here</translation>
    </message>
    <message>
        <source>Kommunens svarfrist i arbejdsdage; frister for henvendelser regnes herfra</source>
        <translation>The municipality&apos;s reply deadline in working days; deadlines for requests are counted from it</translation>
    </message>
    <message>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gem sagen</source>
        <translation>Save the case</translation>
    </message>
    <message>
        <source>Annuller og luk uden at gemme</source>
        <translation>Cancel and close without saving</translation>
    </message>
    <message>
        <source>Gemmer sagens oplysninger</source>
        <translation>Saves the case details</translation>
    </message>
    <message>
        <source>Lukker vinduet uden at gemme (Esc)</source>
        <translation>Closes the window without saving (Esc)</translation>
    </message>
</context>
<context>
    <name>CaseSwitcher</name>
    <message>
        <source>Skift sag</source>
        <translation>Switch case</translation>
    </message>
    <message>
        <source>Skriv en del af sagens eller borgerens navn</source>
        <translation>Type part of the case&apos;s or the citizen&apos;s name</translation>
    </message>
    <message>
        <source>Find sag</source>
        <translation>Find case</translation>
    </message>
    <message>
        <source>Skriv en del af sagens eller borgerens navn; pil op og ned vælger, Enter skifter</source>
        <translation>Type part of the case&apos;s or the citizen&apos;s name; up and down arrows choose, Enter switches</translation>
    </message>
    <message>
        <source>Sager</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Sagerne, der passer; Enter skifter til den valgte</source>
        <translation>The matching cases; Enter switches to the selected one</translation>
    </message>
    <message>
        <source>↑ ↓ vælger, Enter skifter, Esc lukker</source>
        <translation>↑ ↓ choose, Enter switches, Esc closes</translation>
    </message>
</context>
<context>
    <name>CasesOverview</name>
    <message>
        <source>Oversigt over sager</source>
        <translation>Case overview</translation>
    </message>
    <message>
        <source>Søg på sag, borger eller sagsbehandler</source>
        <translation>Search by case, citizen or caseworker</translation>
    </message>
    <message>
        <source>Filtrér sager</source>
        <translation>Filter cases</translation>
    </message>
    <message>
        <source>Viser kun sager, hvor sagen, borgeren eller sagsbehandleren passer på teksten</source>
        <translation>Shows only cases where the case, citizen or caseworker matches the text</translation>
    </message>
    <message>
        <source>Ryd feltet</source>
        <translation>Clear the field</translation>
    </message>
    <message>
        <source>Sletter filterteksten, så alle sager vises</source>
        <translation>Clears the filter text so all cases are shown</translation>
    </message>
    <message>
        <source>Vis &amp;arkiverede</source>
        <translation>Show &amp;archived</translation>
    </message>
    <message>
        <source>Vis arkiverede sager</source>
        <translation>Show archived cases</translation>
    </message>
    <message>
        <source>Tag de arkiverede sager med i tabellen, så de kan gendannes</source>
        <translation>Include the archived cases in the table so they can be restored</translation>
    </message>
    <message>
        <source>Sager</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Hver sag med borger, sagsbehandler, åbne og overskredne henvendelser; Enter åbner den valgte</source>
        <translation>Each case with citizen, caseworker, open and overdue requests; Enter opens the selected one</translation>
    </message>
    <message>
        <source>Tallene er de samme som i statistikken: åbne og overskredne henvendelser, der afventer svar.</source>
        <translation>The numbers are the same as in the statistics: open and overdue requests awaiting a reply.</translation>
    </message>
    <message>
        <source>Å&amp;bn sag</source>
        <translation>O&amp;pen case</translation>
    </message>
    <message>
        <source>A&amp;rkivér</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <source>Skjul en afsluttet sag; alt i den gemmes og kan gendannes</source>
        <translation>Hide a finished case; everything in it is kept and can be restored</translation>
    </message>
    <message>
        <source>Luk oversigten</source>
        <translation>Close the overview</translation>
    </message>
    <message>
        <source>Lukker oversigten uden at skifte sag</source>
        <translation>Closes the overview without switching case</translation>
    </message>
    <message>
        <source>Åbn sag</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Viser den valgte sag i hovedvinduet</source>
        <translation>Shows the selected case in the main window</translation>
    </message>
    <message>
        <source>&amp;Gendan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Gendan sagen</source>
        <translation>Restore the case</translation>
    </message>
    <message>
        <source>Arkivér sagen</source>
        <translation>Archive the case</translation>
    </message>
</context>
<context>
    <name>CasesTableModel</name>
    <message>
        <source>Sag</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Åbne henv.</source>
        <translation>Open req.</translation>
    </message>
    <message>
        <source>Overskredne</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Næste møde</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Dage siden svar</source>
        <translation>Days since reply</translation>
    </message>
    <message>
        <source>Sidste svar fra jobcentret: %1</source>
        <translation>Last reply from the jobcentre: %1</translation>
    </message>
    <message>
        <source> (arkiveret)</source>
        <translation> (archived)</translation>
    </message>
</context>
<context>
    <name>Correspondence</name>
    <message>
        <source>Importér &amp;e-mail …</source>
        <translation>Import &amp;email …</translation>
    </message>
    <message>
        <source>Importér &amp;mødeindkaldelse (.ics) …</source>
        <translation>Import &amp;meeting invitation (.ics) …</translation>
    </message>
    <message>
        <source>Gem møder og &amp;frister som kalender …</source>
        <translation>Save meetings and &amp;deadlines as a calendar …</translation>
    </message>
    <message>
        <source>&amp;Vedhæft fil …</source>
        <translation>&amp;Attach file …</translation>
    </message>
    <message>
        <source>&amp;Breve</source>
        <translation>&amp;Letters</translation>
    </message>
    <message>
        <source>Opret først en sag (Sag → Ny sag).</source>
        <translation>First create a case (Case → New case).</translation>
    </message>
    <message>
        <source>%1: findes allerede (%2), sprunget over.</source>
        <translation>%1: already exists (%2), skipped.</translation>
    </message>
    <message>
        <source>%1: mødet «%2» er flyttet fra %3 til %4.</source>
        <translation>%1: the meeting “%2” has moved from %3 to %4.</translation>
    </message>
    <message>
        <source>%1: importeret (%2) «%3».</source>
        <translation>%1: imported (%2) “%3”.</translation>
    </message>
    <message>
        <source>  Mailen havde ingen dato; filens tidspunkt er brugt.</source>
        <translation>  The email had no date; the file&apos;s time was used.</translation>
    </message>
    <message>
        <source>  Ny person i sagen: %1 (giv personen en rolle under Personer).</source>
        <translation>  New person in the case: %1 (give them a role under People).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importér e-mail</source>
        <translation>Import email</translation>
    </message>
    <message>
        <source>Gemte e-mails (*.eml);;Alle filer (*)</source>
        <translation>Saved emails (*.eml);;All files (*)</translation>
    </message>
    <message>
        <source>Importér mødeindkaldelse</source>
        <translation>Import meeting invitation</translation>
    </message>
    <message>
        <source>Kalenderfiler (*.ics);;Alle filer (*)</source>
        <translation>Calendar files (*.ics);;All files (*)</translation>
    </message>
    <message>
        <source>Gem møder og frister som kalender</source>
        <translation>Save meetings and deadlines as a calendar</translation>
    </message>
    <message>
        <source>Kalenderfiler (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Kalenderen er ikke gemt</source>
        <translation>The calendar was not saved</translation>
    </message>
    <message>
        <source>Ingen kontakt valgt</source>
        <translation>No contact selected</translation>
    </message>
    <message>
        <source>Vælg først den kontakt i journalen, filerne hører til, og træk dem så ind igen. E-mails (.eml) og mødeindkaldelser (.ics) kan trækkes ind uden at vælge.</source>
        <translation>First select the contact in the journal the files belong to, then drag them in again. Emails (.eml) and meeting invitations (.ics) can be dragged in without selecting.</translation>
    </message>
    <message>
        <source>Vedhæftet %1 til kontakten %2 «%3».</source>
        <translation>Attached %1 to the contact %2 “%3”.</translation>
    </message>
    <message>
        <source>Vælg først den kontakt, filen skal vedhæftes.</source>
        <translation>First select the contact the file should be attached to.</translation>
    </message>
    <message>
        <source>Vedhæft fil</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <source>Alle filer (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Filen er ikke vedhæftet</source>
        <translation>The file was not attached</translation>
    </message>
    <message>
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Bilaget er ændret eller mangler</source>
        <translation>The attachment has changed or is missing</translation>
    </message>
    <message>
        <source>Filen %1 findes ikke længere eller har en anden kontrolsum.</source>
        <translation>The file %1 no longer exists or has a different checksum.</translation>
    </message>
    <message>
        <source>Bilaget kan ikke åbnes</source>
        <translation>The attachment cannot be opened</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>DD.MM.ÅÅÅÅ TT:MM</source>
        <translation>DD.MM.YYYY HH:MM</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>&amp;Nu</source>
        <translation>&amp;Now</translation>
    </message>
    <message>
        <source>Sæt tidspunktet til nu</source>
        <translation>Set the time to now</translation>
    </message>
    <message>
        <source>Sætter tidspunktet til lige nu</source>
        <translation>Sets the time to right now</translation>
    </message>
    <message>
        <source>&amp;Hvornår:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hvordan kontakten foregik: opkald, e-mail, møde, brev og så videre</source>
        <translation>How the contact took place: call, email, meeting, letter and so on</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Retning</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Udgående: du tog kontakt. Indgående: jobcentret tog kontakt</source>
        <translation>Outgoing: you got in touch. Incoming: the jobcentre got in touch</translation>
    </message>
    <message>
        <source>&amp;Retning:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>Med hvem</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Personen på sagen, kontakten var med; sagsbehandleren er valgt på forhånd, undtagen ved et brev fra jobcentret</source>
        <translation>The person on the case the contact was with; the caseworker is preselected, except for a letter from the jobcenter</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>&amp;Med hvem:</source>
        <translation>&amp;With whom:</translation>
    </message>
    <message>
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Kort om hvad det drejede sig om</source>
        <translation>Briefly, what it was about</translation>
    </message>
    <message>
        <source>&amp;Emne:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Udfald: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>Ét klik vælger udfaldet; Enter gemmer derefter kontakten</source>
        <translation>One click chooses the outcome; Enter then saves the contact</translation>
    </message>
    <message>
        <source>Udfald:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Valgfri. Hvad blev sagt, aftalt eller spurgt om; Tab går videre</source>
        <translation>Optional. What was said, agreed or asked; Tab moves on</translation>
    </message>
    <message>
        <source>Hvad blev sagt, aftalt eller spurgt om</source>
        <translation>What was said, agreed or asked</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Afventer svar</source>
        <translation>&amp;Awaiting reply</translation>
    </message>
    <message>
        <source>Afventer svar</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <source>Følg henvendelsen, til jobcentret svarer; den vises under Afventer svar</source>
        <translation>Follow the request until the jobcentre replies; it is shown under Awaiting reply</translation>
    </message>
    <message>
        <source>Frist DD.MM.ÅÅÅÅ (tom: beregnes)</source>
        <translation>Deadline DD.MM.YYYY (empty: calculated)</translation>
    </message>
    <message>
        <source>Svarfrist</source>
        <translation>Reply deadline</translation>
    </message>
    <message>
        <source>Tom: fristen beregnes ud fra sagens svarfrist i arbejdsdage.</source>
        <translation>Empty: the deadline is calculated from the case&apos;s reply deadline in working days.</translation>
    </message>
    <message>
        <source>Svar:</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <source>&amp;Privat (kun til mig selv)</source>
        <translation>&amp;Private (only for myself)</translation>
    </message>
    <message>
        <source>Privat</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Kontakten kan udelades, når du eksporterer PDF-loggen</source>
        <translation>The contact can be left out when you export the PDF log</translation>
    </message>
    <message>
        <source>Grund til ændringen</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Valgfri; gemmes i historikken</source>
        <translation>Optional; kept in the history</translation>
    </message>
    <message>
        <source>Gr&amp;und:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Gem kontakten</source>
        <translation>Save the contact</translation>
    </message>
    <message>
        <source>Gemmer kontakten i journalen (Enter)</source>
        <translation>Saves the contact in the journal (Enter)</translation>
    </message>
    <message>
        <source>Annuller og luk uden at gemme</source>
        <translation>Cancel and close without saving</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lukker formularen uden at gemme (Esc)</source>
        <translation>Closes the form without saving (Esc)</translation>
    </message>
    <message>
        <source>Ny kontakt: %1</source>
        <translation>New contact: %1</translation>
    </message>
    <message>
        <source>Ret kontakt: %1</source>
        <translation>Edit contact: %1</translation>
    </message>
    <message>
        <source>Jobcentret (ingen bestemt person)</source>
        <translation>The jobcenter (no particular person)</translation>
    </message>
    <message>
        <source>Du har skrevet noget, der ikke er gemt. Vil du gemme kontakten?</source>
        <translation>You have typed something that is not saved. Do you want to save the contact?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Ugedagen «{day}» kendes ikke. Brug Man, Tir, Ons, Tor, Fre, Lør, Søn.</source>
        <translation>The weekday “{day}” is not known. Use Mon, Tue, Wed, Thu, Fri, Sat, Sun.</translation>
    </message>
    <message>
        <source>Klokkeslættet «{time}» findes ikke.</source>
        <translation>The time “{time}” does not exist.</translation>
    </message>
    <message>
        <source>Telefontiden «{hours}» kan ikke læses. Skriv fx «Man-Tor 09:00-12:00».</source>
        <translation>The telephone hours “{hours}” cannot be read. Write e.g. “Mon-Thu 09:00-12:00”.</translation>
    </message>
    <message>
        <source>Ugedagene «{days}» står i forkert rækkefølge.</source>
        <translation>The weekdays “{days}” are in the wrong order.</translation>
    </message>
    <message>
        <source>I «{hours}» slutter telefontiden før den begynder.</source>
        <translation>In “{hours}” the telephone hours end before they begin.</translation>
    </message>
    <message>
        <source>Kontakttypen «{kind}» kendes ikke.</source>
        <translation>The kind of contact “{kind}” is not known.</translation>
    </message>
    <message>
        <source>Retningen «{direction}» kendes ikke.</source>
        <translation>The direction “{direction}” is not known.</translation>
    </message>
    <message>
        <source>Tidspunktet mangler.</source>
        <translation>The time is missing.</translation>
    </message>
    <message>
        <source>Tidspunktet skal ligge mellem år 1990 og 2099.</source>
        <translation>The time must be between the years 1990 and 2099.</translation>
    </message>
    <message>
        <source>Tidspunktet {at} ligger efter i dag. Skriv hvornår kontakten fandt sted; kun et møde kan noteres frem i tiden.</source>
        <translation>The time {at} is after today. Enter when the contact took place; only a meeting can be noted ahead of time.</translation>
    </message>
    <message>
        <source>Kun en udgående kontakt kan afvente svar fra jobcentret. Vil du selv svare på en indgående kontakt, så notér dit svar som en ny, udgående kontakt.</source>
        <translation>Only an outgoing contact can await a reply from the jobcentre. If you want to reply to an incoming contact yourself, note your reply as a new, outgoing contact.</translation>
    </message>
    <message>
        <source>Svarfristen {due} ligger før kontakten ({sent}). Ret fristen, eller lad feltet stå tomt, så den beregnes.</source>
        <translation>The reply deadline {due} is before the contact ({sent}). Correct the deadline, or leave the field empty so it is calculated.</translation>
    </message>
    <message>
        <source>Svarfristen må højst ligge to år efter kontakten. Ret fristen, eller lad feltet stå tomt, så den beregnes.</source>
        <translation>The reply deadline can be at most two years after the contact. Correct the deadline, or leave the field empty so it is calculated.</translation>
    </message>
    <message>
        <source>Udfaldet «{outcome}» kendes ikke.</source>
        <translation>The outcome “{outcome}” is not known.</translation>
    </message>
    <message>
        <source>Et udfald kan kun angives for opkald.</source>
        <translation>An outcome can only be given for calls.</translation>
    </message>
    <message>
        <source>Ukendt type anmodning.</source>
        <translation>Unknown kind of request.</translation>
    </message>
    <message>
        <source>Ukendt svarstatus.</source>
        <translation>Unknown reply status.</translation>
    </message>
    <message>
        <source>Emnet må højst være {n} tegn.</source>
        <translation>The subject can be at most {n} characters.</translation>
    </message>
    <message>
        <source>Noten er for lang (over 2 millioner tegn). Gem den lange tekst som bilag i stedet.</source>
        <translation>The note is too long (over 2 million characters). Save the long text as an attachment instead.</translation>
    </message>
    <message>
        <source>Personen hører ikke til denne sag.</source>
        <translation>The person does not belong to this case.</translation>
    </message>
    <message>
        <source>Svarfristen skal være mellem 1 og 365 arbejdsdage.</source>
        <translation>The reply deadline must be between 1 and 365 working days.</translation>
    </message>
    <message>
        <source>Skriv hvorfor kontakten slettes.</source>
        <translation>Write why the contact is deleted.</translation>
    </message>
    <message>
        <source>Kontakt nr. {number} findes ikke.</source>
        <translation>Contact no. {number} does not exist.</translation>
    </message>
    <message>
        <source>Sagen skal have en titel.</source>
        <translation>The case must have a title.</translation>
    </message>
    <message>
        <source>Sagens titel må højst være 200 tegn.</source>
        <translation>The case&apos;s title can be at most 200 characters.</translation>
    </message>
    <message>
        <source>Svarfristen skal være mellem 1 og 90 arbejdsdage.</source>
        <translation>The reply deadline must be between 1 and 90 working days.</translation>
    </message>
    <message>
        <source>Der findes allerede en sag med titlen «{title}».</source>
        <translation>There is already a case with the title “{title}”.</translation>
    </message>
    <message>
        <source>Sagen «{title}» findes ikke.</source>
        <translation>The case «{title}» does not exist.</translation>
    </message>
    <message>
        <source>Personen skal have et navn.</source>
        <translation>The person must have a name.</translation>
    </message>
    <message>
        <source>Navnet må højst være 200 tegn.</source>
        <translation>The name can be at most 200 characters.</translation>
    </message>
    <message>
        <source>Rollen «{role}» kendes ikke.</source>
        <translation>The role “{role}” is not known.</translation>
    </message>
    <message>
        <source>E-mailadressen «{email}» ser forkert ud. Skriv fx navn@kommune.dk.</source>
        <translation>The email address “{email}” looks wrong. Write e.g. name@kommune.dk.</translation>
    </message>
    <message>
        <source>Vælg borger, bisidder eller partsrepræsentant.</source>
        <translation>Choose citizen, support person or representative.</translation>
    </message>
    <message>
        <source>E-mailadressen «{email}» ser forkert ud. Skriv fx jobcenter@kommune.dk.</source>
        <translation>The email address “{email}” looks wrong. Write e.g. jobcenter@kommune.dk.</translation>
    </message>
    <message>
        <source>Skriv sagsbehandlerens navn.</source>
        <translation>Write the caseworker&apos;s name.</translation>
    </message>
    <message>
        <source>Kun en indgående kontakt, et møde eller et opkald, hvor du talte med nogen, kan være et svar.</source>
        <translation>Only an incoming contact, a meeting, or a call where you talked to someone, can be a reply.</translation>
    </message>
    <message>
        <source>Svaret hører til en anden sag.</source>
        <translation>The reply belongs to another case.</translation>
    </message>
    <message>
        <source>En kontakt kan ikke besvare sig selv.</source>
        <translation>A contact cannot answer itself.</translation>
    </message>
    <message>
        <source>Svaret ligger før henvendelsen.</source>
        <translation>The reply is dated before the request.</translation>
    </message>
    <message>
        <source>Kontakt nr. {id} er slettet og kan ikke besvares.</source>
        <translation>Contact no. {id} is deleted and cannot be answered.</translation>
    </message>
    <message>
        <source>En slettet kontakt kan ikke bruges som svar.</source>
        <translation>A deleted contact cannot be used as a reply.</translation>
    </message>
    <message>
        <source>Kontakt nr. {id} afventer ikke svar.</source>
        <translation>Contact no. {id} is not awaiting a reply.</translation>
    </message>
    <message>
        <source>Skriv hvorfor der ikke længere forventes svar.</source>
        <translation>Write why a reply is no longer expected.</translation>
    </message>
    <message>
        <source>Kontakt nr. {id} er slettet og kan ikke lukkes.</source>
        <translation>Contact no. {id} is deleted and cannot be closed.</translation>
    </message>
    <message>
        <source>Aftalens tekst mangler.</source>
        <translation>The agreement&apos;s text is missing.</translation>
    </message>
    <message>
        <source>Aftalens tekst må højst være {n} tegn.</source>
        <translation>The agreement&apos;s text can be at most {n} characters.</translation>
    </message>
    <message>
        <source>Aftalen skal have en titel, fx «Jobplan».</source>
        <translation>The agreement must have a title, e.g. “Job plan”.</translation>
    </message>
    <message>
        <source>Aftalens titel må højst være 200 tegn.</source>
        <translation>The agreement&apos;s title can be at most 200 characters.</translation>
    </message>
    <message>
        <source>Skriv kort hvad der er ændret i aftalen, og hvorfor.</source>
        <translation>Write briefly what has changed in the agreement, and why.</translation>
    </message>
    <message>
        <source>Deltagerens navn</source>
        <translation>The participant&apos;s name</translation>
    </message>
    <message>
        <source>Dagsordenspunktet</source>
        <translation>The agenda item</translation>
    </message>
    <message>
        <source>Noten</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>Handlingen</source>
        <translation>The action</translation>
    </message>
    <message>
        <source>{what} mangler.</source>
        <translation>{what} is missing.</translation>
    </message>
    <message>
        <source>{what} må højst være {limit} tegn.</source>
        <translation>{what} may be at most {limit} characters.</translation>
    </message>
    <message>
        <source>Mødetilstand kan kun åbnes fra et møde.</source>
        <translation>Meeting mode can only be opened from a meeting.</translation>
    </message>
    <message>
        <source>Mødet er slettet.</source>
        <translation>The meeting has been deleted.</translation>
    </message>
    <message>
        <source>En note må højst være {n} tegn.</source>
        <translation>A note can be at most {n} characters.</translation>
    </message>
    <message>
        <source>Noten er allerede gemt og kan ikke ændres.</source>
        <translation>The note is already saved and cannot be changed.</translation>
    </message>
    <message>
        <source>Noten er allerede gemt.</source>
        <translation>The note is already saved.</translation>
    </message>
    <message>
        <source>Fristen skal ligge mellem år 1990 og 2099.</source>
        <translation>The deadline must be between the years 1990 and 2099.</translation>
    </message>
    <message>
        <source>Fristen {due} ligger før mødet ({held}). Ret fristen.</source>
        <translation>The deadline {due} is before the meeting ({held}). Correct the deadline.</translation>
    </message>
    <message>
        <source>Kontakt nr. {number} er ikke et møde.</source>
        <translation>Contact no. {number} is not a meeting.</translation>
    </message>
    <message>
        <source>Der kan kun skrives referat af et møde.</source>
        <translation>Minutes can only be written for a meeting.</translation>
    </message>
    <message>
        <source>Vælg det møde, referatet handler om.</source>
        <translation>Choose the meeting the minutes are about.</translation>
    </message>
    <message>
        <source>Mødet hører til en anden sag.</source>
        <translation>The meeting belongs to another case.</translation>
    </message>
    <message>
        <source>Brevtypen «{kind}» kendes ikke.</source>
        <translation>The letter type «{kind}» is not known.</translation>
    </message>
    <message>
        <source>E-mailen «{name}» er beskadiget og kan ikke læses. Intet er gemt.</source>
        <translation>The email «{name}» is damaged and cannot be read. Nothing has been saved.</translation>
    </message>
    <message>
        <source>E-mailen «{name}» er beskadiget og kan ikke læses ({error}). Intet er gemt.</source>
        <translation>The email «{name}» is damaged and cannot be read ({error}). Nothing has been saved.</translation>
    </message>
    <message>
        <source>Filen «{name}» er for stor til en e-mail.</source>
        <translation>The file «{name}» is too large for an email.</translation>
    </message>
    <message>
        <source>Filen «{name}» kan ikke læses: {reason}.</source>
        <translation>The file «{name}» cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Kalenderfilen kan ikke gemmes: {reason}.</source>
        <translation>The calendar file cannot be saved: {reason}.</translation>
    </message>
    <message>
        <source>Invitationen har ikke et læsbart starttidspunkt.</source>
        <translation>The invitation has no readable start time.</translation>
    </message>
    <message>
        <source>Filen «{name}» er ikke en kalenderinvitation, der kan læses (.ics med et møde). Intet er gemt.</source>
        <translation>The file «{name}» is not a calendar invitation that can be read (.ics with a meeting). Nothing has been saved.</translation>
    </message>
    <message>
        <source>«{name}» er en aflysning af mødet «{summary}» {start}, ikke en invitation. Intet er gemt; står mødet i journalen, så ret det dér.</source>
        <translation>«{name}» cancels the meeting «{summary}» {start}; it is not an invitation. Nothing has been saved; if the meeting is in the journal, change it there.</translation>
    </message>
    <message>
        <source>Dagbogen har ingen datamappe (databasen ligger i hukommelsen).</source>
        <translation>The diary has no data folder (the database is in memory).</translation>
    </message>
    <message>
        <source>Filen er for stor til at blive vedhæftet (over 500 MB).</source>
        <translation>The file is too large to attach (over 500 MB).</translation>
    </message>
    <message>
        <source>Filen blev ikke kopieret korrekt (kontrolsummen passer ikke). Prøv igen.</source>
        <translation>The file was not copied correctly (the checksum does not match). Please try again.</translation>
    </message>
    <message>
        <source>Den gemte kopi af filen er ikke identisk med originalen. Prøv igen.</source>
        <translation>The saved copy of the file is not identical to the original. Please try again.</translation>
    </message>
    <message>
        <source>Filen {path} findes ikke.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>Filen kunne ikke gemmes i datamappen: {reason}.</source>
        <translation>The file could not be saved in the data folder: {reason}.</translation>
    </message>
    <message>
        <source>Bilag nr. {number} findes ikke.</source>
        <translation>Attachment no. {number} does not exist.</translation>
    </message>
    <message>
        <source>Bilaget «{name}» mangler eller er ændret (kontrolsummen passer ikke).</source>
        <translation>The attachment «{name}» is missing or has been changed (the checksum does not match).</translation>
    </message>
    <message>
        <source>Tidspunktet «{text}» kan ikke læses. Skriv det som DD.MM.ÅÅÅÅ TT:MM, fx 23.11.2026 09:30.</source>
        <translation>The time «{text}» cannot be read. Write it as DD.MM.YYYY HH:MM, e.g. 23.11.2026 09:30.</translation>
    </message>
    <message>
        <source>Tidspunktet «{text}» findes ikke: den nat stilles uret en time frem kl. 02:00. Skriv fx {later}.</source>
        <translation>The time «{text}» does not exist: that night the clocks go forward an hour at 02:00. Write, e.g., {later}.</translation>
    </message>
    <message>
        <source>Datoen «{text}» kan ikke læses. Skriv den som DD.MM.ÅÅÅÅ, fx 23.11.2026.</source>
        <translation>The date «{text}» cannot be read. Write it as DD.MM.YYYY, e.g. 23.11.2026.</translation>
    </message>
    <message>
        <source>ingen adgang</source>
        <translation>access denied</translation>
    </message>
    <message>
        <source>findes ikke</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>en del af stien er ikke en mappe</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>det er en mappe</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>disken er fuld</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>drevet er skrivebeskyttet</source>
        <translation>the drive is write-protected</translation>
    </message>
    <message>
        <source>findes allerede</source>
        <translation>already exists</translation>
    </message>
    <message>
        <source>navnet er for langt</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>filen er i brug</source>
        <translation>the file is in use</translation>
    </message>
    <message>
        <source>din diskkvote er brugt op</source>
        <translation>your disk quota is used up</translation>
    </message>
    <message>
        <source>fejl ved læsning eller skrivning på disken</source>
        <translation>error reading or writing the disk</translation>
    </message>
    <message>
        <source>Sikkerhedskopien kan ikke skrives i mappen {folder} ({reason}). Intet er ændret.</source>
        <translation>The backup cannot be written in the folder {folder} ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien kan ikke skrives i mappen {folder} (ingen skriveadgang). Intet er ændret.</source>
        <translation>The backup cannot be written in the folder {folder} (no write access). Nothing was changed.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien kunne ikke laves ({reason}).</source>
        <translation>The backup could not be made ({reason}).</translation>
    </message>
    <message>
        <source>Sikkerhedskopien blev ikke godkendt af SQLite&apos;s kontrol ({problem}). Databasen kan være beskadiget; den er ikke ændret.</source>
        <translation>The backup failed SQLite&apos;s check ({problem}). The database may be damaged; it was not changed.</translation>
    </message>
    <message>
        <source>Databasen {path} findes ikke.</source>
        <translation>The database {path} does not exist.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien kan ikke skrives oven i selve databasen.</source>
        <translation>The backup cannot be written over the database itself.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien {path} findes ikke.</source>
        <translation>The backup {path} does not exist.</translation>
    </message>
    <message>
        <source>Kopien og databasen er den samme fil.</source>
        <translation>The copy and the database are the same file.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien {name} kan ikke bruges: {problem} Intet er ændret.</source>
        <translation>The backup {name} cannot be used: {problem} Nothing was changed.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien {name} er lavet af en nyere version af Dagbog, så denne version kan ikke åbne den bagefter. Opdatér programmet først. Intet er ændret.</source>
        <translation>The backup {name} was made by a newer version of Dagbog, so this version could not open it afterwards. Update the program first. Nothing was changed.</translation>
    </message>
    <message>
        <source>Dagbog-filen {path} er allerede åben i et andet Dagbog-vindue eller -program. Luk det andet vindue først, så dine data ikke bliver ødelagt.</source>
        <translation>The Dagbog file {path} is already open in another Dagbog window or program. Close the other window first, so your data is not damaged.</translation>
    </message>
    <message>
        <source>Filen {path} kan ikke åbnes som en Dagbog-database, fordi den er beskadiget ({problem}). Filen er ikke ændret. Du kan gendanne den nyeste sikkerhedskopi; den beskadigede fil gemmes til side.</source>
        <translation>The file {path} cannot be opened as a Dagbog database because it is damaged ({problem}). The file has not been changed. You can restore the newest backup; the damaged file is kept aside.</translation>
    </message>
    <message>
        <source>Databasen {path} er skrivebeskyttet og skal opgraderes, før denne version af Dagbog kan åbne den. Giv skriveadgang til filen og prøv igen.</source>
        <translation>The database {path} is read-only and must be upgraded before this version of Dagbog can open it. Give write access to the file and try again.</translation>
    </message>
    <message>
        <source>{path} er en mappe, ikke en databasefil.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>filen er tom, men dens sikkerhedskopier er ikke</source>
        <translation>the file is empty, but its backups are not</translation>
    </message>
    <message>
        <source>Kan ikke oprette databasen {path}: {reason}.</source>
        <translation>Cannot create the database {path}: {reason}.</translation>
    </message>
    <message>
        <source>Filen {path} kan ikke åbnes som en Dagbog-database ({problem}). Filen er ikke ændret.</source>
        <translation>The file {path} cannot be opened as a Dagbog database ({problem}). The file has not been changed.</translation>
    </message>
    <message>
        <source>Perioden slutter før den begynder.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <source>Status «{status}» kendes ikke.</source>
        <translation>The status «{status}» is not known.</translation>
    </message>
    <message>
        <source>Navnet må højst være {limit} tegn.</source>
        <translation>The name may be at most {limit} characters.</translation>
    </message>
    <message>
        <source>Perioden er bagvendt: fra {start} til {end}. Byt om på datoerne.</source>
        <translation>The period is reversed: from {start} to {end}. Swap the dates.</translation>
    </message>
    <message>
        <source>Ukendt kontakttype: {kinds}.</source>
        <translation>Unknown contact type: {kinds}.</translation>
    </message>
    <message>
        <source>Vælg mindst én kontakttype.</source>
        <translation>Choose at least one contact type.</translation>
    </message>
    <message>
        <source>Mappen {folder} findes ikke.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>{path} er en mappe. Angiv et filnavn, fx log.pdf.</source>
        <translation>{path} is a folder. Give a file name, e.g. log.pdf.</translation>
    </message>
    <message>
        <source>Kan ikke skrive i mappen {folder}: {reason}.</source>
        <translation>Cannot write in the folder {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Intet nyt at importere: sagen «{title}» er allerede opdateret.</source>
        <translation>Nothing new to import: the case «{title}» is already up to date.</translation>
    </message>
    <message>
        <source>, {count} nye bilag</source>
        <translation>, {count} new attachments</translation>
    </message>
    <message>
        <source>, {count} nye registreringer af møder og aftaler</source>
        <translation>, {count} new records of meetings and agreements</translation>
    </message>
    <message>
        <source>Sagen «{title}» er importeret: {entries} nye kontakter, {versions} nye versioner, {people} nye personer{files}{meetings}.</source>
        <translation>The case «{title}» has been imported: {entries} new contacts, {versions} new versions, {people} new people{files}{meetings}.</translation>
    </message>
    <message>
        <source>Sagen eksporteres ikke, fordi bilaget «{name}» mangler i datamappen eller er ændret (kontrolsummen passer ikke).</source>
        <translation>The case is not exported because the attachment «{name}» is missing from the data folder or has been changed (the checksum does not match).</translation>
    </message>
    <message>
        <source>Sagen eksporteres ikke, fordi databasen ikke er i orden: {problem}</source>
        <translation>The case is not exported because the database is not in order: {problem}</translation>
    </message>
    <message>
        <source>Sagsfilen {path} kan ikke gemmes ({reason}). Intet er ændret.</source>
        <translation>The case file {path} cannot be saved ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Filen {name} kan ikke læses ({reason}). Intet er importeret.</source>
        <translation>The file {name} cannot be read ({reason}). Nothing was imported.</translation>
    </message>
    <message>
        <source>Filen {name} er ikke en Dagbog-sagsfil (den er beskadiget eller en helt anden slags fil). Intet er importeret.</source>
        <translation>The file {name} is not a Dagbog case file (it is damaged or a different kind of file). Nothing was imported.</translation>
    </message>
    <message>
        <source>Filen er ikke en Dagbog-sagsfil.</source>
        <translation>The file is not a Dagbog case file.</translation>
    </message>
    <message>
        <source>Sagsfilen er lavet af en anden version af Dagbog. Opdatér programmet og prøv igen.</source>
        <translation>The case file was made by another version of Dagbog. Update the program and try again.</translation>
    </message>
    <message>
        <source>Sagsfilen er ufuldstændig eller ændret og kan ikke importeres.</source>
        <translation>The case file is incomplete or has been changed and cannot be imported.</translation>
    </message>
    <message>
        <source>Sagsfilens kæde passer ikke ved kontakten {entry} (version {seq}): filen er ændret efter eksporten. Intet er importeret.</source>
        <translation>The case file&apos;s chain does not match at the contact {entry} (version {seq}): the file was changed after the export. Nothing was imported.</translation>
    </message>
    <message>
        <source>Sagsfilens fingeraftryk passer ikke med dens indhold: filen er ændret efter eksporten. Intet er importeret.</source>
        <translation>The case file&apos;s fingerprint does not match its content: the file was changed after the export. Nothing was imported.</translation>
    </message>
    <message>
        <source>Sagsfilens kæde over møder og aftaler passer ikke ved registrering {number} ({kind} {record}): filen er ændret efter eksporten. Intet er importeret.</source>
        <translation>The case file&apos;s chain of meetings and agreements does not match at record {number} ({kind} {record}): the file was changed after the export. Nothing was imported.</translation>
    </message>
    <message>
        <source>Sagsfilens fingeraftryk for møder og aftaler passer ikke med dens indhold: filen er ændret efter eksporten. Intet er importeret.</source>
        <translation>The case file&apos;s fingerprint of meetings and agreements does not match its content: the file was changed after the export. Nothing was imported.</translation>
    </message>
    <message>
        <source>Sagsfilens bilag passer ikke med kontakternes historik: et bilag mangler eller er ændret. Intet er importeret.</source>
        <translation>The case file&apos;s attachments do not match the contacts&apos; history: an attachment is missing or has been changed. Nothing was imported.</translation>
    </message>
    <message>
        <source>Bilaget «{name}» i sagsfilen er ændret (kontrolsummen passer ikke). Intet er importeret.</source>
        <translation>The attachment «{name}» in the case file has been changed (the checksum does not match). Nothing was imported.</translation>
    </message>
    <message>
        <source>Bilaget «{name}» i sagsfilen kan ikke læses. Intet er importeret.</source>
        <translation>The attachment «{name}» in the case file cannot be read. Nothing was imported.</translation>
    </message>
    <message>
        <source>Sagsfilen henviser til et svar, der ikke er i filen.</source>
        <translation>The case file refers to a reply that is not in the file.</translation>
    </message>
    <message>
        <source>Sagsfilen er ufuldstændig eller ændret og kan ikke importeres. Intet er importeret.</source>
        <translation>The case file is incomplete or has been changed and cannot be imported. Nothing was imported.</translation>
    </message>
    <message>
        <source>Personen «{name}» hører til en anden sag her.</source>
        <translation>The person «{name}» belongs to another case here.</translation>
    </message>
    <message>
        <source>Kontakten {entry} er ændret både her og i sagsfilen (version {seq}). Intet er importeret.</source>
        <translation>The contact {entry} has been changed both here and in the case file (version {seq}). Nothing was imported.</translation>
    </message>
    <message>
        <source>Kontakten {entry} hører til en anden sag her.</source>
        <translation>The contact {entry} belongs to another case here.</translation>
    </message>
    <message>
        <source>Kontakten {entry} mangler tidligere versioner her. Intet er importeret.</source>
        <translation>The contact {entry} is missing earlier versions here. Nothing was imported.</translation>
    </message>
    <message>
        <source>Bilaget «{name}» findes her med et andet indhold. Intet er importeret.</source>
        <translation>The attachment «{name}» exists here with a different content. Nothing was imported.</translation>
    </message>
    <message>
        <source>Bilaget «{name}» kunne ikke gemmes i datamappen: {reason}. Intet er importeret.</source>
        <translation>The attachment «{name}» could not be stored in the data folder: {reason}. Nothing was imported.</translation>
    </message>
    <message>
        <source>Importen blev afbrudt, fordi resultatet ikke kunne kontrolleres: {problem} Intet er importeret.</source>
        <translation>The import was stopped because the result could not be checked: {problem} Nothing was imported.</translation>
    </message>
    <message>
        <source>Sagsfilen henviser til noget, der hverken er i filen eller her. Intet er importeret.</source>
        <translation>The case file refers to something that is neither in the file nor here. Nothing was imported.</translation>
    </message>
    <message>
        <source>Sagsfilen henviser til en anden sag. Intet er importeret.</source>
        <translation>The case file refers to another case. Nothing was imported.</translation>
    </message>
    <message>
        <source>Et møde eller en aftale ({kind} {record}) er ændret både her og i sagsfilen (registrering {seq}). Intet er importeret.</source>
        <translation>A meeting or agreement ({kind} {record}) has been changed both here and in the case file (record {seq}). Nothing was imported.</translation>
    </message>
    <message>
        <source>Et møde eller en aftale ({kind} {record}) mangler tidligere registreringer her. Intet er importeret.</source>
        <translation>A meeting or agreement ({kind} {record}) is missing earlier records here. Nothing was imported.</translation>
    </message>
    <message>
        <source>Et møde eller en aftale ({kind} {record}) er ændret både her og i sagsfilen. Intet er importeret.</source>
        <translation>A meeting or agreement ({kind} {record}) has been changed both here and in the case file. Nothing was imported.</translation>
    </message>
    <message>
        <source>Mødet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>Aftalen</source>
        <translation>The agreement</translation>
    </message>
    <message>
        <source>Mødedeltageren</source>
        <translation>The meeting participant</translation>
    </message>
    <message>
        <source>Mødenoten</source>
        <translation>The meeting note</translation>
    </message>
    <message>
        <source>Den aftalte handling</source>
        <translation>The agreed action</translation>
    </message>
    <message>
        <source>Aftaleversionen</source>
        <translation>The agreement version</translation>
    </message>
    <message>
        <source>Rækken i {kind}</source>
        <translation>The row in {kind}</translation>
    </message>
    <message>
        <source>{name} nr. {number}{details}</source>
        <translation>{name} no. {number}{details}</translation>
    </message>
    <message>
        <source>version {number} peger på en kontakt, der ikke findes</source>
        <translation>version {number} points to a contact that does not exist</translation>
    </message>
    <message>
        <source>kæden er brudt (forrige fingeraftryk passer ikke)</source>
        <translation>the chain is broken (the previous fingerprint does not match)</translation>
    </message>
    <message>
        <source>en gemt version kan ikke læses</source>
        <translation>a stored version cannot be read</translation>
    </message>
    <message>
        <source>en gemt version er ændret</source>
        <translation>a stored version has been changed</translation>
    </message>
    <message>
        <source>en gemt version hører til en anden kontakt</source>
        <translation>a stored version belongs to another contact</translation>
    </message>
    <message>
        <source>versionernes rækkefølge er ændret</source>
        <translation>the order of the versions has been changed</translation>
    </message>
    <message>
        <source>en gemt version er ændret (feltet author)</source>
        <translation>a stored version has been changed (the field author)</translation>
    </message>
    <message>
        <source>en gemt version er ændret (fingeraftrykket passer ikke)</source>
        <translation>a stored version has been changed (the fingerprint does not match)</translation>
    </message>
    <message>
        <source>kæden er brudt (registreringen står efter en kontaktversion, der ikke findes)</source>
        <translation>the chain is broken (the record follows a contact version that does not exist)</translation>
    </message>
    <message>
        <source>kontakten har ingen gemt version</source>
        <translation>the contact has no stored version</translation>
    </message>
    <message>
        <source>kontakten peger på noget, der ikke findes</source>
        <translation>the contact points to something that does not exist</translation>
    </message>
    <message>
        <source>feltet {field} er ændret</source>
        <translation>the field {field} has been changed</translation>
    </message>
    <message>
        <source>feltet version er ændret</source>
        <translation>the field version has been changed</translation>
    </message>
    <message>
        <source>feltet updated_at er ændret</source>
        <translation>the field updated_at has been changed</translation>
    </message>
    <message>
        <source>en gemt registrering er ændret</source>
        <translation>a stored record has been changed</translation>
    </message>
    <message>
        <source>en gemt registrering kan ikke læses</source>
        <translation>a stored record cannot be read</translation>
    </message>
    <message>
        <source>en gemt registrering hører til en anden række</source>
        <translation>a stored record belongs to another row</translation>
    </message>
    <message>
        <source>registreringernes rækkefølge er ændret</source>
        <translation>the order of the records has been changed</translation>
    </message>
    <message>
        <source>en gemt registrering er ændret (fingeraftrykket passer ikke)</source>
        <translation>a stored record has been changed (the fingerprint does not match)</translation>
    </message>
    <message>
        <source>rækken peger på noget, der ikke findes</source>
        <translation>the row points to something that does not exist</translation>
    </message>
    <message>
        <source>en kladde er tilføjet efter mødet blev afsluttet</source>
        <translation>a draft was added after the meeting was finished</translation>
    </message>
    <message>
        <source>rækken har ingen gemt historik (tilføjet eller ændret uden for programmet)</source>
        <translation>the row has no stored history (added or changed outside the program)</translation>
    </message>
    <message>
        <source>rækken er slettet uden for programmet</source>
        <translation>the row was deleted outside the program</translation>
    </message>
    <message>
        <source>bilag {number} hører til en kontakt, der ikke findes</source>
        <translation>attachment {number} belongs to a contact that does not exist</translation>
    </message>
    <message>
        <source>bilag {number} er ændret</source>
        <translation>attachment {number} has been changed</translation>
    </message>
    <message>
        <source>bilag {number} passer ikke med historikken</source>
        <translation>attachment {number} does not match the history</translation>
    </message>
    <message>
        <source>et bilag i historikken mangler</source>
        <translation>an attachment in the history is missing</translation>
    </message>
    <message>
        <source>En kontakt</source>
        <translation>A contact</translation>
    </message>
    <message>
        <source>Kontakt nr. {number}{details}</source>
        <translation>Contact no. {number}{details}</translation>
    </message>
    <message>
        <source>Databasefilen er beskadiget (SQLite integrity_check: {problem}).</source>
        <translation>The database file is damaged (SQLite integrity_check: {problem}).</translation>
    </message>
    <message>
        <source>FEJL: {label} passer ikke med sin historik: {why}.</source>
        <translation>ERROR: {label} does not match its history: {why}.</translation>
    </message>
    <message>
        <source>Databasefilen kan ikke læses ({problem}).</source>
        <translation>The database file cannot be read ({problem}).</translation>
    </message>
    <message>
        <source>Filen {path} kan ikke åbnes ({problem}).</source>
        <translation>The file {path} cannot be opened ({problem}).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Eksportér PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;Hele sagen</source>
        <translation>&amp;Whole case</translation>
    </message>
    <message>
        <source>Hele sagen</source>
        <translation>Whole case</translation>
    </message>
    <message>
        <source>Tag alle kontakter med; slå fra for at vælge en periode</source>
        <translation>Include all contacts; turn off to choose a period</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Den første dag, loggen skal vise</source>
        <translation>The first day the log should show</translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Den sidste dag, loggen skal vise</source>
        <translation>The last day the log should show</translation>
    </message>
    <message>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Kontakttyper</source>
        <translation>Kinds of contact</translation>
    </message>
    <message>
        <source>Tag kontakter af denne type med i loggen</source>
        <translation>Include contacts of this kind in the log</translation>
    </message>
    <message>
        <source>Indhold</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>&amp;Kun ubesvarede opkald og henvendelser, der afventer svar</source>
        <translation>&amp;Only unanswered calls and requests awaiting a reply</translation>
    </message>
    <message>
        <source>Med de fulde &amp;noter</source>
        <translation>With the full &amp;notes</translation>
    </message>
    <message>
        <source>&amp;Udelad kontakter markeret som private</source>
        <translation>&amp;Leave out contacts marked as private</translation>
    </message>
    <message>
        <source>Kun ubesvarede</source>
        <translation>Only unanswered</translation>
    </message>
    <message>
        <source>Loggen viser kun ubesvarede opkald og henvendelser, der afventer svar</source>
        <translation>The log shows only unanswered calls and requests awaiting a reply</translation>
    </message>
    <message>
        <source>Med de fulde noter</source>
        <translation>With the full notes</translation>
    </message>
    <message>
        <source>Hver kontakt vises med hele sin note; ellers kun emnet</source>
        <translation>Each contact is shown with its whole note; otherwise only the subject</translation>
    </message>
    <message>
        <source>Udelad private kontakter</source>
        <translation>Leave out private contacts</translation>
    </message>
    <message>
        <source>Kontakter, du har markeret som private, kommer ikke med i loggen</source>
        <translation>Contacts you have marked as private are not included in the log</translation>
    </message>
    <message>
        <source>Udarbejdet af</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Navnet, der står som udarbejdet af på loggens forside</source>
        <translation>The name shown as “prepared by” on the log&apos;s front page</translation>
    </message>
    <message>
        <source>Udarbejdet &amp;af:</source>
        <translation>Prepared &amp;by:</translation>
    </message>
    <message>
        <source>Filnavn</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Hvor PDF-filen gemmes</source>
        <translation>Where the PDF file is saved</translation>
    </message>
    <message>
        <source>&amp;Vælg …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <source>Vælg filnavn</source>
        <translation>Choose file name</translation>
    </message>
    <message>
        <source>Vælg mappe og filnavn til PDF-filen</source>
        <translation>Choose the folder and file name for the PDF file</translation>
    </message>
    <message>
        <source>&amp;Gem som:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>Eksportens fremskridt</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>&amp;Eksportér</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Skriver PDF-loggen med de valgte indstillinger</source>
        <translation>Writes the PDF log with the chosen settings</translation>
    </message>
    <message>
        <source>Stopper eksporten, eller lukker vinduet uden at eksportere</source>
        <translation>Stops the export, or closes the window without exporting</translation>
    </message>
    <message>
        <source>Gem PDF som</source>
        <translation>Save PDF as</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Skriv et filnavn til PDF&apos;en.</source>
        <translation>Type a file name for the PDF.</translation>
    </message>
    <message>
        <source>Mappen %s findes ikke.</source>
        <translation>The folder %s does not exist.</translation>
    </message>
    <message>
        <source>Afbryd</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Afbryd eksporten</source>
        <translation>Stop the export</translation>
    </message>
    <message>
        <source>Luk vinduet</source>
        <translation>Close the window</translation>
    </message>
    <message>
        <source>PDF&apos;en er gemt her:
%1

%2 sider, %3 kontakter. Den åbner nu i din PDF-læser, hvor du kan udskrive den. Husk hvor filen ligger, hvis du vil sende den til jobcentret eller din bisidder.</source>
        <translation>The PDF is saved here:
%1

%2 pages, %3 contacts. It now opens in your PDF reader, where you can print it. Remember where the file is if you want to send it to the jobcentre or your support person.</translation>
    </message>
    <message>
        <source>Eksporten blev afbrudt. Der er ikke gemt nogen fil.</source>
        <translation>The export was stopped. No file was saved.</translation>
    </message>
    <message>
        <source>Afbryder …</source>
        <translation>Stopping …</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Velkommen til Dagbog</source>
        <translation>Welcome to Dagbog</translation>
    </message>
    <message>
        <source>Prøv med &amp;eksempeldata</source>
        <translation>Try with &amp;example data</translation>
    </message>
    <message>
        <source>&amp;Næste</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Tilbage</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Opret min dagbog</source>
        <translation>&amp;Create my diary</translation>
    </message>
    <message>
        <source>&amp;Spring over</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>Prøv med eksempeldata</source>
        <translation>Try with example data</translation>
    </message>
    <message>
        <source>Næste trin</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Forrige trin</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Opret min dagbog</source>
        <translation>Create my diary</translation>
    </message>
    <message>
        <source>Spring guiden over</source>
        <translation>Skip the guide</translation>
    </message>
    <message>
        <source>Går videre til næste af de tre trin</source>
        <translation>Goes on to the next of the three steps</translation>
    </message>
    <message>
        <source>Går tilbage til forrige trin</source>
        <translation>Goes back to the previous step</translation>
    </message>
    <message>
        <source>Opretter sagen og sagsbehandleren og åbner hovedvinduet</source>
        <translation>Creates the case and the caseworker and opens the main window</translation>
    </message>
    <message>
        <source>Åbner hovedvinduet med en tom dagbog; guiden kan springes over</source>
        <translation>Opens the main window with an empty diary; the guide can be skipped</translation>
    </message>
    <message>
        <source>Åbner en eksempelsag i en midlertidig fil. Din egen dagbog røres ikke.</source>
        <translation>Opens an example case in a temporary file. Your own diary is not touched.</translation>
    </message>
    <message>
        <source>1 af 3: Dig</source>
        <translation>1 of 3: You</translation>
    </message>
    <message>
        <source>Tre korte trin, så Dagbog kender din sag. Du kan springe alt over og udfylde det senere. Intet sendes nogen steder hen.</source>
        <translation>Three short steps so Dagbog knows your case. You can skip everything and fill it in later. Nothing is sent anywhere.</translation>
    </message>
    <message>
        <source>Dit navn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Står som udarbejdet af i breve og PDF-udskrifter; kan stå tomt</source>
        <translation>Shown as “prepared by” in letters and PDF printouts; can be left empty</translation>
    </message>
    <message>
        <source>Dit &amp;navn:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Borger – det er min egen sag</source>
        <translation>&amp;Citizen – it is my own case</translation>
    </message>
    <message>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>B&amp;isidder – jeg følger en anden</source>
        <translation>Su&amp;pport person – I accompany someone else</translation>
    </message>
    <message>
        <source>Bisidder</source>
        <translation>Support person</translation>
    </message>
    <message>
        <source>&amp;Partsrepræsentant – jeg handler for en anden</source>
        <translation>&amp;Representative – I act on someone else&apos;s behalf</translation>
    </message>
    <message>
        <source>Partsrepræsentant</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Rolle: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Breve og udskrifter skrives ud fra rollen</source>
        <translation>Letters and printouts are written according to the role</translation>
    </message>
    <message>
        <source>Du er:</source>
        <translation>You are:</translation>
    </message>
    <message>
        <source>Borgerens navn</source>
        <translation>The citizen&apos;s name</translation>
    </message>
    <message>
        <source>Navnet på den borger, hvis sag du hjælper med</source>
        <translation>The name of the citizen whose case you help with</translation>
    </message>
    <message>
        <source>Bor&amp;gerens navn:</source>
        <translation>Citi&amp;zen&apos;s name:</translation>
    </message>
    <message>
        <source>2 af 3: Dit jobcenter</source>
        <translation>2 of 3: Your jobcentre</translation>
    </message>
    <message>
        <source>Hovedmailen bruges til vigtige breve, fx en anmodning om ny sagsbehandler. Svarfristen er det antal arbejdsdage, kommunen lover at svare inden for.</source>
        <translation>The main email address is used for important letters, e.g. a request for a new caseworker. The reply deadline is the number of working days within which the municipality promises to reply.</translation>
    </message>
    <message>
        <source>fx Søby Kommune, Jobcenter</source>
        <translation>e.g. Søby Municipality, Jobcentre</translation>
    </message>
    <message>
        <source>Kommune eller jobcenter</source>
        <translation>Municipality or jobcentre</translation>
    </message>
    <message>
        <source>Kommunen eller jobcentret, der har sagen</source>
        <translation>The municipality or jobcentre handling the case</translation>
    </message>
    <message>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>fx jobcenter@kommune.dk</source>
        <translation>e.g. jobcenter@kommune.dk</translation>
    </message>
    <message>
        <source>Jobcentrets hovedmail</source>
        <translation>The jobcentre&apos;s main email</translation>
    </message>
    <message>
        <source>Jobcentrets hovedpostkasse; vigtige breve sendes hertil</source>
        <translation>The jobcentre&apos;s main mailbox; important letters are sent here</translation>
    </message>
    <message>
        <source>&amp;Hovedmail:</source>
        <translation>&amp;Main email:</translation>
    </message>
    <message>
        <source> arbejdsdage</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Svarfrist i arbejdsdage</source>
        <translation>Reply deadline in working days</translation>
    </message>
    <message>
        <source>Mange kommuner lover svar inden for 10 arbejdsdage.</source>
        <translation>Many municipalities promise a reply within 10 working days.</translation>
    </message>
    <message>
        <source>S&amp;varfrist:</source>
        <translation>&amp;Reply deadline:</translation>
    </message>
    <message>
        <source>3 af 3: Din sagsbehandler</source>
        <translation>3 of 3: Your caseworker</translation>
    </message>
    <message>
        <source>Så er navn, telefon og telefontid klar, når du skal ringe eller skrive. Kender du det ikke, så lad felterne stå tomme.</source>
        <translation>Then the name, phone number and telephone hours are ready when you need to call or write. If you do not know them, leave the fields empty.</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sagsbehandlerens navn</source>
        <translation>The caseworker&apos;s name</translation>
    </message>
    <message>
        <source>Din sagsbehandlers fulde navn; kan stå tomt</source>
        <translation>Your caseworker&apos;s full name; can be left empty</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>fx 70 12 34 56</source>
        <translation>e.g. 70 12 34 56</translation>
    </message>
    <message>
        <source>Sagsbehandlerens telefon</source>
        <translation>The caseworker&apos;s phone</translation>
    </message>
    <message>
        <source>Nummeret, du ringer til sagsbehandleren på</source>
        <translation>The number you call the caseworker on</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>fx navn@kommune.dk</source>
        <translation>e.g. name@kommune.dk</translation>
    </message>
    <message>
        <source>Sagsbehandlerens e-mail</source>
        <translation>The caseworker&apos;s email</translation>
    </message>
    <message>
        <source>Sagsbehandlerens egen e-mailadresse</source>
        <translation>The caseworker&apos;s own email address</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>fx Man-Tor 09:00-12:00</source>
        <translation>e.g. Mon-Thu 09:00-12:00</translation>
    </message>
    <message>
        <source>Telefontid</source>
        <translation>Telephone hours</translation>
    </message>
    <message>
        <source>De dage og tider sagsbehandleren tager telefonen</source>
        <translation>The days and times the caseworker answers the phone</translation>
    </message>
    <message>
        <source>Te&amp;lefontid:</source>
        <translation>Te&amp;lephone hours:</translation>
    </message>
    <message>
        <source>Fejl</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Åbne aftaler fra møder</source>
        <translation>Open agreements from meetings</translation>
    </message>
    <message>
        <source>Aftaler fra møder, der ikke er udført endnu, med hvem og frist</source>
        <translation>Agreements from meetings not yet done, with who and deadline</translation>
    </message>
    <message>
        <source>Ingen åbne aftaler.</source>
        <translation>No open agreements.</translation>
    </message>
    <message>
        <source>Markér &amp;udført</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <source>Markér valgte aftale som udført</source>
        <translation>Mark the selected agreement as done</translation>
    </message>
    <message>
        <source>Markerer den valgte aftale som udført; den gemmes</source>
        <translation>Marks the selected agreement as done; it is saved</translation>
    </message>
    <message>
        <source>ingen frist</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>⚠ overskredet %1</source>
        <translation>⚠ overdue %1</translation>
    </message>
    <message>
        <source> (lovet af jobcentret)</source>
        <translation> (promised by the jobcentre)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hjælp – Dagbog</source>
        <translation>Help – Dagbog</translation>
    </message>
    <message>
        <source>Emner i hjælpen</source>
        <translation>Help topics</translation>
    </message>
    <message>
        <source>Vælg et emne for at læse om det</source>
        <translation>Choose a topic to read about it</translation>
    </message>
    <message>
        <source>Hjælpetekst</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>Hjælp til det valgte emne, på almindeligt dansk</source>
        <translation>Help on the chosen topic, in plain language</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Luk hjælpen</source>
        <translation>Close the help</translation>
    </message>
    <message>
        <source>Lukker hjælpen (Esc)</source>
        <translation>Closes the help (Esc)</translation>
    </message>
    <message>
        <source>Sådan får du fat i jobcentret</source>
        <translation>How to reach the jobcentre</translation>
    </message>
    <message>
        <source>Tag ét trin ad gangen, og skriv hvert forsøg ind i dagbogen – også når ingen svarer. Så kan du senere vise, hvad du har gjort.</source>
        <translation>Take one step at a time, and write every attempt in the diary – also when nobody answers. Then you can show later what you have done.</translation>
    </message>
    <message>
        <source>1. Ring til din sagsbehandler i telefontiden.</source>
        <translation>1. Call your caseworker during the telephone hours.</translation>
    </message>
    <message>
        <source>2. Skriv en e-mail. Den viser, at du har henvendt dig, og hvad du spurgte om.</source>
        <translation>2. Write an email. It shows that you got in touch, and what you asked about.</translation>
    </message>
    <message>
        <source>3. Kan du ikke få fat i sagsbehandleren, så ring til vagttelefonen.</source>
        <translation>3. If you cannot reach the caseworker, call the duty phone.</translation>
    </message>
    <message>
        <source>4. Bliver det ved med at gå galt, så skriv til afdelingslederen. Det viser også afdelingen, hvor kontakten svigter.</source>
        <translation>4. If it keeps going wrong, write to the head of department. It also shows the department where contact is failing.</translation>
    </message>
    <message>
        <source>5. Er samarbejdet gået i stykker, kan du skriftligt bede om en anden sagsbehandler (se «Ny sagsbehandler»).</source>
        <translation>5. If the cooperation has broken down, you can ask in writing for another caseworker (see “New caseworker”).</translation>
    </message>
    <message>
        <source>Skriv kort, høfligt og sagligt. Det virker bedst.</source>
        <translation>Write briefly, politely and to the point. That works best.</translation>
    </message>
    <message>
        <source>Notér et opkald nu</source>
        <translation>Note a call now</translation>
    </message>
    <message>
        <source>Telefontid</source>
        <translation>Telephone hours</translation>
    </message>
    <message>
        <source>Mange sagsbehandlere kan kun træffes i en fast telefontid, fx mandag til torsdag kl. 9–12. Uden for den tid tager de sjældent telefonen.</source>
        <translation>Many caseworkers can only be reached during fixed telephone hours, e.g. Monday to Thursday 9–12. Outside those hours they rarely answer the phone.</translation>
    </message>
    <message>
        <source>Skriv telefontiden ind ved din sagsbehandler under «Personer». Så viser Dagbog, om der er åbent nu, og hvornår der åbner næste gang.</source>
        <translation>Enter the telephone hours for your caseworker under “People”. Then Dagbog shows whether the line is open now, and when it opens next.</translation>
    </message>
    <message>
        <source>Skriv telefontid ind under Personer</source>
        <translation>Enter telephone hours under People</translation>
    </message>
    <message>
        <source>Hvorfor en e-mail er et godt bevis</source>
        <translation>Why an email is good proof</translation>
    </message>
    <message>
        <source>En telefonsamtale efterlader intet spor hos dig. En e-mail har dato, modtager og din præcise tekst, og du har selv en kopi.</source>
        <translation>A phone call leaves no trace on your side. An email has a date, a recipient and your exact words, and you keep a copy yourself.</translation>
    </message>
    <message>
        <source>Kommunen har pligt til at notere oplysninger, den får over telefonen (notatpligt). Din egen dagbog er dit spejl af det. Efter en vigtig samtale kan du sende en kort e-mail: «Som aftalt i telefonen i dag …».</source>
        <translation>The municipality must write down information it receives over the phone (the duty to take notes). Your own diary is your mirror of that. After an important call you can send a short email: “As agreed on the phone today …”.</translation>
    </message>
    <message>
        <source>Notér en sendt e-mail</source>
        <translation>Note a sent email</translation>
    </message>
    <message>
        <source>Ny sagsbehandler</source>
        <translation>New caseworker</translation>
    </message>
    <message>
        <source>Efter retssikkerhedsloven § 4 skal du kunne medvirke i din egen sag, og kommunen skal tilrettelægge arbejdet, så det er muligt.</source>
        <translation>Under § 4 of the Danish Act on Legal Protection and Administration in Social Matters (retssikkerhedsloven) you must be able to take part in your own case, and the municipality must organise its work so that this is possible.</translation>
    </message>
    <message>
        <source>Vejledningen til loven (punkt 56) siger, at kommunen så vidt muligt bør imødekomme et begrundet ønske om en anden sagsbehandler. Det er ikke et ubetinget krav, og der er ingen fast frist.</source>
        <translation>The guidance to the act (point 56) says that the municipality should, as far as possible, grant a reasoned wish for another caseworker. It is not an unconditional right, and there is no fixed deadline.</translation>
    </message>
    <message>
        <source>Skriv til jobcentrets hovedmail, ikke kun til sagsbehandleren, og forklar kort og sagligt, hvorfor samarbejdet ikke fungerer.</source>
        <translation>Write to the jobcentre&apos;s main email, not only to the caseworker, and explain briefly and to the point why the cooperation is not working.</translation>
    </message>
    <message>
        <source>Skriv anmodning om ny sagsbehandler</source>
        <translation>Write a request for a new caseworker</translation>
    </message>
    <message>
        <source>Aktindsigt</source>
        <translation>Access to records</translation>
    </message>
    <message>
        <source>Efter forvaltningsloven § 9 har du ret til at se papirerne i din egen sag: journalnotater, e-mails og notater fra telefonsamtaler.</source>
        <translation>Under § 9 of the Public Administration Act (forvaltningsloven) you have the right to see the papers in your own case: case notes, emails and notes from phone calls.</translation>
    </message>
    <message>
        <source>Har du ikke fået svar inden 7 arbejdsdage, skal kommunen fortælle dig hvorfor, og hvornår du kan forvente svar (§ 16, stk. 2).</source>
        <translation>If you have not had an answer within 7 working days, the municipality must tell you why, and when you can expect an answer (§ 16(2)).</translation>
    </message>
    <message>
        <source>Skriv anmodning om aktindsigt</source>
        <translation>Write a request for access to records</translation>
    </message>
    <message>
        <source>Klagefrist</source>
        <translation>Deadline for complaints</translation>
    </message>
    <message>
        <source>Er du uenig i en afgørelse, har du 4 uger til at klage fra den dag, du fik den. Fristen slutter på samme ugedag fire uger senere.</source>
        <translation>If you disagree with a decision, you have 4 weeks to complain from the day you received it. The deadline ends on the same weekday four weeks later.</translation>
    </message>
    <message>
        <source>Kommunen ser afgørelsen igennem igen inden for 4 uger. Holder den fast i den, sendes klagen videre til Ankestyrelsen.</source>
        <translation>The municipality reviews the decision again within 4 weeks. If it stands by it, the complaint is sent on to the National Social Appeals Board (Ankestyrelsen).</translation>
    </message>
    <message>
        <source>Notér afgørelsen som et brev, du har fået, så du kan se datoen og fristen senere.</source>
        <translation>Note the decision as a letter you have received, so you can see the date and the deadline later.</translation>
    </message>
    <message>
        <source>Notér et brev jeg har fået</source>
        <translation>Note a letter I have received</translation>
    </message>
    <message>
        <source>Gør det, teksten beskriver, i hovedvinduet</source>
        <translation>Do what the text describes, in the main window</translation>
    </message>
</context>
<context>
    <name>Highlight</name>
    <message>
        <source>⚠ Overskredet (frist %1)</source>
        <translation>⚠ Overdue (due %1)</translation>
    </message>
    <message>
        <source>◔ Frist snart (frist %1)</source>
        <translation>◔ Due soon (due %1)</translation>
    </message>
    <message>
        <source>◷ Afventer svar (frist %1)</source>
        <translation>◷ Awaiting reply (due %1)</translation>
    </message>
    <message>
        <source>1 arbejdsdag</source>
        <translation>1 working day</translation>
    </message>
    <message>
        <source>%1 arbejdsdage</source>
        <translation>%1 working days</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Historik for kontakten</source>
        <translation>History of the contact</translation>
    </message>
    <message>
        <source>Kontaktens versioner</source>
        <translation>The contact&apos;s versions</translation>
    </message>
    <message>
        <source>Hver version af kontakten med tidspunkt, handling og begrundelse; kan ikke ændres</source>
        <translation>Each version of the contact with time, action and reason; cannot be changed</translation>
    </message>
    <message>
        <source>Tidligere versioner gemmes altid og kan ikke ændres. Hver version indgår i dagbogens kontrolsum (fingeraftryk).</source>
        <translation>Earlier versions are always kept and cannot be changed. Every version is part of the diary&apos;s checksum (fingerprint).</translation>
    </message>
    <message>
        <source>Luk historikken</source>
        <translation>Close the history</translation>
    </message>
    <message>
        <source>Lukker vinduet; intet er ændret</source>
        <translation>Closes the window; nothing has been changed</translation>
    </message>
    <message>
        <source>(intet emne)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>«%1», %2. Registreret %3 (registreret senere).</source>
        <translation>“%1”, %2. Recorded %3 (recorded later).</translation>
    </message>
    <message>
        <source>«%1», %2. Registreret %3.</source>
        <translation>“%1”, %2. Recorded %3.</translation>
    </message>
    <message>
        <source>Kontakten er slettet: %1.</source>
        <translation>The contact has been deleted: %1.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <source>(ikke registreret)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>(intet navn angivet)</source>
        <translation>(no name set)</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Hvad blev ændret</source>
        <translation>What was changed</translation>
    </message>
    <message>
        <source>Kontakten blev oprettet</source>
        <translation>The contact was created</translation>
    </message>
    <message>
        <source>Ingen felter ændret</source>
        <translation>No fields changed</translation>
    </message>
    <message>
        <source>Oprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Rettet</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Gendannet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Retning</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Med hvem</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Udfald</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Anmodning</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Svarstatus</source>
        <translation>Reply status</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Besvaret af</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <source>Besvaret</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Svartid (arbejdsdage)</source>
        <translation>Reply time (working days)</translation>
    </message>
    <message>
        <source>Lukket fordi</source>
        <translation>Closed because</translation>
    </message>
    <message>
        <source>Privat</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Slettet fordi</source>
        <translation>Deleted because</translation>
    </message>
    <message>
        <source>Registreret</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(ukendt person)</source>
        <translation>(unknown person)</translation>
    </message>
    <message>
        <source>(ukendt kontakt)</source>
        <translation>(unknown contact)</translation>
    </message>
    <message>
        <source>(intet emne)</source>
        <translation>(no subject)</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Retning</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Med hvem</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ny sagsbehandler fra %1: %2 (før: %3)</source>
        <translation>New caseworker from %1: %2 (before: %3)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Opkald</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Digital post</source>
        <translation>Digital Post</translation>
    </message>
    <message>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Udgående</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Indgående</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Talte med</source>
        <translation>Talked to</translation>
    </message>
    <message>
        <source>Intet svar</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Lagt besked</source>
        <translation>Left a message</translation>
    </message>
    <message>
        <source>Optaget</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Henvist videre</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Intet svar forventet</source>
        <translation>No reply expected</translation>
    </message>
    <message>
        <source>Afventer svar</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <source>Besvaret</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Almindelig henvendelse</source>
        <translation>Ordinary request</translation>
    </message>
    <message>
        <source>Anmodning om aktindsigt</source>
        <translation>Request for access to records</translation>
    </message>
    <message>
        <source>Klage</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Anmodning om ny sagsbehandler</source>
        <translation>Request for a new caseworker</translation>
    </message>
    <message>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Vagttelefon</source>
        <translation>Duty phone</translation>
    </message>
    <message>
        <source>Afdelingsleder</source>
        <translation>Head of department</translation>
    </message>
    <message>
        <source>Bisidder</source>
        <translation>Support person</translation>
    </message>
    <message>
        <source>Partsrepræsentant</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Fagforening / a-kasse</source>
        <translation>Trade union / unemployment fund</translation>
    </message>
    <message>
        <source>Borgerrådgiver</source>
        <translation>Citizens&apos; adviser</translation>
    </message>
    <message>
        <source>%1 kl. %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>⚠ Overskredet (frist %1)</source>
        <translation>⚠ Overdue (due %1)</translation>
    </message>
    <message>
        <source>Afventer svar (frist %1)</source>
        <translation>Awaiting reply (due %1)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Opfølgning på ubesvarede henvendelser</source>
        <translation>Follow-up on unanswered requests</translation>
    </message>
    <message>
        <source>Anmodning om ny sagsbehandler</source>
        <translation>Request for a new caseworker</translation>
    </message>
    <message>
        <source>Anmodning om aktindsigt</source>
        <translation>Request for access to records</translation>
    </message>
    <message>
        <source>Henvendelse til afdelingslederen</source>
        <translation>Letter to the head of department</translation>
    </message>
    <message>
        <source>Referat af møde</source>
        <translation>Minutes of a meeting</translation>
    </message>
    <message>
        <source>Fuldmagt til partsrepræsentant</source>
        <translation>Power of attorney for a representative</translation>
    </message>
    <message>
        <source>Udkastet er skrevet ud fra din log. Læs det igennem og ret det til, før du sender det.</source>
        <translation>The draft is written from your log. Read it through and adjust it before you send it.</translation>
    </message>
    <message>
        <source>Mødet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>Vælg det møde, referatet handler om; udkastet skrives om</source>
        <translation>Choose the meeting the minutes are about; the draft is rewritten</translation>
    </message>
    <message>
        <source>&amp;Møde:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>Modtager</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>E-mailadressen brevet sendes til</source>
        <translation>The email address the letter is sent to</translation>
    </message>
    <message>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Brevets emnelinje</source>
        <translation>The letter&apos;s subject line</translation>
    </message>
    <message>
        <source>&amp;Emne:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Hvorfor du beder om en ny sagsbehandler; teksten sættes ind i brevet</source>
        <translation>Why you ask for a new caseworker; the text is put into the letter</translation>
    </message>
    <message>
        <source>Hvorfor fungerer samarbejdet ikke? Skriv kort, sagligt og høfligt.</source>
        <translation>Why is the cooperation not working? Write briefly, to the point and politely.</translation>
    </message>
    <message>
        <source>&amp;Begrundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Brevets tekst</source>
        <translation>Text of the letter</translation>
    </message>
    <message>
        <source>Udkastet skrevet ud fra din log; ret det til, før du sender det</source>
        <translation>The draft written from your log; adjust it before you send it</translation>
    </message>
    <message>
        <source>&amp;Kopiér</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Kopiér emne og tekst, fx til en webmail</source>
        <translation>Copy the subject and text, e.g. into a webmail</translation>
    </message>
    <message>
        <source>&amp;Åbn i mailprogram</source>
        <translation>&amp;Open in email program</translation>
    </message>
    <message>
        <source>Gem som &amp;PDF …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <source>&amp;Log som sendt</source>
        <translation>&amp;Log as sent</translation>
    </message>
    <message>
        <source>Registrér brevet som en udgående e-mail, der afventer svar</source>
        <translation>Record the letter as an outgoing email awaiting a reply</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kopiér brevet</source>
        <translation>Copy the letter</translation>
    </message>
    <message>
        <source>Kopierer emne og tekst, så du kan sætte dem ind i fx en webmail</source>
        <translation>Copies the subject and text so you can paste them into e.g. a webmail</translation>
    </message>
    <message>
        <source>Åbn brevet i mailprogrammet</source>
        <translation>Open the letter in the email program</translation>
    </message>
    <message>
        <source>Åbner en ny e-mail med modtager, emne og tekst udfyldt</source>
        <translation>Opens a new email with recipient, subject and text filled in</translation>
    </message>
    <message>
        <source>Gemmer brevet som en PDF-fil, du vælger placeringen af</source>
        <translation>Saves the letter as a PDF file in a place you choose</translation>
    </message>
    <message>
        <source>Log brevet som sendt</source>
        <translation>Log the letter as sent</translation>
    </message>
    <message>
        <source>Registrerer brevet som en udgående e-mail, der afventer svar</source>
        <translation>Records the letter as an outgoing email awaiting a reply</translation>
    </message>
    <message>
        <source>Luk brevet</source>
        <translation>Close the letter</translation>
    </message>
    <message>
        <source>Lukker vinduet; brevet gemmes ikke</source>
        <translation>Closes the window; the letter is not saved</translation>
    </message>
    <message>
        <source>Når du har sendt brevet, kan det logges som afventer svar med frist %1.</source>
        <translation>When you have sent the letter, it can be logged as awaiting a reply with the deadline %1.</translation>
    </message>
    <message>
        <source>Fuldmagten skal underskrives. Gem den som PDF og send den til jobcentret.</source>
        <translation>The power of attorney must be signed. Save it as a PDF and send it to the jobcentre.</translation>
    </message>
    <message>
        <source>Emne og tekst er kopieret.</source>
        <translation>The subject and text have been copied.</translation>
    </message>
    <message>
        <source>Har du sendt brevet? Så log det nu som en udgående e-mail, der afventer svar senest %1.</source>
        <translation>Have you sent the letter? Then log it now as an outgoing email awaiting a reply by %1.</translation>
    </message>
    <message>
        <source>Har du sendt brevet? Så log det nu som en udgående e-mail.</source>
        <translation>Have you sent the letter? Then log it now as an outgoing email.</translation>
    </message>
    <message>
        <source>Log brevet</source>
        <translation>Log the letter</translation>
    </message>
    <message>
        <source>Brevet er ikke logget</source>
        <translation>The letter was not logged</translation>
    </message>
    <message>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Luk brevet?</source>
        <translation>Close the letter?</translation>
    </message>
    <message>
        <source>Du har skrevet i brevet, og det er hverken sendt, kopieret eller gemt. Lukker du nu, går det, du har skrevet, tabt.</source>
        <translation>You have written in the letter, and it has not been sent, copied or saved. If you close it now, what you wrote is lost.</translation>
    </message>
    <message>
        <source>&amp;Luk og kassér brevet</source>
        <translation>&amp;Close and discard the letter</translation>
    </message>
    <message>
        <source>&amp;Fortsæt med brevet</source>
        <translation>&amp;Keep working on the letter</translation>
    </message>
    <message>
        <source>Gem brevet som PDF</source>
        <translation>Save the letter as a PDF</translation>
    </message>
    <message>
        <source>Mailprogrammet kunne ikke åbnes: der er ikke sat et mailprogram op på computeren. Brug «Kopiér» og sæt teksten ind i din webmail i stedet.</source>
        <translation>The email program could not be opened: no email program is set up on this computer. Use “Copy” and paste the text into your webmail instead.</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>PDF&apos;en er ikke gemt</source>
        <translation>The PDF was not saved</translation>
    </message>
    <message>
        <source>Brevet er gemt som %1.</source>
        <translation>The letter is saved as %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dagbog</source>
        <translation>Dagbog</translation>
    </message>
    <message>
        <source>Antal kontakter</source>
        <translation>Number of contacts</translation>
    </message>
    <message>
        <source>Nyt &amp;opkald</source>
        <translation>New &amp;call</translation>
    </message>
    <message>
        <source>Ny &amp;e-mail</source>
        <translation>New &amp;email</translation>
    </message>
    <message>
        <source>Nyt &amp;møde</source>
        <translation>New &amp;meeting</translation>
    </message>
    <message>
        <source>Nyt &amp;brev</source>
        <translation>New &amp;letter</translation>
    </message>
    <message>
        <source>&amp;Anden kontakt …</source>
        <translation>&amp;Other contact …</translation>
    </message>
    <message>
        <source>&amp;Fået et brev</source>
        <translation>&amp;Received a letter</translation>
    </message>
    <message>
        <source>Jeg har fået et brev</source>
        <translation>I have received a letter</translation>
    </message>
    <message>
        <source>Jeg har ringet (Ctrl+1): tid, sagsbehandler og udgående er udfyldt</source>
        <translation>I have called (Ctrl+1): time, caseworker and outgoing are filled in</translation>
    </message>
    <message>
        <source>Jeg har sendt en e-mail (Ctrl+2): afventer svar er sat</source>
        <translation>I have sent an email (Ctrl+2): awaiting reply is set</translation>
    </message>
    <message>
        <source>&amp;Fortryd sidste gemte kontakt</source>
        <translation>&amp;Undo the last saved contact</translation>
    </message>
    <message>
        <source>Fortryd den kontakt du sidst gemte; den gemmes i historikken</source>
        <translation>Undo the contact you saved last; it is kept in the history</translation>
    </message>
    <message>
        <source>&amp;Ret valgte kontakt …</source>
        <translation>&amp;Edit selected contact …</translation>
    </message>
    <message>
        <source>&amp;Slet valgte kontakt …</source>
        <translation>&amp;Delete selected contact …</translation>
    </message>
    <message>
        <source>&amp;Ny sag …</source>
        <translation>&amp;New case …</translation>
    </message>
    <message>
        <source>&amp;Ret eller omdøb sag …</source>
        <translation>&amp;Edit or rename case …</translation>
    </message>
    <message>
        <source>Ret sagens navn, kommune, e-mail og svarfrist</source>
        <translation>Edit the case&apos;s name, municipality, email and reply deadline</translation>
    </message>
    <message>
        <source>&amp;Personer …</source>
        <translation>&amp;People …</translation>
    </message>
    <message>
        <source>&amp;Eksportér PDF …</source>
        <translation>&amp;Export PDF …</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Hurtige handlinger</source>
        <translation>Quick actions</translation>
    </message>
    <message>
        <source>Sa&amp;g:</source>
        <translation>Ca&amp;se:</translation>
    </message>
    <message>
        <source>Vælg sag</source>
        <translation>Choose case</translation>
    </message>
    <message>
        <source>Sagen, journalen og kalenderen viser</source>
        <translation>The case the journal and calendar show</translation>
    </message>
    <message>
        <source>&amp;Sag</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Kontakt</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>Forklaring til kalenderen</source>
        <translation>Calendar legend</translation>
    </message>
    <message>
        <source>&amp;I dag</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Gå til i dag i kalenderen</source>
        <translation>Go to today in the calendar</translation>
    </message>
    <message>
        <source>Viser dagens dato i kalenderen og dagens kontakter</source>
        <translation>Shows today&apos;s date in the calendar and today&apos;s contacts</translation>
    </message>
    <message>
        <source>Om sagen</source>
        <translation>About the case</translation>
    </message>
    <message>
        <source>&amp;Vis alle</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <source>Kun valgt &amp;dag</source>
        <translation>Selected &amp;day only</translation>
    </message>
    <message>
        <source>Afventer s&amp;var</source>
        <translation>Awaiting re&amp;ply</translation>
    </message>
    <message>
        <source>Vis alle kontakter</source>
        <translation>Show all contacts</translation>
    </message>
    <message>
        <source>Journalen viser alle sagens kontakter</source>
        <translation>The journal shows all the case&apos;s contacts</translation>
    </message>
    <message>
        <source>Vis kun kontakter på den valgte dag</source>
        <translation>Show only contacts on the selected day</translation>
    </message>
    <message>
        <source>Journalen viser kun kontakterne på dagen, der er valgt i kalenderen</source>
        <translation>The journal shows only the contacts on the day selected in the calendar</translation>
    </message>
    <message>
        <source>Vis kun kontakter der afventer svar</source>
        <translation>Show only contacts awaiting a reply</translation>
    </message>
    <message>
        <source>Journalen viser kun henvendelser, jobcentret ikke har svaret på</source>
        <translation>The journal shows only requests the jobcentre has not answered</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Sagens kontakter, nyeste først, med status i tekst; Enter retter den valgte, Delete sletter den med en begrundelse</source>
        <translation>The case&apos;s contacts, newest first, with the status in words; Enter edits the selected one, Delete deletes it with a reason</translation>
    </message>
    <message>
        <source>Den valgte kontakt</source>
        <translation>The selected contact</translation>
    </message>
    <message>
        <source>Alle oplysninger om kontakten, der er valgt i journalen</source>
        <translation>All details of the contact selected in the journal</translation>
    </message>
    <message>
        <source>%1 – Dagbog</source>
        <translation>%1 – Dagbog</translation>
    </message>
    <message>
        <source>PDF&apos;en er gemt i %s</source>
        <translation>The PDF is saved in %s</translation>
    </message>
    <message>
        <source>Ingen sag valgt</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>1 kontakt</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>%1 kontakter</source>
        <translation>%1 contacts</translation>
    </message>
    <message>
        <source>%1 afventer svar</source>
        <translation>%1 awaiting reply</translation>
    </message>
    <message>
        <source>Kontakter der afventer svar, nyeste først</source>
        <translation>Contacts awaiting a reply, newest first</translation>
    </message>
    <message>
        <source>%1 i sagen</source>
        <translation>%1 in the case</translation>
    </message>
    <message>
        <source>Alle kontakter, nyeste først</source>
        <translation>All contacts, newest first</translation>
    </message>
    <message>
        <source>%1 den %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Kontakter den %1</source>
        <translation>Contacts on %1</translation>
    </message>
    <message>
        <source>Opret først en sag (Sag → Ny sag).</source>
        <translation>First create a case (Case → New case).</translation>
    </message>
    <message>
        <source>%1 gemt. Ctrl+Z fortryder.</source>
        <translation>%1 saved. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Fortrudt: %1 er fjernet fra journalen og gemt i historikken.</source>
        <translation>Undone: %1 has been removed from the journal and kept in the history.</translation>
    </message>
    <message>
        <source>Kontakten er ikke slettet</source>
        <translation>The contact was not deleted</translation>
    </message>
    <message>
        <source>(intet emne)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Slet kontakt</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>Kontakten «%1» skjules i journalen, men gemmes med sin historik.
Skriv hvorfor den slettes:</source>
        <translation>The contact “%1” is hidden in the journal, but kept with its history.
Write why it is deleted:</translation>
    </message>
    <message>
        <source>&amp;Indstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <source>Tekststørrelse, farver og sprog</source>
        <translation>Text size, colours and language</translation>
    </message>
    <message>
        <source>&amp;Hjælp …</source>
        <translation>&amp;Help …</translation>
    </message>
    <message>
        <source>Hjælp på almindeligt dansk</source>
        <translation>Help in plain language</translation>
    </message>
    <message>
        <source>Prøv med &amp;eksempeldata</source>
        <translation>Try with &amp;example data</translation>
    </message>
    <message>
        <source>Åbn en eksempelsag i en midlertidig fil; din egen dagbog røres ikke</source>
        <translation>Open an example case in a temporary file; your own diary is not touched</translation>
    </message>
    <message>
        <source>&amp;Tilbage til min egen dagbog</source>
        <translation>&amp;Back to my own diary</translation>
    </message>
    <message>
        <source>&amp;Indstillinger</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Eksempeldata i en midlertidig fil – din egen dagbog er ikke ændret</source>
        <translation>Example data in a temporary file – your own diary has not been changed</translation>
    </message>
    <message>
        <source>Eksempeldata</source>
        <translation>Example data</translation>
    </message>
    <message>
        <source>●  kontakt     ◆  møde     ◤  aftale     △  svarfrist     ▲  overskredet</source>
        <translation>●  contact     ◆  meeting     ◤  agreed action     △  due     ▲  overdue</translation>
    </message>
    <message>
        <source>Det kan ikke gøres lige nu. Vælg eller opret først en sag.</source>
        <translation>That cannot be done right now. First choose or create a case.</translation>
    </message>
    <message>
        <source>Afventer svar</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <source>&amp;Afventer svar</source>
        <translation>&amp;Awaiting reply</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Henvendelser der afventer svar</source>
        <translation>Requests awaiting a reply</translation>
    </message>
    <message>
        <source>Ingen afventer svar</source>
        <translation>None awaiting reply</translation>
    </message>
    <message>
        <source>◷ %1 afventer svar</source>
        <translation>◷ %1 awaiting reply</translation>
    </message>
    <message>
        <source> · ⚠ %1 over fristen</source>
        <translation> · ⚠ %1 past the deadline</translation>
    </message>
    <message>
        <source> · ✗ %1 opkald uden svar</source>
        <translation> · ✗ unanswered calls: %1</translation>
    </message>
    <message>
        <source>Bemærk: %1s telefontid er lukket nu; %2.</source>
        <translation>Note: %1&apos;s telephone hours are closed now; %2.</translation>
    </message>
    <message>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>%1 fra %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>Sagsbehandlerskift: %1</source>
        <translation>Change of caseworker: %1</translation>
    </message>
    <message>
        <source>Vagttelefon</source>
        <translation>Duty phone</translation>
    </message>
    <message>
        <source>Svarfrist: %1 arbejdsdage</source>
        <translation>Reply deadline: %1 working days</translation>
    </message>
    <message>
        <source>Telefontid: %1</source>
        <translation>Telephone hours: %1</translation>
    </message>
    <message>
        <source>Åben nu</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>i morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>Lukket nu; åbner %1 kl. %2</source>
        <translation>Closed now; opens %1 at %2</translation>
    </message>
    <message>
        <source>Ingen kontakter her endnu. Brug «Nyt opkald» (Ctrl+1), «Ny e-mail» (Ctrl+2), «Nyt møde» (Ctrl+3) eller «Nyt brev» (Ctrl+4).</source>
        <translation>No contacts here yet. Use “New call” (Ctrl+1), “New email” (Ctrl+2), “New meeting” (Ctrl+3) or “New letter” (Ctrl+4).</translation>
    </message>
    <message>
        <source>Vælg en kontakt i listen for at se den her.</source>
        <translation>Select a contact in the list to see it here.</translation>
    </message>
    <message>
        <source>Sagsbehandler dengang</source>
        <translation>Caseworker at the time</translation>
    </message>
    <message>
        <source>Sagsbehandler nu</source>
        <translation>Caseworker now</translation>
    </message>
    <message>
        <source>Første skridt: opret din sag</source>
        <translation>First step: create your case</translation>
    </message>
    <message>
        <source>En sag samler dine kontakter med jobcentret. Den skal kun have en titel; resten kan du udfylde senere.</source>
        <translation>A case gathers your contacts with the jobcentre. It only needs a title; you can fill in the rest later.</translation>
    </message>
    <message>
        <source>Opret en sag med «Ny sag» (Ctrl+N)</source>
        <translation>Create a case with “New case” (Ctrl+N)</translation>
    </message>
    <message>
        <source>eller prøv med eksempeldata</source>
        <translation>or try with example data</translation>
    </message>
    <message>
        <source>Første skridt: skriv din seneste kontakt ind</source>
        <translation>First step: enter your latest contact</translation>
    </message>
    <message>
        <source>Tænk på den seneste gang du ringede, skrev eller fik et brev fra jobcentret. Tidspunkt og sagsbehandler er udfyldt på forhånd; ret dem hvis det var før.</source>
        <translation>Think of the last time you called, wrote to or got a letter from the jobcentre. The time and caseworker are filled in already; change them if it was earlier.</translation>
    </message>
    <message>
        <source>Jeg har ringet (Ctrl+1)</source>
        <translation>I have called (Ctrl+1)</translation>
    </message>
    <message>
        <source>Jeg har sendt en e-mail (Ctrl+2)</source>
        <translation>I have sent an email (Ctrl+2)</translation>
    </message>
    <message>
        <source>Jeg har fået et brev (Ctrl+6)</source>
        <translation>I have received a letter (Ctrl+6)</translation>
    </message>
    <message>
        <source>Med hvem</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Udfald</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Privat</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Ja, kun til mig selv</source>
        <translation>Yes, only for myself</translation>
    </message>
    <message>
        <source>(registreret senere)</source>
        <translation>(recorded later)</translation>
    </message>
    <message>
        <source>Registreret</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Besvaret af</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <source>Oprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Rettet</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Gendannet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Møde: %1 – %2</source>
        <translation>Meeting: %1 – %2</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Alt gemmes automatisk</source>
        <translation>Everything is saved automatically</translation>
    </message>
    <message>
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Fortæller, om det du har skrevet, er gemt</source>
        <translation>Tells you whether what you have written is saved</translation>
    </message>
    <message>
        <source>Afslut &amp;møde</source>
        <translation>End &amp;meeting</translation>
    </message>
    <message>
        <source>Afslut møde</source>
        <translation>End meeting</translation>
    </message>
    <message>
        <source>Gemmer alt og skriver referatet ind i mødet i journalen</source>
        <translation>Saves everything and writes the minutes into the meeting in the journal</translation>
    </message>
    <message>
        <source>Referat som &amp;brev …</source>
        <translation>Minutes as a &amp;letter …</translation>
    </message>
    <message>
        <source>Referat som brev</source>
        <translation>Minutes as a letter</translation>
    </message>
    <message>
        <source>Viser referatet som et brevudkast, du kan kopiere eller sende som e-mail</source>
        <translation>Shows the minutes as a draft letter you can copy or send as an email</translation>
    </message>
    <message>
        <source>Mødereferat som &amp;PDF …</source>
        <translation>Minutes as a &amp;PDF …</translation>
    </message>
    <message>
        <source>Mødereferat som PDF</source>
        <translation>Minutes as a PDF</translation>
    </message>
    <message>
        <source>Gemmer et mødereferat på én side som PDF-fil</source>
        <translation>Saves one-page minutes of the meeting as a PDF file</translation>
    </message>
    <message>
        <source>Planer og &amp;aftaler …</source>
        <translation>Plans and &amp;agreements …</translation>
    </message>
    <message>
        <source>Opdatér jobplanen eller en anden aftale; den gamle version gemmes</source>
        <translation>Update the job plan or another agreement; the old version is kept</translation>
    </message>
    <message>
        <source>Planer og aftaler</source>
        <translation>Plans and agreements</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Dem, der deltager i mødet</source>
        <translation>The people taking part in the meeting</translation>
    </message>
    <message>
        <source>Deltagerens navn</source>
        <translation>The participant&apos;s name</translation>
    </message>
    <message>
        <source>Vælg en person fra sagen, eller skriv et nyt navn</source>
        <translation>Choose a person from the case, or type a new name</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Deltagerens rolle</source>
        <translation>The participant&apos;s role</translation>
    </message>
    <message>
        <source>Fx borger, bisidder eller sagsbehandler; Enter tilføjer deltageren</source>
        <translation>E.g. citizen, support person or caseworker; Enter adds the participant</translation>
    </message>
    <message>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Bisidder</source>
        <translation>Support person</translation>
    </message>
    <message>
        <source>Partsrepræsentant</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Afdelingsleder</source>
        <translation>Head of department</translation>
    </message>
    <message>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Tilføj deltager</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Tilføjer navn og rolle til deltagerne</source>
        <translation>Adds the name and role to the participants</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern valgte deltager</source>
        <translation>Remove the selected participant</translation>
    </message>
    <message>
        <source>Fjerner den valgte deltager fra listen</source>
        <translation>Removes the selected participant from the list</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Dagsorden; afkryds behandlede punkter</source>
        <translation>Agenda; tick the items dealt with</translation>
    </message>
    <message>
        <source>Mellemrum afkrydser det valgte punkt som behandlet</source>
        <translation>Space ticks the selected item as dealt with</translation>
    </message>
    <message>
        <source>Nyt punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Nyt dagsordenspunkt</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>Enter tilføjer punktet til dagsordenen</source>
        <translation>Enter adds the item to the agenda</translation>
    </message>
    <message>
        <source>Tilføj dagsordenspunkt</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Tilføjer det skrevne punkt til dagsordenen</source>
        <translation>Adds the typed item to the agenda</translation>
    </message>
    <message>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Noter med tidsstempel</source>
        <translation>Notes with time stamps</translation>
    </message>
    <message>
        <source>Mødets gemte noter med klokkeslæt, ældste først</source>
        <translation>The meeting&apos;s saved notes with times, oldest first</translation>
    </message>
    <message>
        <source>Ny note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Gemmes løbende; Ctrl+Enter gemmer noten med klokkeslæt og starter en ny</source>
        <translation>Saved as you go; Ctrl+Enter saves the note with the time and starts a new one</translation>
    </message>
    <message>
        <source>Skriv en note … Ctrl+Enter gemmer den med klokkeslæt og starter en ny.</source>
        <translation>Write a note … Ctrl+Enter saves it with the time and starts a new one.</translation>
    </message>
    <message>
        <source>Gem note (Ctrl+Enter)</source>
        <translation>Save note (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Gem note med tidsstempel</source>
        <translation>Save note with a time stamp</translation>
    </message>
    <message>
        <source>Gemmer noten med klokkeslæt og starter en ny (Ctrl+Enter)</source>
        <translation>Saves the note with the time and starts a new one (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Aftaler: hvem gør hvad hvornår</source>
        <translation>Agreements: who does what, when</translation>
    </message>
    <message>
        <source>Aftalte handlinger</source>
        <translation>Agreed actions</translation>
    </message>
    <message>
        <source>Hvem gør hvad hvornår; mellemrum i kolonnen Udført markerer en aftale udført</source>
        <translation>Who does what, when; Space in the Done column marks an agreement as done</translation>
    </message>
    <message>
        <source>Udført</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hvem skal gøre det, der er aftalt</source>
        <translation>Who is to do what was agreed</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Hvad der er aftalt; Enter tilføjer aftalen</source>
        <translation>What was agreed; Enter adds the agreement</translation>
    </message>
    <message>
        <source>Hvad er aftalt</source>
        <translation>What is agreed</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Hvornår aftalen skal være udført</source>
        <translation>When the agreement must be done</translation>
    </message>
    <message>
        <source>Lovet af jobcentret</source>
        <translation>Promised by the jobcentre</translation>
    </message>
    <message>
        <source>Følges som en henvendelse, der afventer svar, indtil den er udført</source>
        <translation>Followed as a request awaiting a reply until it is done</translation>
    </message>
    <message>
        <source>Tilføj aftale</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Tilføjer aftalen til listen og til kalenderen</source>
        <translation>Adds the agreement to the list and to the calendar</translation>
    </message>
    <message>
        <source>&amp;Frist:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>Jobcentret</source>
        <translation>The jobcentre</translation>
    </message>
    <message>
        <source>Ingen noter endnu. Skriv nedenfor; hver note får klokkeslættet for, hvornår du begyndte at skrive den.</source>
        <translation>No notes yet. Write below; each note gets the time at which you started writing it.</translation>
    </message>
    <message>
        <source>Noten er ikke gemt: %1</source>
        <translation>The note was not saved: %1</translation>
    </message>
    <message>
        <source>Noten er gemt kl. %1</source>
        <translation>The note was saved at %1</translation>
    </message>
    <message>
        <source>Note gemt kl. %1</source>
        <translation>Note saved at %1</translation>
    </message>
    <message>
        <source>Den påbegyndte note er hentet tilbage</source>
        <translation>The unfinished note has been brought back</translation>
    </message>
    <message>
        <source>Mødet kunne ikke afsluttes</source>
        <translation>The meeting could not be ended</translation>
    </message>
    <message>
        <source>Mødet er afsluttet og gemt</source>
        <translation>The meeting has been ended and saved</translation>
    </message>
    <message>
        <source>Afslut &amp;møde igen</source>
        <translation>End &amp;meeting again</translation>
    </message>
    <message>
        <source>Referatet er skrevet ind i mødet i journalen. Send det gerne til sagsbehandleren, så I er enige om, hvad der blev aftalt.</source>
        <translation>The minutes have been written into the meeting in the journal. Feel free to send them to the caseworker, so you agree on what was decided.</translation>
    </message>
    <message>
        <source>Noterne gemmes, mens du skriver. Ctrl+Enter gemmer en note.</source>
        <translation>The notes are saved while you type. Ctrl+Enter saves a note.</translation>
    </message>
    <message>
        <source>Gem mødereferat som PDF</source>
        <translation>Save the minutes as a PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>PDF&apos;en kunne ikke gemmes</source>
        <translation>The PDF could not be saved</translation>
    </message>
    <message>
        <source>Mødereferatet er gemt som %1</source>
        <translation>The minutes are saved as %1</translation>
    </message>
    <message>
        <source>Kan ikke gemme</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>MinutesLetterDialog</name>
    <message>
        <source>Referat af mødet</source>
        <translation>Minutes of the meeting</translation>
    </message>
    <message>
        <source>Til: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Referatbrevets emnelinje</source>
        <translation>The subject line of the minutes letter</translation>
    </message>
    <message>
        <source>Brevets tekst</source>
        <translation>Text of the letter</translation>
    </message>
    <message>
        <source>Referatet som brev; ret det til, før du sender det</source>
        <translation>The minutes as a letter; adjust it before you send it</translation>
    </message>
    <message>
        <source>&amp;Kopiér tekst</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>Kopiér referatbrevet</source>
        <translation>Copy the minutes letter</translation>
    </message>
    <message>
        <source>Kopierer emne og tekst, så du kan sætte dem ind i fx en webmail</source>
        <translation>Copies the subject and text so you can paste them into e.g. a webmail</translation>
    </message>
    <message>
        <source>Åbn i &amp;mailprogram</source>
        <translation>Open in &amp;email program</translation>
    </message>
    <message>
        <source>Åbn referatbrevet i mailprogrammet</source>
        <translation>Open the minutes letter in the email program</translation>
    </message>
    <message>
        <source>Åbner en ny e-mail med modtager, emne og tekst udfyldt</source>
        <translation>Opens a new email with recipient, subject and text filled in</translation>
    </message>
    <message>
        <source>Luk referatbrevet</source>
        <translation>Close the minutes letter</translation>
    </message>
    <message>
        <source>Lukker vinduet; referatet står allerede i mødet i journalen</source>
        <translation>Closes the window; the minutes are already in the meeting in the journal</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>én gang</source>
        <translation>once</translation>
    </message>
    <message>
        <source>{n} gange</source>
        <translation>{n} times</translation>
    </message>
    <message>
        <source>{reason} {action}; {hours}.</source>
        <translation>{reason} {action}; {hours}.</translation>
    </message>
    <message>
        <source>{reason} {action}.</source>
        <translation>{reason} {action}.</translation>
    </message>
    <message>
        <source>din sagsbehandler</source>
        <translation>your caseworker</translation>
    </message>
    <message>
        <source>Du bad om en ny sagsbehandler den {asked} og har ikke fået svar inden fristen. Kontakt kommunens borgerrådgiver, hvis kommunen har en, og fortæl, at kontakten med jobcentret svigter.</source>
        <translation>You asked for a new caseworker on {asked} and have had no reply within the deadline. Contact the municipality&apos;s citizens&apos; adviser, if there is one, and explain that contact with the jobcentre is failing.</translation>
    </message>
    <message>
        <source>din anmodning om en ny sagsbehandler</source>
        <translation>your request for a new caseworker</translation>
    </message>
    <message>
        <source> til {email}</source>
        <translation> to {email}</translation>
    </message>
    <message>
        <source>Afdelingslederen har ikke svaret på din henvendelse fra {sent}. Bed skriftligt{where} om en anden sagsbehandler, og skriv kort hvorfor.</source>
        <translation>The head of department has not answered your request of {sent}. Ask in writing{where} for another caseworker, and say briefly why.</translation>
    </message>
    <message>
        <source>din henvendelse til afdelingslederen {name}</source>
        <translation>your request to the head of department {name}</translation>
    </message>
    <message>
        <source> Kommer der ikke svar, så bed skriftligt om en anden sagsbehandler.</source>
        <translation> If no reply comes, ask in writing for another caseworker.</translation>
    </message>
    <message>
        <source>Du kontaktede vagttelefonen den {called}, men har stadig ikke hørt fra {cw}. Skriv til afdelingslederen{head}, så afdelingen ved, at kontakten svigter.</source>
        <translation>You contacted the duty phone on {called}, but have still not heard from {cw}. Write to the head of department{head}, so the department knows that contact is failing.</translation>
    </message>
    <message>
        <source>Du kontaktede vagttelefonen den {called}. Giv {cw} et par dage til at vende tilbage, og skriv ellers til afdelingslederen{head}.</source>
        <translation>You contacted the duty phone on {called}. Give {cw} a few days to get back to you, and otherwise write to the head of department{head}.</translation>
    </message>
    <message>
        <source> på {phone}</source>
        <translation> on {phone}</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>henvendelse</source>
        <translation>request</translation>
    </message>
    <message>
        <source>Din {kind} til {cw} fra {sent} er ikke besvaret inden fristen.</source>
        <translation>Your {kind} to {cw} of {sent} has not been answered within the deadline.</translation>
    </message>
    <message>
        <source>Din {kind} til {cw} fra {sent} er ikke besvaret.</source>
        <translation>Your {kind} to {cw} of {sent} has not been answered.</translation>
    </message>
    <message>
        <source>Ring til vagttelefonen{phone}, og notér at du har gjort det</source>
        <translation>Call the duty phone{phone}, and note that you have done so</translation>
    </message>
    <message>
        <source>din henvendelse til {cw}</source>
        <translation>your request to {cw}</translation>
    </message>
    <message>
        <source> Du kan stadig ringe til {cw} i telefontiden.</source>
        <translation> You can still call {cw} during the telephone hours.</translation>
    </message>
    <message>
        <source>Du har ringet {times} uden svar siden {since}. Skriv en e-mail til {cw}, så har du dokumentation.</source>
        <translation>You have called {times} without an answer since {since}. Write an email to {cw}, so you have it in writing.</translation>
    </message>
    <message>
        <source>Du ringede til {cw} den {called} uden at få svar.</source>
        <translation>You called {cw} on {called} without getting an answer.</translation>
    </message>
    <message>
        <source>Ring igen</source>
        <translation>Call again</translation>
    </message>
    <message>
        <source>Din henvendelse fra {sent} har ventet {days} arbejdsdage og er over fristen.</source>
        <translation>Your request of {sent} has waited {days} working days and is past the deadline.</translation>
    </message>
    <message>
        <source>Ring til {cw}</source>
        <translation>Call {cw}</translation>
    </message>
    <message>
        <source>én henvendelse</source>
        <translation>one request</translation>
    </message>
    <message>
        <source>{n} henvendelser</source>
        <translation>{n} requests</translation>
    </message>
    <message>
        <source>Du venter på svar på {what}, og første frist er {due}. Der er ikke noget at gøre endnu.</source>
        <translation>You are waiting for a reply to {what}, and the first deadline is {due}. There is nothing to do yet.</translation>
    </message>
    <message>
        <source>Alle dine henvendelser er besvaret. Der er ikke noget, du skal gøre lige nu.</source>
        <translation>All your requests have been answered. There is nothing you need to do right now.</translation>
    </message>
    <message>
        <source>Du sendte {what} den {sent}, og fristen for svar er {due}.{then}</source>
        <translation>You sent {what} on {sent}, and the deadline for a reply is {due}.{then}</translation>
    </message>
</context>
<context>
    <name>NextStepBanner</name>
    <message>
        <source>Overblik og næste skridt</source>
        <translation>Overview and next step</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Se &amp;listen</source>
        <translation>See the &amp;list</translation>
    </message>
    <message>
        <source>Vis henvendelser der afventer svar</source>
        <translation>Show requests awaiting a reply</translation>
    </message>
    <message>
        <source>Viser listen over henvendelser, der afventer svar</source>
        <translation>Shows the list of requests awaiting a reply</translation>
    </message>
    <message>
        <source>Skriv brevet</source>
        <translation>Write the letter</translation>
    </message>
    <message>
        <source>Åbner et udkast skrevet ud fra loggen; du kan rette det, før du sender det</source>
        <translation>Opens a draft written from the log; you can edit it before you send it</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Luk overblikket</source>
        <translation>Close the overview</translation>
    </message>
    <message>
        <source>Skjuler overblikket; henvendelserne følges stadig i fanen Afventer svar</source>
        <translation>Hides the overview; the requests are still followed in the Awaiting reply tab</translation>
    </message>
    <message>
        <source>%1 opkald uden svar.</source>
        <translation>Unanswered calls: %1.</translation>
    </message>
    <message>
        <source>Ingen henvendelser afventer svar.</source>
        <translation>No requests are awaiting a reply.</translation>
    </message>
    <message>
        <source>1 henvendelse afventer svar</source>
        <translation>1 request is awaiting a reply</translation>
    </message>
    <message>
        <source>%1 henvendelser afventer svar</source>
        <translation>%1 requests are awaiting a reply</translation>
    </message>
    <message>
        <source>, og 1 er over fristen</source>
        <translation>, and 1 is past the deadline</translation>
    </message>
    <message>
        <source>, og %1 er over fristen</source>
        <translation>, and %1 are past the deadline</translation>
    </message>
    <message>
        <source>Næste skridt:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Skriv &amp;e-mailen …</source>
        <translation>Write the &amp;email …</translation>
    </message>
    <message>
        <source>Åbner en høflig opfølgende e-mail med dine forsøg på kontakt fra loggen</source>
        <translation>Opens a polite follow-up email with your attempts at contact from the log</translation>
    </message>
    <message>
        <source>Åbner et brev til afdelingslederen skrevet ud fra loggen</source>
        <translation>Opens a letter to the head of department written from the log</translation>
    </message>
    <message>
        <source>Åbner en begrundet anmodning om en ny sagsbehandler til jobcentret</source>
        <translation>Opens a reasoned request to the jobcentre for a new caseworker</translation>
    </message>
    <message>
        <source>Skriv til &amp;afdelingslederen …</source>
        <translation>Write to the &amp;head of department …</translation>
    </message>
    <message>
        <source>Skriv &amp;anmodningen …</source>
        <translation>Write the &amp;request …</translation>
    </message>
</context>
<context>
    <name>PdfExportWorker</name>
    <message>
        <source>Filen kunne ikke gemmes: %1.</source>
        <translation>The file could not be saved: %1.</translation>
    </message>
    <message>
        <source>Eksporten mislykkedes: %1</source>
        <translation>The export failed: %1</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Personer i sagen %1</source>
        <translation>People in the case %1</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Sagens personer; vælg en for at rette den i formularen ved siden af</source>
        <translation>The people in the case; choose one to edit them in the form next to it</translation>
    </message>
    <message>
        <source>&amp;Ny person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Tømmer formularen, så du kan tilføje en ny person</source>
        <translation>Empties the form so you can add a new person</translation>
    </message>
    <message>
        <source>P&amp;ersoner:</source>
        <translation>P&amp;eople:</translation>
    </message>
    <message>
        <source>fx Man-Tor 09:00-12:00; Fre 09:00-11:00</source>
        <translation>e.g. Mon-Thu 09:00-12:00; Fri 09:00-11:00</translation>
    </message>
    <message>
        <source>N&amp;avn:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon&amp;tid:</source>
        <translation>Telephone &amp;hours:</translation>
    </message>
    <message>
        <source>Telefontid</source>
        <translation>Telephone hours</translation>
    </message>
    <message>
        <source>Personens fulde navn</source>
        <translation>The person&apos;s full name</translation>
    </message>
    <message>
        <source>Fx sagsbehandler, afdelingsleder eller vagttelefon</source>
        <translation>E.g. caseworker, head of department or duty phone</translation>
    </message>
    <message>
        <source>Fx jobcentrets afdeling</source>
        <translation>E.g. the jobcentre&apos;s department</translation>
    </message>
    <message>
        <source>Telefonnummer, fx 70 12 34 56</source>
        <translation>Phone number, e.g. 70 12 34 56</translation>
    </message>
    <message>
        <source>Personens e-mailadresse</source>
        <translation>The person&apos;s email address</translation>
    </message>
    <message>
        <source>Hvornår personen tager telefonen; Dagbog minder dig om det, når du ringer</source>
        <translation>When the person answers the phone; Dagbog reminds you when you call</translation>
    </message>
    <message>
        <source>&amp;Gem person</source>
        <translation>&amp;Save person</translation>
    </message>
    <message>
        <source>Gem person</source>
        <translation>Save person</translation>
    </message>
    <message>
        <source>Gemmer personen på sagen</source>
        <translation>Saves the person in the case</translation>
    </message>
    <message>
        <source>Sagsbehandlere over tid</source>
        <translation>Caseworkers over time</translation>
    </message>
    <message>
        <source>Hvem der har været sagsbehandler, og fra hvilken dato</source>
        <translation>Who has been the caseworker, and from which date</translation>
    </message>
    <message>
        <source>Ny sagsbehandler</source>
        <translation>New caseworker</translation>
    </message>
    <message>
        <source>Personen, der overtager sagen</source>
        <translation>The person taking over the case</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Datoen, den nye sagsbehandler overtager</source>
        <translation>The date the new caseworker takes over</translation>
    </message>
    <message>
        <source>Ny sagsbehandler &amp;fra dato</source>
        <translation>New caseworker &amp;from date</translation>
    </message>
    <message>
        <source>Ny sagsbehandler fra dato</source>
        <translation>New caseworker from date</translation>
    </message>
    <message>
        <source>Registrerer skiftet; den tidligere sagsbehandler står stadig i historikken</source>
        <translation>Records the change; the previous caseworker stays in the history</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Luk personer</source>
        <translation>Close people</translation>
    </message>
    <message>
        <source>Lukker vinduet; det gemte er gemt</source>
        <translation>Closes the window; what you saved stays saved</translation>
    </message>
    <message>
        <source>Fra %1: %2</source>
        <translation>From %1: %2</translation>
    </message>
    <message>
        <source>  (nuværende)</source>
        <translation>  (current)</translation>
    </message>
    <message>
        <source>Ret %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Personen i formularen er ikke gemt. Vil du gemme, før du lukker?</source>
        <translation>The person in the form is not saved. Do you want to save before closing?</translation>
    </message>
    <message>
        <source>Tilføj først personen ovenfor.</source>
        <translation>First add the person above.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Tekststørrelse i procent</source>
        <translation>Text size in percent</translation>
    </message>
    <message>
        <source>Fra 100 til 200 procent. Gælder alle vinduer.</source>
        <translation>From 100 to 200 percent. Applies to all windows.</translation>
    </message>
    <message>
        <source>&amp;Tekststørrelse:</source>
        <translation>&amp;Text size:</translation>
    </message>
    <message>
        <source>Følg systemet</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Lyst</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Mørkt</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Farver</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Lyse eller mørke farver, eller de samme som computeren</source>
        <translation>Light or dark colours, or the same as the computer</translation>
    </message>
    <message>
        <source>&amp;Farver:</source>
        <translation>&amp;Colours:</translation>
    </message>
    <message>
        <source>Som systemet (ellers dansk)</source>
        <translation>As the system (otherwise Danish)</translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Vinduets sprog; computerens sprog, hvis det er engelsk, ellers dansk</source>
        <translation>The window&apos;s language; the computer&apos;s language if it is English, otherwise Danish</translation>
    </message>
    <message>
        <source>&amp;Sprog:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Vinduet tegnes forfra med de nye indstillinger. Intet i dagbogen ændres.</source>
        <translation>The window is redrawn with the new settings. Nothing in the diary is changed.</translation>
    </message>
    <message>
        <source>&amp;Brug</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Brug indstillingerne</source>
        <translation>Apply the settings</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tegner vinduet forfra med de nye indstillinger</source>
        <translation>Redraws the window with the new settings</translation>
    </message>
    <message>
        <source>Lukker vinduet uden at ændre noget</source>
        <translation>Closes the window without changing anything</translation>
    </message>
</context>
<context>
    <name>RecordTools</name>
    <message>
        <source>&amp;Historik for valgte kontakt …</source>
        <translation>&amp;History of the selected contact …</translation>
    </message>
    <message>
        <source>&amp;Sikkerhedskopi</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <source>&amp;Gendan …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <source>&amp;Eksportér sag til fil …</source>
        <translation>&amp;Export case to file …</translation>
    </message>
    <message>
        <source>&amp;Importér sag fra fil …</source>
        <translation>&amp;Import case from file …</translation>
    </message>
    <message>
        <source>Eksportér sag</source>
        <translation>Export case</translation>
    </message>
    <message>
        <source>Dagbog-sagsfil (*.dagbogsag)</source>
        <translation>Dagbog case file (*.dagbogsag)</translation>
    </message>
    <message>
        <source>Importér sag</source>
        <translation>Import case</translation>
    </message>
    <message>
        <source>Vælg først en kontakt i listen.</source>
        <translation>First select a contact in the list.</translation>
    </message>
    <message>
        <source>Sikkerhedskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Sikkerhedskopi gemt og kontrolleret: %1</source>
        <translation>Backup saved and checked: %1</translation>
    </message>
    <message>
        <source>Gendan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Der er ingen sikkerhedskopier endnu. Brug «Sikkerhedskopi» først.</source>
        <translation>There are no backups yet. Use “Backup” first.</translation>
    </message>
    <message>
        <source>Gendan sikkerhedskopien fra %1? Ændringer efter den tid vil ikke ses i dagbogen, men den nuværende fil gemmes uændret ved siden af.</source>
        <translation>Restore the backup from %1? Changes made after that time will not be seen in the diary, but the current file is kept unchanged next to it.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er gendannet. Den tidligere fil er gemt som %1.</source>
        <translation>The backup has been restored. The previous file is kept as %1.</translation>
    </message>
    <message>
        <source>Sagen er gemt i %1 (%2 versioner).</source>
        <translation>The case is saved in %1 (%2 versions).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Gendan en sikkerhedskopi</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Vælg den sikkerhedskopi, du vil gendanne. Den nuværende dagbog bliver ikke slettet: den gemmes uændret ved siden af, så intet går tabt.</source>
        <translation>Choose the backup you want to restore. The current diary is not deleted: it is kept unchanged next to it, so nothing is lost.</translation>
    </message>
    <message>
        <source>Sikkerhedskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Dagbogens sikkerhedskopier med dato og størrelse, nyeste først</source>
        <translation>The diary&apos;s backups with date and size, newest first</translation>
    </message>
    <message>
        <source>&amp;Gendan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Gendan den valgte sikkerhedskopi</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>Du bliver spurgt, før noget gendannes</source>
        <translation>You are asked before anything is restored</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lukker vinduet; intet gendannes</source>
        <translation>Closes the window; nothing is restored</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Søg i emner, noter og personer …</source>
        <translation>Search subjects, notes and people …</translation>
    </message>
    <message>
        <source>Ryd feltet</source>
        <translation>Clear the field</translation>
    </message>
    <message>
        <source>Sletter søgeteksten</source>
        <translation>Clears the search text</translation>
    </message>
    <message>
        <source>Søgetekst</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>Skriv begyndelsen af ord; alle ord skal findes. Sæt &quot;anførselstegn&quot; om ord, der skal stå lige efter hinanden.</source>
        <translation>Type the beginning of words; all words must be found. Put &quot;quotation marks&quot; around words that must come right after each other.</translation>
    </message>
    <message>
        <source>Søg i sag</source>
        <translation>Search in case</translation>
    </message>
    <message>
        <source>Søg i alle sager eller kun i én</source>
        <translation>Search all cases or only one</translation>
    </message>
    <message>
        <source>Kontakttype</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>Vis kun træf af denne kontakttype</source>
        <translation>Show only hits of this kind of contact</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Vis kun træf fra denne periode</source>
        <translation>Show only hits from this period</translation>
    </message>
    <message>
        <source>Hele perioden</source>
        <translation>The whole period</translation>
    </message>
    <message>
        <source>Seneste 30 dage</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Seneste 3 måneder</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Seneste 12 måneder</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Sidste år</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vis kun træf med denne status, fx afventer svar eller over fristen</source>
        <translation>Show only hits with this status, e.g. awaiting reply or past the deadline</translation>
    </message>
    <message>
        <source>Alle statusser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Afventer svar</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <source>Over fristen</source>
        <translation>Past the deadline</translation>
    </message>
    <message>
        <source>Besvaret</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Ubesvarede opkald</source>
        <translation>Unanswered calls</translation>
    </message>
    <message>
        <source>Antal træf</source>
        <translation>Number of hits</translation>
    </message>
    <message>
        <source>Søgeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Træffene, nyeste først; Enter viser den valgte kontakt i journalen</source>
        <translation>The hits, newest first; Enter shows the selected contact in the journal</translation>
    </message>
    <message>
        <source>&amp;Sag:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Peri&amp;ode:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Skriv for at søge.</source>
        <translation>Type to search.</translation>
    </message>
    <message>
        <source>Alle sager</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Ingen kontakter matcher søgningen.</source>
        <translation>No contacts match the search.</translation>
    </message>
    <message>
        <source>De nyeste %1 træf. Skriv flere ord for at se færre.</source>
        <translation>The newest %1 hits. Type more words to see fewer.</translation>
    </message>
    <message>
        <source>1 træf.</source>
        <translation>1 hit.</translation>
    </message>
    <message>
        <source>%1 træf.</source>
        <translation>%1 hits.</translation>
    </message>
    <message>
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Søg …</source>
        <translation>&amp;Search …</translation>
    </message>
    <message>
        <source>Søg i alle kontakter (Ctrl+F)</source>
        <translation>Search all contacts (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Sag</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Med</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Emne og uddrag</source>
        <translation>Subject and excerpt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Dig selv</source>
        <translation>Yourself</translation>
    </message>
    <message>
        <source>Dit navn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Står som udarbejdet af i breve og PDF-udskrifter</source>
        <translation>Shown as “prepared by” in letters and PDF printouts</translation>
    </message>
    <message>
        <source>Din rolle</source>
        <translation>Your role</translation>
    </message>
    <message>
        <source>Borger, bisidder eller partsrepræsentant; breve skrives ud fra rollen</source>
        <translation>Citizen, support person or representative; letters are written according to the role</translation>
    </message>
    <message>
        <source>Borger (det er min egen sag)</source>
        <translation>Citizen (it is my own case)</translation>
    </message>
    <message>
        <source>Bisidder</source>
        <translation>Support person</translation>
    </message>
    <message>
        <source>Partsrepræsentant</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Navn og rolle står som «udarbejdet af» i breve og PDF-udskrifter.</source>
        <translation>Name and role are shown as “prepared by” in letters and PDF printouts.</translation>
    </message>
    <message>
        <source>Gem navn og rolle</source>
        <translation>Save name and role</translation>
    </message>
    <message>
        <source>Gemmer navn og rolle i dagbogen</source>
        <translation>Saves the name and role in the diary</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lukker vinduet uden at gemme</source>
        <translation>Closes the window without saving</translation>
    </message>
</context>
<context>
    <name>TelephoneHint</name>
    <message>
        <source>Telefontid</source>
        <translation>Telephone hours</translation>
    </message>
    <message>
        <source>ℹ %1s telefontid er lukket nu; %2. Du kan stadig notere opkaldet.</source>
        <translation>ℹ %1&apos;s telephone hours are closed now; %2. You can still note the call.</translation>
    </message>
</context>
<context>
    <name>TelephoneHours</name>
    <message>
        <source>Man</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tir</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Lør</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Søn</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>i morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>{day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>den er åben nu til kl. {time}</source>
        <translation>they are open now until {time}</translation>
    </message>
    <message>
        <source>telefontiden er åben nu til kl. {time}</source>
        <translation>the telephone hours are open now until {time}</translation>
    </message>
    <message>
        <source>den åbner {day} kl. {time}</source>
        <translation>they open {day} at {time}</translation>
    </message>
    <message>
        <source>telefontiden åbner {day} kl. {time}</source>
        <translation>the telephone hours open {day} at {time}</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Gem det, du har skrevet?</source>
        <translation>Save what you typed?</translation>
    </message>
    <message>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Kassér det skrevne</source>
        <translation>&amp;Discard what I typed</translation>
    </message>
    <message>
        <source>&amp;Fortsæt med at skrive</source>
        <translation>&amp;Keep writing</translation>
    </message>
</context>
</TS>
