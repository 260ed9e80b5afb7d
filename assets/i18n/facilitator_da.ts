<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About facilitator</source>
        <translation>Om facilitator</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A meeting timer for the person who runs the meeting.</source>
        <translation>En mødeur til den, der leder mødet.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datamappe:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Åbn mappe</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Kopiér sti</translation>
    </message>
    <message>
        <source>Not made yet: the first meeting makes it.</source>
        <translation>Findes ikke endnu: det første møde opretter den.</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Kører på:</translation>
    </message>
    <message>
        <source>Licence (MIT):</source>
        <translation>Licens (MIT):</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
</context>
<context>
    <name>BlocksModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Justeret</translation>
    </message>
    <message>
        <source>Notes and reasons</source>
        <translation>Notater og årsager</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afviklet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>i gang</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>kommer</translation>
    </message>
    <message>
        <source>%1, untimed</source>
        <translation>%1, uden fast tid</translation>
    </message>
    <message>
        <source>Running: the time so far</source>
        <translation>I gang: tiden indtil nu</translation>
    </message>
    <message>
        <source>Untimed: no planned length to be over or under</source>
        <translation>Uden fast tid: ingen planlagt længde at gå over eller under</translation>
    </message>
    <message>
        <source>Running, within its plan so far</source>
        <translation>I gang, indtil nu inden for planen</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 indtil nu</translation>
    </message>
    <message>
        <source>started from a phone</source>
        <translation>startet fra telefon</translation>
    </message>
    <message>
        <source>started by the slides</source>
        <translation>startet af slides</translation>
    </message>
</context>
<context>
    <name>CompactView</name>
    <message>
        <source>Compact view</source>
        <extracomment>Alerts that flash the compact view, as they flash the control window. Share of the height each line gets, with and without the status line. The height each line takes (time, title, status, slide pace), by which of the last two are shown.</extracomment>
        <translation>Kompakt visning</translation>
    </message>
    <message>
        <source>Close the compact view</source>
        <translation>Luk den kompakte visning</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Altid øverst</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>ControlsRow</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min.</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min.</translation>
    </message>
    <message>
        <source>Catch up…</source>
        <translation>Indhent…</translation>
    </message>
    <message>
        <source>Undo plan</source>
        <translation>Fortryd plan</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notat…</translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation>Sæt uret på pause</translation>
    </message>
    <message>
        <source>Resume timer</source>
        <translation>Start uret igen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Slut</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>programme</source>
        <translation>programmet</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>alerts</translation>
    </message>
    <message>
        <source>block {number}</source>
        <translation>punkt {number}</translation>
    </message>
    <message>
        <source>block {number} &quot;{title}&quot;</source>
        <translation>punkt {number} &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>{what} step {number}</source>
        <translation>{what} trin {number}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>en mapping (nøgle: værdi)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>a very large number</source>
        <translation>et meget stort tal</translation>
    </message>
    <message>
        <source>{what}: unknown key &quot;{key}&quot;; known keys: {known}</source>
        <translation>{what}: ukendt nøgle &quot;{key}&quot;; kendte nøgler: {known}</translation>
    </message>
    <message>
        <source>{what}: unknown key &quot;{key}&quot; (did you mean &quot;{hint}&quot;?); known keys: {known}</source>
        <translation>{what}: ukendt nøgle &quot;{key}&quot; (mente du &quot;{hint}&quot;?); kendte nøgler: {known}</translation>
    </message>
    <message>
        <source>{what}: missing {key}</source>
        <translation>{what}: {key} mangler</translation>
    </message>
    <message>
        <source>{what}: {key} must be text, got {got}</source>
        <translation>{what}: {key} skal være tekst, men er {got}</translation>
    </message>
    <message>
        <source>{what}: {key} must not be empty</source>
        <translation>{what}: {key} må ikke være tom</translation>
    </message>
    <message>
        <source>{what}: {key} must be a positive number, got {got}</source>
        <translation>{what}: {key} skal være et positivt tal, men er {got}</translation>
    </message>
    <message>
        <source>{what}: {key} is longer than a day ({got} min)</source>
        <translation>{what}: {key} er længere end et døgn ({got} min.)</translation>
    </message>
    <message>
        <source>{what}: {key}: {problem}</source>
        <translation>{what}: {key}: {problem}</translation>
    </message>
    <message>
        <source>{what}: {key}: {problem}; write it in quotes, like &quot;9.15&quot;</source>
        <translation>{what}: {key}: {problem}; skriv det i anførselstegn, fx &quot;9.15&quot;</translation>
    </message>
    <message>
        <source>{what}: {key} is shorter than 0.01 min, got {got}</source>
        <translation>{what}: {key} er kortere end 0,01 min., men er {got}</translation>
    </message>
    <message>
        <source>{what}: {key} must be positive minutes, like [5, 1]; got {got}</source>
        <translation>{what}: {key} skal være et positivt antal minutter, fx [5, 1], men er {got}</translation>
    </message>
    <message>
        <source>{what}: {key} must be at least 0.01 min; got {got}</source>
        <translation>{what}: {key} skal være mindst 0,01 min., men er {got}</translation>
    </message>
    <message>
        <source>expected a slide number or range like 6-20, got {got}</source>
        <translation>forventede et slidenummer eller et interval som 6-20, men fik {got}</translation>
    </message>
    <message>
        <source>slide numbers start at 1, got {got}</source>
        <translation>slidenumre begynder ved 1, men fik {got}</translation>
    </message>
    <message>
        <source>a slide list holds numbers and ranges, not lists</source>
        <translation>en slideliste indeholder tal og intervaller, ikke lister</translation>
    </message>
    <message>
        <source>more than {max} slides in one block</source>
        <translation>mere end {max} slides i ét punkt</translation>
    </message>
    <message>
        <source>an empty slide list</source>
        <translation>en tom slideliste</translation>
    </message>
    <message>
        <source>slide range {range} runs backwards</source>
        <translation>slideintervallet {range} går baglæns</translation>
    </message>
    <message>
        <source>slide range {range} is implausibly long</source>
        <translation>slideintervallet {range} er urimeligt langt</translation>
    </message>
    <message>
        <source>the programme must be a mapping with title and blocks, got {got}</source>
        <translation>programmet skal være en mapping med title og blocks, men er {got}</translation>
    </message>
    <message>
        <source>programme: date must look like &quot;2026-11-22&quot;, got {got}</source>
        <translation>programmet: date skal skrives som &quot;2026-11-22&quot;, men er {got}</translation>
    </message>
    <message>
        <source>programme: language must be one of {options}, got {got}</source>
        <translation>programmet: language skal være en af {options}, men er {got}</translation>
    </message>
    <message>
        <source>programme: alerts must be a mapping, got {got}</source>
        <translation>programmet: alerts skal være en mapping, men er {got}</translation>
    </message>
    <message>
        <source>programme: no blocks (add a `blocks:` list)</source>
        <translation>programmet: ingen punkter (tilføj en `blocks:`-liste)</translation>
    </message>
    <message>
        <source>programme: blocks must be a list, got {got}</source>
        <translation>programmet: blocks skal være en liste, men er {got}</translation>
    </message>
    <message>
        <source>programme: no blocks (the list is empty)</source>
        <translation>programmet: ingen punkter (listen er tom)</translation>
    </message>
    <message>
        <source>programme: clock times are given but no start; add `start:` so the schedule is known</source>
        <translation>programmet: der er klokkeslæt, men ingen start; tilføj `start:`, så tidsplanen kendes</translation>
    </message>
    <message>
        <source>{what}: must be a mapping with at least a title, got {got}</source>
        <translation>{what}: skal være en mapping med mindst en title, men er {got}</translation>
    </message>
    <message>
        <source>{what}: give either minutes or duration, not both</source>
        <translation>{what}: angiv enten minutes eller duration, ikke begge</translation>
    </message>
    <message>
        <source>{what}: kind must be one of {options}, got {got}</source>
        <translation>{what}: kind skal være en af {options}, men er {got}</translation>
    </message>
    <message>
        <source>{what}: kind must be one of {options}, got {got} (did you mean &quot;{hint}&quot;?)</source>
        <translation>{what}: kind skal være en af {options}, men er {got} (mente du &quot;{hint}&quot;?)</translation>
    </message>
    <message>
        <source>{what}: flexible must be true or false, got {got}</source>
        <translation>{what}: flexible skal være true eller false, men er {got}</translation>
    </message>
    <message>
        <source>{what}: starts at {at}, before the previous block ends at {end} (clock times go backwards or overlap)</source>
        <translation>{what}: begynder kl. {at}, før det forrige punkt slutter kl. {end} (klokkeslættene går baglæns eller overlapper)</translation>
    </message>
    <message>
        <source>{what}: until needs a start (an `at`, the programme&apos;s `start` or the previous block&apos;s end)</source>
        <translation>{what}: until kræver en start (et `at`, programmets `start` eller slutningen af det forrige punkt)</translation>
    </message>
    <message>
        <source>{what}: ends at {until}, not after its start at {begin}</source>
        <translation>{what}: slutter kl. {until}, ikke efter sin start kl. {begin}</translation>
    </message>
    <message>
        <source>{what}: {minutes} min does not fit {begin}-{until}</source>
        <translation>{what}: {minutes} min. passer ikke med {begin}-{until}</translation>
    </message>
    <message>
        <source>{what}: the last block of day {day} needs `until` or `minutes` to know when it ends</source>
        <translation>{what}: det sidste punkt på dag {day} skal have `until` eller `minutes`, så det vides, hvornår det slutter</translation>
    </message>
    <message>
        <source>{what}: day must be a whole number from 1 to {max}, got {got}</source>
        <translation>{what}: day skal være et helt tal fra 1 til {max}, men er {got}</translation>
    </message>
    <message>
        <source>{what}: day {day} comes after day {previous}; days go forward</source>
        <translation>{what}: dag {day} kommer efter dag {previous}; dagene skal gå fremad</translation>
    </message>
    <message>
        <source>{what}: the last block needs `until` or `minutes` to know when it ends</source>
        <translation>{what}: det sidste punkt skal have `until` eller `minutes`, så det vides, hvornår det slutter</translation>
    </message>
    <message>
        <source>{what}: untimed item (no minutes); it is kept but takes no planned time</source>
        <translation>{what}: punkt uden tid (ingen minutes); det beholdes, men får ingen planlagt tid</translation>
    </message>
    <message>
        <source>{what}: steps add up to {steps} min, the block has {minutes} min</source>
        <translation>{what}: trinnene giver tilsammen {steps} min., men punktet har {minutes} min.</translation>
    </message>
    <message>
        <source>{what}: {key} {bound} does not admit the planned {minutes} min</source>
        <translation>{what}: {key} {bound} tillader ikke de planlagte {minutes} min.</translation>
    </message>
    <message>
        <source>{what}: steps must be a list of {{title, minutes}}, got {got}</source>
        <translation>{what}: steps skal være en liste af {{title, minutes}}, men er {got}</translation>
    </message>
    <message>
        <source>{what}: must be a mapping with title and minutes, got {got}</source>
        <translation>{what}: skal være en mapping med title og minutes, men er {got}</translation>
    </message>
    <message>
        <source>{what}: slides {slides} overlap {other} (slides {other_slides})</source>
        <translation>{what}: slides {slides} overlapper {other} (slides {other_slides})</translation>
    </message>
    <message>
        <source>{what}: slides {first}-{last} belong to no block</source>
        <translation>{what}: slides {first}-{last} hører ikke til noget punkt</translation>
    </message>
    <message>
        <source>programme: slides_follow must be one of {options}, got {got}</source>
        <translation>programmet: slides_follow skal være en af {options}, men er {got}</translation>
    </message>
    <message>
        <source>{what}: slides {slides} are not among the block&apos;s slides ({block_slides}); they count as the block&apos;s too</source>
        <translation>{what}: slides {slides} er ikke blandt punktets slides ({block_slides}); de regnes også som punktets</translation>
    </message>
    <message>
        <source>file is larger than {max} KiB; not a programme</source>
        <translation>filen er større end {max} KiB; det er ikke et program</translation>
    </message>
    <message>
        <source>file is {size} KiB, larger than {max} KiB; not a programme</source>
        <translation>filen er {size} KiB, større end {max} KiB; det er ikke et program</translation>
    </message>
    <message>
        <source>YAML syntax: {problem}</source>
        <translation>YAML-syntaks: {problem}</translation>
    </message>
    <message>
        <source>YAML syntax: unacceptable character #x{character}: {reason}</source>
        <translation>YAML-syntaks: ugyldigt tegn #x{character}: {reason}</translation>
    </message>
    <message>
        <source>YAML nested too deeply</source>
        <translation>YAML&apos;en er indlejret for dybt</translation>
    </message>
    <message>
        <source>cannot read {value} as {tag}</source>
        <translation>kan ikke læse {value} som {tag}</translation>
    </message>
    <message>
        <source>cannot read as {tag}</source>
        <translation>kan ikke læses som {tag}</translation>
    </message>
    <message>
        <source>a key must be plain text</source>
        <translation>en nøgle skal være almindelig tekst</translation>
    </message>
    <message>
        <source>duplicate key &quot;{key}&quot; (first on line {line})</source>
        <translation>nøglen &quot;{key}&quot; står der to gange (første gang på linje {line})</translation>
    </message>
    <message>
        <source>the file is empty; a programme needs a title and blocks</source>
        <translation>filen er tom; et program skal have title og blocks</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>is a folder, not a programme file</source>
        <translation>er en mappe, ikke en programfil</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>adgang nægtet</translation>
    </message>
    <message>
        <source>cannot read: {why}</source>
        <translation>kan ikke læses: {why}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
        <translation>ikke UTF-8-tekst (byte 0x{byte}); gem filen som UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8</source>
        <translation>ikke UTF-8-tekst; gem filen som UTF-8</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>filen eller mappen findes ikke</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>er en mappe</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>en del af stien er ikke en mappe</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>findes allerede</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>navnet er for langt</translation>
    </message>
    <message>
        <source>{reason} ({where})</source>
        <translation>{reason} ({where})</translation>
    </message>
    <message>
        <source>cannot check it: {why}</source>
        <translation>kan ikke undersøges: {why}</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>den er et symbolsk link</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>den er ikke en mappe</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>den er ikke en almindelig fil</translation>
    </message>
    <message>
        <source>it belongs to another user (uid {uid})</source>
        <translation>den tilhører en anden bruger (uid {uid})</translation>
    </message>
    <message>
        <source>others can open it (mode {mode})</source>
        <translation>andre kan åbne den (tilstand {mode})</translation>
    </message>
    <message>
        <source>{path}: {why}</source>
        <translation>{path}: {why}</translation>
    </message>
    <message>
        <source>{path}: setting {key} has an invalid value {value}; using the default {default}</source>
        <translation>{path}: indstillingen {key} har en ugyldig værdi {value}; standardværdien {default} bruges</translation>
    </message>
    <message>
        <source>{path}: cannot read settings: {why}</source>
        <translation>{path}: kan ikke læse indstillingerne: {why}</translation>
    </message>
    <message>
        <source>{path}: damaged settings file ({problem}); using defaults</source>
        <translation>{path}: beskadiget indstillingsfil ({problem}); standardindstillingerne bruges</translation>
    </message>
    <message>
        <source>{path}: settings file is not an object; using defaults</source>
        <translation>{path}: indstillingsfilen er ikke et JSON-objekt; standardindstillingerne bruges</translation>
    </message>
    <message>
        <source>{path}: cannot save settings: {why}</source>
        <translation>{path}: kan ikke gemme indstillingerne: {why}</translation>
    </message>
    <message>
        <source>division by zero in {text}</source>
        <translation>division med nul i {text}</translation>
    </message>
    <message>
        <source>expected a length, got {got}</source>
        <translation>forventede en varighed, men fik {got}</translation>
    </message>
    <message>
        <source>expected a length, got a number too large</source>
        <translation>forventede en varighed, men fik et for stort tal</translation>
    </message>
    <message>
        <source>empty length</source>
        <translation>tom varighed</translation>
    </message>
    <message>
        <source>cannot read {value} as hours:minutes</source>
        <translation>kan ikke læse {value} som timer:minutter</translation>
    </message>
    <message>
        <source>cannot read {value} as a length</source>
        <translation>kan ikke læse {value} som en varighed</translation>
    </message>
    <message>
        <source>cannot read {value} as a length (try &quot;65 min&quot; or &quot;1h 5m&quot;)</source>
        <translation>kan ikke læse {value} som en varighed (prøv &quot;65 min&quot; eller &quot;1t 5m&quot;)</translation>
    </message>
    <message>
        <source>expected a clock time like &quot;09:15&quot;, got {got}</source>
        <translation>forventede et klokkeslæt som &quot;09:15&quot;, men fik {got}</translation>
    </message>
    <message>
        <source>no such clock time: {got}</source>
        <translation>klokkeslættet findes ikke: {got}</translation>
    </message>
    <message>
        <source>invalid YAML</source>
        <translation>ugyldig YAML</translation>
    </message>
    <message>
        <source>{problem} ({context})</source>
        <translation>{problem} ({context})</translation>
    </message>
    <message>
        <source>mapping values are not allowed here</source>
        <translation>kolon og værdi er ikke tilladt her (sæt teksten i anførselstegn, eller ret indrykningen)</translation>
    </message>
    <message>
        <source>expected {expected}, but found {found}</source>
        <translation>forventede {expected}, men fandt {found}</translation>
    </message>
    <message>
        <source>expected {expected}, but got {found}</source>
        <translation>forventede {expected}, men fik {found}</translation>
    </message>
    <message>
        <source>found unexpected end of stream</source>
        <translation>filen slutter uventet</translation>
    </message>
    <message>
        <source>found undefined alias {name}</source>
        <translation>fandt et ukendt alias {name}</translation>
    </message>
    <message>
        <source>found character {character} that cannot start any token</source>
        <translation>tegnet {character} kan ikke stå her</translation>
    </message>
    <message>
        <source>but found another document</source>
        <translation>men fandt endnu et dokument</translation>
    </message>
    <message>
        <source>could not determine a constructor for the tag {tag}</source>
        <translation>kender ikke mærket {tag}</translation>
    </message>
    <message>
        <source>could not find expected &apos;:&apos;</source>
        <translation>fandt ikke det forventede &apos;:&apos;</translation>
    </message>
    <message>
        <source>the node content</source>
        <translation>en værdi</translation>
    </message>
    <message>
        <source>found character &apos;\t&apos; that cannot start any token</source>
        <translation>et tabulatortegn kan ikke stå her (ryk ind med mellemrum)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} eller {second}</translation>
    </message>
    <message>
        <source>while parsing a flow sequence</source>
        <translation>under læsning af en liste i [ ]</translation>
    </message>
    <message>
        <source>while parsing a flow mapping</source>
        <translation>under læsning af nøgler i {{ }}</translation>
    </message>
    <message>
        <source>while parsing a block mapping</source>
        <translation>under læsning af nøgler og værdier</translation>
    </message>
    <message>
        <source>while parsing a block collection</source>
        <translation>under læsning af en liste eller nøgler</translation>
    </message>
    <message>
        <source>while parsing a flow node</source>
        <translation>under læsning af en værdi</translation>
    </message>
    <message>
        <source>while parsing a block node</source>
        <translation>under læsning af en værdi</translation>
    </message>
    <message>
        <source>while scanning a quoted scalar</source>
        <translation>under læsning af en tekst i anførselstegn</translation>
    </message>
    <message>
        <source>while scanning a plain scalar</source>
        <translation>under læsning af en tekst</translation>
    </message>
    <message>
        <source>while scanning a simple key</source>
        <translation>under læsning af en nøgle</translation>
    </message>
    <message>
        <source>while scanning for the next token</source>
        <translation>under læsning af det næste</translation>
    </message>
    <message>
        <source>expected a single document in the stream</source>
        <translation>der må kun være ét dokument i filen</translation>
    </message>
    <message>
        <source>expected text, got {got}</source>
        <translation>forventede tekst, men fik {got}</translation>
    </message>
    <message>
        <source>the text is larger than {max} KiB; not a programme</source>
        <translation>teksten er større end {max} KiB; det er ikke et program</translation>
    </message>
    <message>
        <source>found nothing timed: no lengths like &quot;10 min&quot; or &quot;Tid: 10 min.&quot; and no clock times like &quot;09:00-09:15&quot; or &quot;Kl. 13.00&quot;</source>
        <translation>fandt intet med tid: ingen varigheder som &quot;10 min&quot; eller &quot;Tid: 10 min.&quot; og ingen klokkeslæt som &quot;09:00-09:15&quot; eller &quot;Kl. 13.00&quot;</translation>
    </message>
    <message>
        <source>could not make a valid programme: {errors}</source>
        <translation>kunne ikke lave et gyldigt program: {errors}</translation>
    </message>
    <message>
        <source>{text}: a clock time with no title after it; the time is used as the title</source>
        <translation>{text}: et klokkeslæt uden titel efter; klokkeslættet bruges som titel</translation>
    </message>
    <message>
        <source>{at} comes before the time above it; read as the start of another day</source>
        <translation>{at} ligger før klokkeslættet ovenfor; læst som starten på en ny dag</translation>
    </message>
    <message>
        <source>&quot;{title}&quot;: ends at {until}, not after its start at {at}; the end time is ignored</source>
        <translation>&quot;{title}&quot;: slutter kl. {until}, ikke efter sin start kl. {at}; sluttidspunktet ses der bort fra</translation>
    </message>
    <message>
        <source>&quot;{title}&quot;: says {stated} min but its clock times give {clock} min; the clock times are used</source>
        <translation>&quot;{title}&quot;: angiver {stated} min., men klokkeslættene giver {clock} min.; klokkeslættene bruges</translation>
    </message>
    <message>
        <source>&quot;{title}&quot;: {stated} min would run past the next time ({next}); shortened to {gap} min</source>
        <translation>&quot;{title}&quot;: {stated} min. ville gå ud over næste klokkeslæt ({next}); forkortet til {gap} min.</translation>
    </message>
    <message>
        <source>&quot;{title}&quot;: {at} overlaps the block before it; the clock time is kept in its notes</source>
        <translation>&quot;{title}&quot;: {at} overlapper punktet før; klokkeslættet gemmes i punktets noter</translation>
    </message>
    <message>
        <source>stated length {stated} min, but the blocks add up to {planned} min</source>
        <translation>den angivne længde er {stated} min., men punkterne giver tilsammen {planned} min.</translation>
    </message>
    <message>
        <source>stated length {stated} min ({written}), but the blocks add up to {planned} min</source>
        <translation>den angivne længde er {stated} min. ({written}), men punkterne giver tilsammen {planned} min.</translation>
    </message>
    <message>
        <source>the programme&apos;s notes</source>
        <translation>programmets noter</translation>
    </message>
    <message>
        <source>the notes of block {number} &quot;{title}&quot;</source>
        <translation>noterne til punkt {number} &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>not understood; kept in {where}: {text}</source>
        <translation>ikke forstået; gemt i {where}: {text}</translation>
    </message>
    <message>
        <source>{n} lines not understood (lines {first}-{last}); kept in {where}, starting {text}</source>
        <translation>{n} linjer ikke forstået (linje {first}-{last}); gemt i {where}, begyndende med {text}</translation>
    </message>
    <message>
        <source>clock times do not fit together ({reason}); they are kept in the notes</source>
        <translation>klokkeslættene passer ikke sammen ({reason}); de gemmes i noterne</translation>
    </message>
    <message>
        <source>the minutes of the items without lengths are a proposal: the stated {total} min shared out ({minutes} min); check them before the meeting</source>
        <translation>minuttallene for punkterne uden længde er et forslag: de angivne {total} min er fordelt ({minutes} min); tjek dem før mødet</translation>
    </message>
    <message>
        <source>&quot;{title}&quot; is optional: kept untimed, outside the stated {total} min</source>
        <translation>&quot;{title}&quot; er valgfrit: beholdt uden tid, uden for de angivne {total} min</translation>
    </message>
    <message>
        <source>the items with lengths already fill the stated {total} min; the items without lengths are kept untimed</source>
        <translation>punkterne med længde fylder allerede de angivne {total} min; punkterne uden længde beholdes uden tid</translation>
    </message>
    <message>
        <source>line {line}: {what}</source>
        <translation>linje {line}: {what}</translation>
    </message>
    <message>
        <source>title &quot;{title}&quot;</source>
        <translation>titel &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>day &quot;{title}&quot;</source>
        <translation>dag &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>stated length {stated} min; the blocks add up to it</source>
        <translation>angivet længde {stated} min.; punkterne giver tilsammen det samme</translation>
    </message>
    <message>
        <source>stated length {stated} min ({written}); the blocks add up to it</source>
        <translation>angivet længde {stated} min. ({written}); punkterne giver tilsammen det samme</translation>
    </message>
    <message>
        <source>day {number} &quot;{title}&quot;</source>
        <translation>dag {number} &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>block {number} &quot;{title}&quot;{at}{length}{slides}{steps} [{shape}]</source>
        <translation>punkt {number} &quot;{title}&quot;{at}{length}{slides}{steps} [{shape}]</translation>
    </message>
    <message>
        <source> at {clock}</source>
        <translation> kl. {clock}</translation>
    </message>
    <message>
        <source> {minutes} min</source>
        <translation> {minutes} min.</translation>
    </message>
    <message>
        <source> untimed</source>
        <translation> uden tid</translation>
    </message>
    <message>
        <source> (slide {slides})</source>
        <translation> (dias {slides})</translation>
    </message>
    <message>
        <source> (slides {slides})</source>
        <translation> (dias {slides})</translation>
    </message>
    <message>
        <source>part of step with length, in notes of &quot;{title}&quot;</source>
        <translation>del af et trin med længde, i noterne til &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>table header {text}</source>
        <translation>tabeloverskrift {text}</translation>
    </message>
    <message>
        <source>section{minutes}{clock} &quot;{title}&quot;</source>
        <translation>afsnit{minutes}{clock} &quot;{title}&quot;</translation>
    </message>
    <message>
        <source> of {minutes} min</source>
        <translation> på {minutes} min.</translation>
    </message>
    <message>
        <source>section heading &quot;{title}&quot;</source>
        <translation>afsnitsoverskrift &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>length of &quot;{title}&quot;</source>
        <translation>længden af &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>slides of &quot;{title}&quot;</source>
        <translation>dias til &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>length of &quot;{title}&quot; from its steps</source>
        <translation>længden af &quot;{title}&quot; ud fra trinnene</translation>
    </message>
    <message>
        <source>end of the day at {clock} (&quot;{title}&quot;)</source>
        <translation>dagens afslutning kl. {clock} (&quot;{title}&quot;)</translation>
    </message>
    <message>
        <source>title of the {shape} on line {line}</source>
        <translation>titel til linje {line} ({shape})</translation>
    </message>
    <message>
        <source>length of &quot;{title}&quot; (line {line})</source>
        <translation>længden af &quot;{title}&quot; (linje {line})</translation>
    </message>
    <message>
        <source>length of &quot;{title}&quot; (line {line}), again</source>
        <translation>længden af &quot;{title}&quot; (linje {line}), igen</translation>
    </message>
    <message>
        <source>slides of &quot;{title}&quot; (line {line})</source>
        <translation>dias til &quot;{title}&quot; (linje {line})</translation>
    </message>
    <message>
        <source>the next line</source>
        <translation>næste linje</translation>
    </message>
    <message>
        <source>title &quot;{title}&quot;, the organiser named in the footer</source>
        <translation>titel &quot;{title}&quot;, arrangøren nævnt i sidefoden</translation>
    </message>
    <message>
        <source>stated end of the day at {clock}</source>
        <translation>angivet afslutning på dagen kl. {clock}</translation>
    </message>
    <message>
        <source>stated length of {minutes} min over items without lengths &quot;{title}&quot;</source>
        <translation>angivet længde på {minutes} min. fordelt på punkter uden længde &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>step of &quot;{title}&quot;</source>
        <translation>trin i &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>step of &quot;{title}&quot;, minutes proposed</source>
        <translation>trin i &quot;{title}&quot;, minutter foreslået</translation>
    </message>
    <message>
        <source>stated end</source>
        <translation>angivet afslutning</translation>
    </message>
    <message>
        <source>{shape}, minutes proposed</source>
        <translation>{shape}, minutter foreslået</translation>
    </message>
    <message>
        <source>{shape}, optional</source>
        <translation>{shape}, valgfrit</translation>
    </message>
    <message>
        <source>{shape} (length to the end of the day)</source>
        <translation>{shape} (længde til dagens afslutning)</translation>
    </message>
    <message>
        <source>blank line</source>
        <translation>tom linje</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>streg</translation>
    </message>
    <message>
        <source>table header</source>
        <translation>tabeloverskrift</translation>
    </message>
    <message>
        <source>tab guide row</source>
        <translation>tabulatorrække</translation>
    </message>
    <message>
        <source>table row</source>
        <translation>tabelrække</translation>
    </message>
    <message>
        <source>day heading</source>
        <translation>dagsoverskrift</translation>
    </message>
    <message>
        <source>date and time line</source>
        <translation>linje med dato og tid</translation>
    </message>
    <message>
        <source>stated total</source>
        <translation>angivet samlet længde</translation>
    </message>
    <message>
        <source>length line</source>
        <translation>længdelinje</translation>
    </message>
    <message>
        <source>slides line</source>
        <translation>dialinje</translation>
    </message>
    <message>
        <source>empty heading</source>
        <translation>tom overskrift</translation>
    </message>
    <message>
        <source>Markdown heading</source>
        <translation>Markdown-overskrift</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>listepunkt</translation>
    </message>
    <message>
        <source>clock line</source>
        <translation>linje med klokkeslæt</translation>
    </message>
    <message>
        <source>bold title</source>
        <translation>fed titel</translation>
    </message>
    <message>
        <source>text line</source>
        <translation>tekstlinje</translation>
    </message>
    <message>
        <source>list item with clock time</source>
        <translation>listepunkt med klokkeslæt</translation>
    </message>
    <message>
        <source>clock range</source>
        <translation>tidsrum</translation>
    </message>
    <message>
        <source>time and length</source>
        <translation>klokkeslæt og længde</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>starttidspunkt</translation>
    </message>
    <message>
        <source>clock range after title</source>
        <translation>tidsrum efter titlen</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>line with length</source>
        <translation>linje med længde</translation>
    </message>
    <message>
        <source>underlined heading</source>
        <translation>understreget overskrift</translation>
    </message>
    <message>
        <source>stated length of the whole</source>
        <translation>angivet længde for det hele</translation>
    </message>
    <message>
        <source>timed clause in prose</source>
        <translation>sætning med tid i løbende tekst</translation>
    </message>
    <message>
        <source>{shape} with title below</source>
        <translation>{shape} med titlen nedenunder</translation>
    </message>
    <message>
        <source>{shape} with its first bullet as title</source>
        <translation>{shape} med første punkt i listen som titel</translation>
    </message>
    <message>
        <source>{shape} (length to the next time)</source>
        <translation>{shape} (længde til næste klokkeslæt)</translation>
    </message>
    <message>
        <source>{where}: {severity}: {text}</source>
        <translation>{where}: {severity}: {text}</translation>
    </message>
    <message>
        <source>{first}
{second}</source>
        <translation>{first}
{second}</translation>
    </message>
    <message>
        <source>is not a number ({value})</source>
        <translation>er ikke et tal ({value})</translation>
    </message>
    <message>
        <source>is not a finite number ({value})</source>
        <translation>er ikke et endeligt tal ({value})</translation>
    </message>
    <message>
        <source>{value} is out of range ({low} to {high})</source>
        <translation>{value} ligger uden for området ({low} til {high})</translation>
    </message>
    <message>
        <source>must be more than 0 ({value})</source>
        <translation>skal være større end 0 ({value})</translation>
    </message>
    <message>
        <source>is not a whole number ({value})</source>
        <translation>er ikke et helt tal ({value})</translation>
    </message>
    <message>
        <source>is not text ({value})</source>
        <translation>er ikke tekst ({value})</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {max})</source>
        <translation>er {length} tegn lang (højst {max})</translation>
    </message>
    <message>
        <source>is not true or false ({value})</source>
        <translation>er ikke true eller false ({value})</translation>
    </message>
    <message>
        <source>is not a time ({value})</source>
        <translation>er ikke et tidspunkt ({value})</translation>
    </message>
    <message>
        <source>is not a block number ({value})</source>
        <translation>er ikke et punktnummer ({value})</translation>
    </message>
    <message>
        <source>is not a list of changes ({value})</source>
        <translation>er ikke en liste af ændringer ({value})</translation>
    </message>
    <message>
        <source>has no block</source>
        <translation>har intet punkt</translation>
    </message>
    <message>
        <source>change {number} is not a change ({value}); left out</source>
        <translation>ændring {number} er ikke en ændring ({value}); udeladt</translation>
    </message>
    <message>
        <source>change {number}: {reason}; left out</source>
        <translation>ændring {number}: {reason}; udeladt</translation>
    </message>
    <message>
        <source>{kind} record without {name}; skipped</source>
        <translation>{kind}-post uden {name}; sprunget over</translation>
    </message>
    <message>
        <source>{name} is not a finite number ({value}); ignored</source>
        <translation>{name} er ikke et endeligt tal ({value}); ignoreret</translation>
    </message>
    <message>
        <source>{kind} record: {name} {reason}; skipped</source>
        <translation>{kind}-post: {name} {reason}; sprunget over</translation>
    </message>
    <message>
        <source>{name} {reason}; taken as the previous record&apos;s {previous}</source>
        <translation>{name} {reason}; sat til den forrige posts {previous}</translation>
    </message>
    <message>
        <source>{name} {reason}; ignored</source>
        <translation>{name} {reason}; ignoreret</translation>
    </message>
    <message>
        <source>{name}: {note}</source>
        <translation>{name}: {note}</translation>
    </message>
    <message>
        <source>header: {name} {reason}; ignored</source>
        <translation>hoved: {name} {reason}; ignoreret</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>{first}; and {n} more</source>
        <translation>{first}; og {n} mere</translation>
    </message>
    <message>
        <source>the programme in the header fails the programme checks: {problems}</source>
        <translation>programmet i loggens hoved består ikke programkontrollen: {problems}</translation>
    </message>
    <message>
        <source>the programme in the header is damaged ({kind}: {value})</source>
        <translation>programmet i loggens hoved er beskadiget ({kind}: {value})</translation>
    </message>
    <message>
        <source>header: block {number} {key} {reason}; counted as 0 planned minutes</source>
        <translation>hoved: punkt {number} {key} {reason}; regnet som 0 planlagte minutter</translation>
    </message>
    <message>
        <source>header: total_minutes {value} is not a sane length; the blocks are summed instead</source>
        <translation>hoved: total_minutes {value} er ikke en fornuftig længde; punkterne lægges sammen i stedet</translation>
    </message>
    <message>
        <source>is a folder, not a session journal</source>
        <translation>er en mappe, ikke en mødelog</translation>
    </message>
    <message>
        <source>empty, not a session journal</source>
        <translation>tom, ikke en mødelog</translation>
    </message>
    <message>
        <source>not a session journal (line 1 is {size} long)</source>
        <translation>ikke en mødelog (linje 1 er {size} lang)</translation>
    </message>
    <message>
        <source>not a session journal (line 1 is no session header)</source>
        <translation>ikke en mødelog (linje 1 er ikke et mødehoved)</translation>
    </message>
    <message>
        <source>unknown journal format {version}</source>
        <translation>ukendt logformat {version}</translation>
    </message>
    <message>
        <source>the session header has no programme</source>
        <translation>mødehovedet har intet program</translation>
    </message>
    <message>
        <source>written in journal format {version} by a newer version; read as format {current}</source>
        <translation>skrevet i logformat {version} af en nyere version; læst som format {current}</translation>
    </message>
    <message>
        <source>line of {size}, far too long for a journal record; skipped</source>
        <translation>en linje på {size}, alt for lang til en logpost; sprunget over</translation>
    </message>
    <message>
        <source>torn last line (the writer stopped mid-line), skipped</source>
        <translation>afbrudt sidste linje (skrivningen stoppede midt i linjen), sprunget over</translation>
    </message>
    <message>
        <source>damaged line (not a journal record), skipped</source>
        <translation>beskadiget linje (ikke en logpost), sprunget over</translation>
    </message>
    <message>
        <source>seq {seq} is out of range; skipped</source>
        <translation>seq {seq} ligger uden for området; sprunget over</translation>
    </message>
    <message>
        <source>more than {max} records, far more than a meeting writes; the rest is not read</source>
        <translation>mere end {max} poster, langt flere end et møde skriver; resten læses ikke</translation>
    </message>
    <message>
        <source>seq {seq} comes after seq {last}; read in seq order</source>
        <translation>seq {seq} kommer efter seq {last}; læst i seq-rækkefølge</translation>
    </message>
    <message>
        <source>seq {seq} again on line {line}, which sits where seq {seq} belongs; this line is taken as a damaged seq and skipped</source>
        <translation>seq {seq} igen på linje {line}, der står, hvor seq {seq} hører til; denne linje regnes for en beskadiget seq og springes over</translation>
    </message>
    <message>
        <source>seq {seq} again (first on line {first}); the repeat is skipped, not counted twice</source>
        <translation>seq {seq} igen (første gang på linje {first}); gentagelsen springes over og tælles ikke to gange</translation>
    </message>
    <message>
        <source>not read: {why}</source>
        <translation>ikke læst: {why}</translation>
    </message>
    <message>
        <source>cannot read the sessions folder: {why}</source>
        <translation>kan ikke læse mødemappen: {why}</translation>
    </message>
    <message>
        <source>not a session journal (.jsonl), skipped</source>
        <translation>ikke en mødelog (.jsonl), sprunget over</translation>
    </message>
    <message>
        <source>{reason}; skipped</source>
        <translation>{reason}; sprunget over</translation>
    </message>
    <message>
        <source>the programme in the log is damaged ({why})</source>
        <translation>programmet i loggen er beskadiget ({why})</translation>
    </message>
    <message numerus="yes">
        <source>{value} is not one of the programme&apos;s %n block(s)</source>
        <translation>
            <numerusform>{value} er ikke programmets eneste punkt</numerusform>
            <numerusform>{value} er ikke et af programmets %n punkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n step(s)</source>
        <translation>
            <numerusform>, %n trin</numerusform>
            <numerusform>, %n trin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>description of &quot;{title}&quot; with %n timed step(s)</source>
        <translation>
            <numerusform>beskrivelse af &quot;{title}&quot; med %n trin med tid</numerusform>
            <numerusform>beskrivelse af &quot;{title}&quot; med %n trin med tid</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>fejl</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
</context>
<context>
    <name>CurrentBlockPanel</name>
    <message>
        <source>Block %1 of %2</source>
        <translation>Blok %1 af %2</translation>
    </message>
    <message>
        <source>Ready · press Space to start</source>
        <translation>Klar · tryk mellemrum for at starte</translation>
    </message>
    <message>
        <source>❚❚ Paused %1 · %2</source>
        <translation>❚❚ Pause %1 · %2</translation>
    </message>
    <message>
        <source>The meeting is finished</source>
        <translation>Mødet er slut</translation>
    </message>
    <message>
        <source>Finished · took %1 of %2 planned</source>
        <translation>Slut · varede %1 af %2 planlagt</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Press F1, ? or Esc to close.</source>
        <translation>Tryk F1, ? eller Esc for at lukke.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a programme</source>
        <extracomment>Wait this long after the last keystroke before importing again.</extracomment>
        <translation>Importér et program</translation>
    </message>
    <message>
        <source>Paste the programme as the organisers sent it: clock times, lengths such as &quot;Tid: 10 min.&quot;, slides, bullets.</source>
        <translation>Indsæt programmet, som arrangørerne sendte det: klokkeslæt, længder som &quot;Tid: 10 min.&quot;, slides, punkter.</translation>
    </message>
    <message>
        <source>09.00-09.15 Welcome
09.15-10.15 Talk
…</source>
        <translation>09.00-09.15 Velkomst
09.15-10.15 Oplæg
…</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Længde</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slides</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blokke</translation>
    </message>
    <message>
        <source>YAML (editable)</source>
        <translation>YAML (kan redigeres)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <source>Paste a programme on the left.</source>
        <translation>Indsæt et program til venstre.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>indsat tekst</translation>
    </message>
    <message>
        <source>Nothing timed found yet: %1</source>
        <translation>Intet med tid fundet endnu: %1</translation>
    </message>
    <message>
        <source>%1 (proposal)</source>
        <translation>%1 (forslag)</translation>
    </message>
    <message>
        <source>Type the minutes to change them</source>
        <translation>Skriv minuttallet for at ændre det</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Advarsler (%1)</translation>
    </message>
    <message>
        <source>%1: %2 blocks, %3</source>
        <translation>%1: %2 blokke, %3</translation>
    </message>
    <message>
        <source>The minutes are a proposal: %1 shared out, none left. Type over a length to change it.</source>
        <translation>Minuttallene er et forslag: %1 er fordelt, intet tilbage. Skriv et nyt tal over en længde for at ændre den.</translation>
    </message>
    <message>
        <source>%1 to share out: %2 left.</source>
        <translation>%1 at fordele: %2 tilbage.</translation>
    </message>
    <message>
        <source>%1 to share out: %2 too many.</source>
        <translation>%1 at fordele: %2 for meget.</translation>
    </message>
    <message>
        <source>Cannot read %1 as minutes</source>
        <translation>Kan ikke læse %1 som minutter</translation>
    </message>
    <message>
        <source>Save the programme</source>
        <translation>Gem programmet</translation>
    </message>
    <message>
        <source>Programmes (*.yaml *.yml)</source>
        <translation>Programmer (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Kan ikke gemme %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Finish the meeting</source>
        <translation>Afslut mødet</translation>
    </message>
    <message>
        <source>The meeting log</source>
        <translation>Mødets log</translation>
    </message>
    <message>
        <source>Resumed. How long the app was closed is uncertain (the computer was restarted, or cannot tell): %1 counted by the wall clock.</source>
        <translation>Genoptaget. Det er usikkert, hvor længe appen var lukket (computeren er genstartet eller kan ikke oplyse det): %1 regnet efter computerens ur.</translation>
    </message>
    <message>
        <source>Resumed. %1 passed while the app was closed; it counts as meeting time.</source>
        <translation>Genoptaget. Der gik %1, mens appen var lukket; tiden tæller med som mødetid.</translation>
    </message>
    <message>
        <source>The computer slept for %1; the meeting clock went on.</source>
        <translation>Computeren sov i %1; mødeuret kørte videre.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was changed; the meeting timer is not affected.</source>
        <translation>Computerens ur blev stillet; mødets nedtælling påvirkes ikke.</translation>
    </message>
    <message>
        <source>A meeting is running</source>
        <translation>Et møde er i gang</translation>
    </message>
    <message>
        <source>Open another programme? The running meeting stays in its log and can be resumed later.</source>
        <translation>Åbn et andet program? Det igangværende møde bliver i sin log og kan genoptages senere.</translation>
    </message>
    <message>
        <source>Open the other programme</source>
        <translation>Åbn det andet program</translation>
    </message>
    <message>
        <source>Cannot open the programme</source>
        <translation>Programmet kan ikke åbnes</translation>
    </message>
    <message>
        <source>Open programme</source>
        <translation>Åbn program</translation>
    </message>
    <message>
        <source>Programmes (*.yaml *.yml *.txt *.md);;All files (*)</source>
        <translation>Programmer (*.yaml *.yml *.txt *.md);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Go to block</source>
        <translation>Gå til blok</translation>
    </message>
    <message>
        <source>The meeting will be timed from the moment it starts.</source>
        <translation>Mødet times fra det øjeblik, det starter.</translation>
    </message>
    <message>
        <source>The meeting will be timed against the planned clock, %1.</source>
        <translation>Mødet times efter det planlagte klokkeslæt, %1.</translation>
    </message>
    <message>
        <source>On time: no catch-up plan needed.</source>
        <translation>Til tiden: ingen plan nødvendig.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>This lands the meeting on time.</source>
        <translation>Så slutter mødet til tiden.</translation>
    </message>
    <message>
        <source>This saves %1; the meeting would end at %2.</source>
        <translation>Det sparer %1; mødet vil slutte kl. %2.</translation>
    </message>
    <message>
        <source>Catch-up plan</source>
        <translation>Plan for at indhente</translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation>Brug planen</translation>
    </message>
    <message>
        <source>Notes can be added once the meeting runs.</source>
        <translation>Notater kan tilføjes, når mødet er i gang.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notat gemt.</translation>
    </message>
    <message>
        <source>Finish the meeting now?</source>
        <translation>Afslut mødet nu?</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Sounds muted.</source>
        <translation>Lyd slået fra.</translation>
    </message>
    <message>
        <source>Sounds on.</source>
        <translation>Lyd slået til.</translation>
    </message>
    <message>
        <source>No second screen</source>
        <translation>Ingen ekstra skærm</translation>
    </message>
    <message>
        <source>There is no second screen for the projector countdown. Show the countdown full screen on this screen instead? Esc or F5 closes it and brings this window back.</source>
        <translation>Der er ingen ekstra skærm til nedtællingen på projektoren. Vil du i stedet vise nedtællingen på hele denne skærm? Esc eller F5 lukker den og viser dette vindue igen.</translation>
    </message>
    <message>
        <source>Full-screen countdown</source>
        <translation>Nedtælling på hele skærmen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>The language changes when facilitator starts again.</source>
        <translation>Sproget skifter, når facilitator startes igen.</translation>
    </message>
    <message>
        <source>Quit while the meeting runs? Finish it, or keep its log open so the meeting can be resumed when you start again.</source>
        <translation>Afslut mens mødet er i gang? Afslut mødet, eller lad loggen stå åben, så mødet kan genoptages, når du starter igen.</translation>
    </message>
    <message>
        <source>Finish and quit</source>
        <translation>Afslut mødet og programmet</translation>
    </message>
    <message>
        <source>Quit, resume later</source>
        <translation>Afslut, genoptag senere</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <extracomment>How long a note about the clocks (a restart, a suspend, a changed wall clock) stays shown. Registers a callback for the moment the log moves or fails (a full disk mid-block). Where the log is being written now (None before the first record).</extracomment>
        <translation>Notat</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(ingen årsag)</translation>
    </message>
    <message>
        <source>Discussion ran long</source>
        <translation>Diskussionen trak ud</translation>
    </message>
    <message>
        <source>Technical trouble</source>
        <translation>Tekniske problemer</translation>
    </message>
    <message>
        <source>Late start</source>
        <translation>Sen start</translation>
    </message>
    <message>
        <source>Questions from the room</source>
        <translation>Spørgsmål fra salen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Hvad skete der (valgfrit)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Længde</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slides</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 blocks</source>
        <translation>%1 · %2 · %3 blokke</translation>
    </message>
    <message>
        <source>%2 · %3 blocks</source>
        <translation>%2 · %3 blokke</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Dag %1 · %2</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n min</source>
        <comment>length</comment>
        <extracomment>Qt&apos;s translate, under the short name pyside6-lupdate also recognises.</extracomment>
        <translation>
            <numerusform>%n min.</numerusform>
            <numerusform>%n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n minute(s) left</source>
        <translation>
            <numerusform>▲ %n minut tilbage</numerusform>
            <numerusform>▲ %n minutter tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) behind</source>
        <translation>
            <numerusform>%n minut bagud</numerusform>
            <numerusform>%n minutter bagud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ahead</source>
        <translation>
            <numerusform>%n minut foran</numerusform>
            <numerusform>%n minutter foran</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <source>Minutes before a block ends, e.g. 5, 1. A programme&apos;s own alert settings win.</source>
        <translation>Minutter før en blok slutter, fx 5, 1. Et programs egne indstillinger går forud.</translation>
    </message>
    <message>
        <source>Warn before the end (minutes)</source>
        <translation>Advar før slutningen (minutter)</translation>
    </message>
    <message>
        <source>Remind while over time, every (minutes)</source>
        <translation>Påmind ved overskridelse, hvert (minutter)</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Lyde</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Afspil lyde</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lydstyrke</translation>
    </message>
    <message>
        <source>Warning before the end</source>
        <translation>Advarsel før slutningen</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden er gået</translation>
    </message>
    <message>
        <source>Reminder while over time</source>
        <translation>Påmindelse ved overskridelse</translation>
    </message>
    <message>
        <source>Break is over</source>
        <translation>Pausen er slut</translation>
    </message>
    <message>
        <source>Next step (soft)</source>
        <translation>Næste trin (blidt)</translation>
    </message>
    <message>
        <source>Meeting finished</source>
        <translation>Mødet er slut</translation>
    </message>
    <message>
        <source>Projector countdown</source>
        <translation>Nedtælling på projektor</translation>
    </message>
    <message>
        <source>The screen without the control window</source>
        <translation>Skærmen uden kontrolvinduet</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Skærm</translation>
    </message>
    <message>
        <source>Show the countdown during</source>
        <translation>Vis nedtællingen under</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Udseende</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekststørrelse</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slides</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Keynote (macOS)</source>
        <translation>Keynote (macOS)</translation>
    </message>
    <message>
        <source>The clicker&apos;s keys (PageDown/PageUp in this window)</source>
        <translation>Fjernbetjeningens taster (PageDown/PageUp i dette vindue)</translation>
    </message>
    <message>
        <source>Follow the slide show of</source>
        <translation>Følg slideshowet i</translation>
    </message>
    <message>
        <source>Nothing: only record the slides</source>
        <translation>Intet: slides bliver kun noteret</translation>
    </message>
    <message>
        <source>Suggest the block a slide belongs to</source>
        <translation>Foreslå den blok, et slide hører til</translation>
    </message>
    <message>
        <source>Follow: a slide starts its block and step</source>
        <translation>Følg: et slide starter sin blok og sit trin</translation>
    </message>
    <message>
        <source>A change of slide does</source>
        <translation>Når slidet skifter</translation>
    </message>
    <message>
        <source>The open programme sets its own: %1. It wins over this choice while it is open.</source>
        <translation>Det åbne program har sin egen indstilling: %1. Den gælder frem for dette valg, så længe programmet er åbent.</translation>
    </message>
    <message>
        <source>A programme that sets slides_follow itself wins over this choice.</source>
        <translation>Et program, der selv angiver slides_follow, går forud for dette valg.</translation>
    </message>
    <message>
        <source>Warn before: write positive minutes like 5, 1.</source>
        <translation>Advar før: skriv positive minutter som 5, 1.</translation>
    </message>
</context>
<context>
    <name>ProgrammeWords</name>
    <message>
        <source>Talk</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Gruppearbejde</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>uden tid</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ Pause</translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message>
        <source>Show on phone</source>
        <extracomment>Quiet zone around a QR code, in modules (the standard asks for four).</extracomment>
        <translation>Vis på telefon</translation>
    </message>
    <message>
        <source>Phones on the same network open the view (anyone may have it) or the control (one phone at a time). The network traffic is not encrypted.</source>
        <translation>Telefoner på samme netværk åbner visningen (den må alle få) eller styringen (én telefon ad gangen). Trafikken på netværket er ikke krypteret.</translation>
    </message>
    <message>
        <source>%1 (this computer only)</source>
        <translation>%1 (kun denne computer)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>View: the countdown, for anyone</source>
        <translation>Visning: nedtællingen, til alle</translation>
    </message>
    <message>
        <source>Control: next, pause, ±1 min, for one phone</source>
        <translation>Styring: næste, pause, ±1 min., til én telefon</translation>
    </message>
    <message>
        <source>New links</source>
        <translation>Nye links</translation>
    </message>
    <message>
        <source>Release control device</source>
        <translation>Frigiv styrende telefon</translation>
    </message>
    <message>
        <source>Could not start on %1: %2</source>
        <translation>Kunne ikke starte på %1: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The remote is off.</source>
        <translation>Fjernbetjeningen er slået fra.</translation>
    </message>
    <message>
        <source>No phone controls the meeting yet: the first to open the control link will.</source>
        <translation>Ingen telefon styrer mødet endnu: den første, der åbner styringslinket, gør.</translation>
    </message>
    <message>
        <source>Controlled from the phone at %1; other phones are refused until you release it.</source>
        <translation>Styres fra telefonen på %1; andre telefoner afvises, til du frigiver den.</translation>
    </message>
</context>
<context>
    <name>RemoteLink</name>
    <message>
        <source>Not started</source>
        <extracomment>The journal&apos;s `source` of an action a phone asked for.</extracomment>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>The meeting is finished</source>
        <translation>Mødet er slut</translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>Remote on %1 · pages open: %2</source>
        <translation>Fjernbetjening på %1 · åbne sider: %2</translation>
    </message>
    <message>
        <source>Remote not started: %1</source>
        <translation>Fjernbetjening ikke startet: %1</translation>
    </message>
</context>
<context>
    <name>ResumeBar</name>
    <message>
        <source>Resume</source>
        <translation>Genoptag</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>“%1” was not finished (last activity %2). Resume it? The time since then counts as meeting time.</source>
        <translation>“%1” blev ikke afsluttet (sidst i gang kl. %2). Vil du genoptage mødet? Tiden siden da tæller med som mødetid.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review meetings — facilitator</source>
        <extracomment>The journal of the meeting running in the main window and its meeting clock now (seconds), or None when no meeting runs there.</extracomment>
        <translation>Gennemse møder — facilitator</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Series and calibration</source>
        <translation>Serie og kalibrering</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slides</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Gennemse</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <source>Export the meeting…</source>
        <translation>Eksportér mødet…</translation>
    </message>
    <message>
        <source>Delete the meeting…</source>
        <translation>Slet mødet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Export series…</source>
        <translation>Eksportér serie…</translation>
    </message>
    <message>
        <source>Export revised programme…</source>
        <translation>Eksportér revideret program…</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Alle programmer</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>%1 (%2 blocks)</source>
        <translation>%1 (%2 blokke)</translation>
    </message>
    <message>
        <source>%1 · %2 meetings</source>
        <translation>%1 · %2 møder</translation>
    </message>
    <message>
        <source>No meetings logged yet in %1</source>
        <translation>Ingen møder logget endnu i %1</translation>
    </message>
    <message>
        <source>%1 meetings in %2</source>
        <translation>%1 møder i %2</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Sprunget over: %1</translation>
    </message>
    <message>
        <source>Damaged lines left out in: %1</source>
        <translation>Beskadigede linjer udeladt i: %1</translation>
    </message>
    <message>
        <source>Choose a meeting in the list.</source>
        <translation>Vælg et møde på listen.</translation>
    </message>
    <message>
        <source>Start: planned %1, actual %2</source>
        <translation>Start: planlagt %1, faktisk %2</translation>
    </message>
    <message>
        <source>End: planned %1, actual %2</source>
        <translation>Slut: planlagt %1, faktisk %2</translation>
    </message>
    <message>
        <source>Start: %1 (the programme has no clock time)</source>
        <translation>Start: %1 (programmet har intet klokkeslæt)</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Slut: %1</translation>
    </message>
    <message>
        <source>Start: %1 (timed from the start instead of the planned %2)</source>
        <translation>Start: %1 (timet fra starten i stedet for kl. %2 som planlagt)</translation>
    </message>
    <message>
        <source>End: planned %1, not yet (last logged %2)</source>
        <translation>Slut: planlagt %1, ikke endnu (sidst logget %2)</translation>
    </message>
    <message>
        <source>So far: %1 against %2 planned for it (%3); whole meeting planned %4</source>
        <translation>Indtil nu: %1 mod %2 planlagt for den tid (%3); hele mødet planlagt til %4</translation>
    </message>
    <message>
        <source>Length: planned %1, actual %2 (%3)</source>
        <translation>Længde: planlagt %1, faktisk %2 (%3)</translation>
    </message>
    <message>
        <source>paused %1</source>
        <translation>pause %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>ikke afsluttet</translation>
    </message>
    <message>
        <source>closed unfinished</source>
        <translation>lukket uafsluttet</translation>
    </message>
    <message>
        <source>Meeting notes: %1</source>
        <translation>Mødenotater: %1</translation>
    </message>
    <message>
        <source>%1 · %2 counted meetings</source>
        <translation>%1 · %2 talte møder</translation>
    </message>
    <message>
        <source>(%1 not counted: unfinished or rehearsals)</source>
        <translation>(%1 ikke talt med: uafsluttede eller prøvekørsler)</translation>
    </message>
    <message>
        <source>No calibration: the programme in the log cannot be read (%1).</source>
        <translation>Ingen kalibrering: programmet i loggen kan ikke læses (%1).</translation>
    </message>
    <message>
        <source>Planned %1 in all; with the suggested lengths %2.</source>
        <translation>Planlagt %1 i alt; med de foreslåede længder %2.</translation>
    </message>
    <message>
        <source>%1 ran over in %2 of %3 meetings by a median of %4: plan %5</source>
        <translation>%1 løb over i %2 af %3 møder med en median på %4: planlæg %5</translation>
    </message>
    <message>
        <source>%1: keep %2 (only %3 meetings so far)</source>
        <translation>%1: behold %2 (kun %3 møder indtil nu)</translation>
    </message>
    <message>
        <source>%1: keep %2 (ran over in %3 of %4)</source>
        <translation>%1: behold %2 (løb over i %3 af %4)</translation>
    </message>
    <message>
        <source>%1: its clock time moves from %2 to %3.</source>
        <translation>%1: klokkeslættet flyttes fra %2 til %3.</translation>
    </message>
    <message>
        <source>%1: its longest length (max_minutes) is raised to %2.</source>
        <translation>%1: den længste længde (max_minutes) hæves til %2.</translation>
    </message>
    <message>
        <source>%1: the steps add up to %2, the block now has %3; adjust the steps.</source>
        <translation>%1: trinene giver tilsammen %2, blokken har nu %3; justér trinene.</translation>
    </message>
    <message>
        <source>⚠ The revised programme takes %1, %2 more than its %3 slot.</source>
        <translation>⚠ Det reviderede program varer %1, %2 mere end de %3, der er sat af.</translation>
    </message>
    <message>
        <source>No block ran under or is flexible: shorten by hand, or plan a longer meeting.</source>
        <translation>Ingen blok løb under eller er fleksibel: forkort selv, eller planlæg et længere møde.</translation>
    </message>
    <message>
        <source>%1 (ran under, %2)</source>
        <translation>%1 (løb under, %2)</translation>
    </message>
    <message>
        <source>%1 (flexible, %2)</source>
        <translation>%1 (fleksibel, %2)</translation>
    </message>
    <message>
        <source>Shorten instead: %1.</source>
        <translation>Forkort i stedet: %1.</translation>
    </message>
    <message>
        <source>Delete the meeting “%1” of %2 from the list? Its log is moved to the folder %3 in the sessions folder, so nothing is lost.</source>
        <translation>Slet mødet “%1” fra %2 fra listen? Loggen flyttes til mappen %3 i mødemappen, så intet går tabt.</translation>
    </message>
    <message>
        <source>Delete the meeting</source>
        <translation>Slet mødet</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Cannot delete the meeting</source>
        <translation>Mødet kan ikke slettes</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Flyttet til %1</translation>
    </message>
    <message>
        <source>Export the meeting</source>
        <translation>Eksportér mødet</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML report (*.html);;CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;HTML-rapport (*.html);;CSV til regneark (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Kan ikke eksportere</translation>
    </message>
    <message>
        <source>Export the series</source>
        <translation>Eksportér serien</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV til regneark (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export revised programme</source>
        <translation>Eksportér revideret program</translation>
    </message>
    <message>
        <source>Programmes (*.yaml *.yml)</source>
        <translation>Programmer (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
</context>
<context>
    <name>ScheduleStrip</name>
    <message>
        <source>Next: the end of the meeting</source>
        <translation>Næste: mødets afslutning</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Næste: %1</translation>
    </message>
</context>
<context>
    <name>SeriesModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maks.</translation>
    </message>
    <message>
        <source>Ran over</source>
        <translation>Løb over</translation>
    </message>
    <message>
        <source>Median overrun</source>
        <translation>Median overskridelse</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>planned %1, actual %2 (%3)</source>
        <translation>planlagt %1, faktisk %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Whole meeting</source>
        <translation>Hele mødet</translation>
    </message>
</context>
<context>
    <name>SeriesSlidesModel</name>
    <message>
        <source>Slide</source>
        <translation>Slide</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>Ran long</source>
        <translation>For lang i</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>in no block</source>
        <translation>i ingen blok</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>keeps running long</source>
        <translation>tager tit for lang tid</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <extracomment>Sorting by these, not by the text shown (&quot;9 min&quot; after &quot;10 min&quot; is wrong). The programme (series key) a session belongs to, for the programme filter. Text colours for a block over or under its plan. The sign (+/−) says the same, so the colour is never the only signal, on screen or on paper. The invisible root: a table&apos;s rows have no parent.</extracomment>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Overskridelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Against the plan so far: the meeting has not finished.</source>
        <translation>Mod planen indtil nu: mødet er ikke afsluttet.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ikke startet</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>closed unfinished</source>
        <translation>lukket uafsluttet</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>ikke afsluttet</translation>
    </message>
    <message>
        <source>%1, resumed</source>
        <translation>%1, genoptaget</translation>
    </message>
    <message>
        <source>%1, rehearsal ×%2</source>
        <translation>%1, prøvekørsel ×%2</translation>
    </message>
</context>
<context>
    <name>SlideBar</name>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>SlideFollowing</name>
    <message>
        <source>Slides: %1</source>
        <translation>Slides: %1</translation>
    </message>
</context>
<context>
    <name>SlideSources</name>
    <message>
        <source>PowerPoint needs pywin32: pip install &quot;facilitator[powerpoint]&quot;</source>
        <extracomment>PowerPoint&apos;s COM name. How often PowerPoint is looked at.</extracomment>
        <translation>PowerPoint kræver pywin32: pip install &quot;facilitator[powerpoint]&quot;</translation>
    </message>
    <message>
        <source>PowerPoint is not installed on this computer</source>
        <translation>PowerPoint er ikke installeret på denne computer</translation>
    </message>
    <message>
        <source>PowerPoint is followed through COM on Windows and through AppleScript on macOS, not on this system</source>
        <translation>PowerPoint kan følges gennem COM på Windows og gennem AppleScript på macOS, men ikke på dette system</translation>
    </message>
    <message>
        <source>facilitator may not control %1: allow it in System Settings ▸ Privacy &amp; Security ▸ Automation</source>
        <extracomment>The same error this many looks in a row: the source gives up (FAILED). AppleScript error numbers the sources understand (they end osascript&apos;s message). The program&apos;s name for the facilitator&apos;s sentences.</extracomment>
        <translation>facilitator har ikke lov til at styre %1: tillad det under Systemindstillinger ▸ Anonymitet og sikkerhed ▸ Automatisering</translation>
    </message>
    <message>
        <source>%1 is followed through AppleScript on macOS only, not on this system</source>
        <translation>%1 kan kun følges gennem AppleScript på macOS, ikke på dette system</translation>
    </message>
    <message>
        <source>cannot start LibreOffice (%1): not found or not runnable</source>
        <extracomment>The port the facilitator asks soffice to accept UNO connections on. The helper&apos;s exit status when that Python has no `uno` (impress_helper.NO_UNO_STATUS).</extracomment>
        <translation>kan ikke starte LibreOffice (%1): findes ikke eller kan ikke køres</translation>
    </message>
    <message>
        <source>cannot run %1 for LibreOffice Impress (%2); set %3 to a Python that can import uno</source>
        <translation>kan ikke køre %1 til LibreOffice Impress (%2); sæt %3 til en Python, der kan importere uno</translation>
    </message>
    <message>
        <source>%1 cannot import uno (Debian/Ubuntu: install python3-uno; or set %2)</source>
        <translation>%1 kan ikke importere uno (Debian/Ubuntu: installér python3-uno; eller sæt %2)</translation>
    </message>
    <message>
        <source>the LibreOffice Impress helper stopped (exit status %1)</source>
        <translation>hjælpeprogrammet til LibreOffice Impress stoppede (afslutningsstatus %1)</translation>
    </message>
</context>
<context>
    <name>SlideTimesModel</name>
    <message>
        <source>Slide</source>
        <translation>Slide</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Vist</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>ran long</source>
        <translation>for lang</translation>
    </message>
    <message>
        <source>%1 looking back</source>
        <translation>%1 som tilbageblik</translation>
    </message>
    <message>
        <source>in no block</source>
        <translation>i ingen blok</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
</context>
<context>
    <name>SlidesPanel</name>
    <message>
        <source>Slide %1 belongs to %2 · press → to go on</source>
        <translation>Slide %1 hører til %2 · tryk → for at gå videre</translation>
    </message>
    <message>
        <source>Slide %1 belongs to an earlier block, %2: the meeting stays where it is (← goes back)</source>
        <translation>Slide %1 hører til en tidligere blok, %2: mødet bliver, hvor det er (← går tilbage)</translation>
    </message>
    <message>
        <source>Slide %1 belongs to no block of the programme: nothing changes</source>
        <translation>Slide %1 hører ikke til nogen blok i programmet: intet ændres</translation>
    </message>
    <message>
        <source>The slide show ended; the meeting goes on as it is.</source>
        <translation>Præsentationen er slut; mødet fortsætter uændret.</translation>
    </message>
    <message>
        <source>Slide %1: the programme names no slides, so the timer does not follow them.</source>
        <translation>Slide %1: programmet nævner ingen slides, så uret følger dem ikke.</translation>
    </message>
    <message>
        <source>Slide %1 started “%2”.</source>
        <translation>Slide %1 startede “%2”.</translation>
    </message>
    <message>
        <source>Slide %1 started the step “%2”.</source>
        <translation>Slide %1 startede trinnet “%2”.</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>slide %1</translation>
    </message>
    <message>
        <source>slide %1 of %2–%3</source>
        <translation>slide %1 af %2–%3</translation>
    </message>
    <message>
        <source>1 slide left</source>
        <translation>1 slide tilbage</translation>
    </message>
    <message>
        <source>%1 slides left</source>
        <translation>%1 slides tilbage</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 tilbage</translation>
    </message>
    <message>
        <source>the slides left will not fit at this meeting&apos;s pace</source>
        <translation>de resterende slides når ikke med i mødets tempo</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stoppet</translation>
    </message>
    <message>
        <source>looking for the show…</source>
        <translation>leder efter præsentationen…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>forbundet</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>forbindelsen er tabt</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>ikke tilgængelig</translation>
    </message>
    <message>
        <source>Slides: %1 · %2</source>
        <translation>Slides: %1 · %2</translation>
    </message>
    <message>
        <source>Time per slide in this meeting</source>
        <translation>Tid pr. slide i dette møde</translation>
    </message>
    <message>
        <source>Across the series</source>
        <translation>Over møderne i serien</translation>
    </message>
    <message>
        <source>Choose a meeting in the list.</source>
        <translation>Vælg et møde på listen.</translation>
    </message>
    <message>
        <source>No slide data: this meeting was not run following a slideshow (its log has no slide changes).</source>
        <translation>Ingen slide-data: mødet blev ikke kørt efter et slideshow (loggen har ingen slideskift).</translation>
    </message>
    <message>
        <source>Slides were followed for %1 of the meeting&apos;s %2 (pauses left out).</source>
        <translation>Slides blev fulgt i %1 af mødets %2 (pauser regnes ikke med).</translation>
    </message>
    <message>
        <source>Most time: %1</source>
        <translation>Mest tid: %1</translation>
    </message>
    <message>
        <source>slide %1 (%2)</source>
        <translation>slide %1 (%2)</translation>
    </message>
    <message>
        <source>Ran long: %1</source>
        <translation>Tog for lang tid: %1</translation>
    </message>
    <message>
        <source>slide %1 (%2, planned %3)</source>
        <translation>slide %1 (%2, planlagt %3)</translation>
    </message>
    <message>
        <source>No slide ran long.</source>
        <translation>Ingen slide tog for lang tid.</translation>
    </message>
    <message>
        <source>No slide data: none of the series&apos; counted meetings followed a slideshow.</source>
        <translation>Ingen slide-data: ingen af seriens talte møder fulgte et slideshow.</translation>
    </message>
    <message>
        <source>No finished meeting of this programme to count yet.</source>
        <translation>Intet afsluttet møde med dette program at tælle endnu.</translation>
    </message>
    <message>
        <source>Median time per slide over %1 meetings with slide data.</source>
        <translation>Mediantid pr. slide over %1 møder med slide-data.</translation>
    </message>
    <message>
        <source>%1 counted meetings without slide data are left out.</source>
        <translation>%1 talte møder uden slide-data er ikke med.</translation>
    </message>
    <message>
        <source>Keep running long: %1</source>
        <translation>Tager tit for lang tid: %1</translation>
    </message>
    <message>
        <source>slide %1 (median %2, long in %3 of %4)</source>
        <translation>slide %1 (median %2, for lang i %3 af %4)</translation>
    </message>
    <message>
        <source>No slide keeps running long.</source>
        <translation>Ingen slide tager tit for lang tid.</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>Step %1/%2: %3</source>
        <translation>Trin %1/%2: %3</translation>
    </message>
    <message>
        <source>%1 left of the block</source>
        <translation>%1 tilbage af blokken</translation>
    </message>
    <message>
        <source>%1 left of this step</source>
        <translation>%1 tilbage af dette trin</translation>
    </message>
    <message>
        <source>%1 over this step</source>
        <translation>%1 over dette trin</translation>
    </message>
    <message>
        <source>No steps in this block</source>
        <translation>Ingen trin i denne blok</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <source>Started %1, ended %2; planned %3–%4.</source>
        <translation>Startede %1, sluttede %2; planlagt %3–%4.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Top: the plan. Bottom: what happened so far.</source>
        <translation>Øverst: planen. Nederst: hvad der er sket indtil nu.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Open programme…</source>
        <translation>Åbn program…</translation>
    </message>
    <message>
        <source>Import from text…</source>
        <translation>Importér fra tekst…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Åbn seneste</translation>
    </message>
    <message>
        <source>Review meetings…</source>
        <translation>Gennemse møder…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <source>Start / pause / resume</source>
        <translation>Start / pause / fortsæt</translation>
    </message>
    <message>
        <source>Next block</source>
        <translation>Næste blok</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>Forrige blok</translation>
    </message>
    <message>
        <source>Add a minute</source>
        <translation>Læg et minut til</translation>
    </message>
    <message>
        <source>Take a minute</source>
        <translation>Tag et minut fra</translation>
    </message>
    <message>
        <source>Catch-up plan…</source>
        <translation>Plan for at indhente…</translation>
    </message>
    <message>
        <source>Undo catch-up plan</source>
        <translation>Fortryd planen for at indhente</translation>
    </message>
    <message>
        <source>Go to block…</source>
        <translation>Gå til blok…</translation>
    </message>
    <message>
        <source>Note or overrun reason…</source>
        <translation>Notat eller årsag til overskridelse…</translation>
    </message>
    <message>
        <source>Restart this block</source>
        <translation>Start denne blok forfra</translation>
    </message>
    <message>
        <source>Finish the meeting</source>
        <translation>Afslut mødet</translation>
    </message>
    <message>
        <source>Time from the start, not the planned clock</source>
        <translation>Tag tid fra start i stedet for det planlagte klokkeslæt</translation>
    </message>
    <message>
        <source>Clicker: next slide</source>
        <translation>Fjernbetjening: næste slide</translation>
    </message>
    <message>
        <source>Clicker: previous slide</source>
        <translation>Fjernbetjening: forrige slide</translation>
    </message>
    <message>
        <source>Go to block 1 … 9</source>
        <translation>Gå til blok 1 … 9</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>Slå lyd fra</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Kompakt visning</translation>
    </message>
    <message>
        <source>Projector countdown</source>
        <translation>Nedtælling på projektor</translation>
    </message>
    <message>
        <source>Projector to the next screen</source>
        <translation>Projektor til næste skærm</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>Projektorskærm</translation>
    </message>
    <message>
        <source>Show on phone…</source>
        <translation>Vis på telefon…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>About facilitator</source>
        <translation>Om facilitator</translation>
    </message>
</context>
<context>
    <name>facilitator</name>
    <message>
        <source>Step %1/%2</source>
        <extracomment>The largest count shown. Qt takes a count (the `n` of a plural) as a 32-bit int; far below that, a figure this large is damage, and the text says so by stopping here instead of overflowing.</extracomment>
        <translation>Trin %1/%2</translation>
    </message>
    <message>
        <source>No slides</source>
        <translation>Ingen slides</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Slide %1</translation>
    </message>
    <message>
        <source>Slides %1</source>
        <translation>Slides %1</translation>
    </message>
    <message>
        <source>Untimed · counting up</source>
        <translation>Uden tid · tæller op</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>■ Break is over</source>
        <translation>■ Pausen er slut</translation>
    </message>
    <message>
        <source>■ Time is up</source>
        <translation>■ Tiden er gået</translation>
    </message>
    <message>
        <source>● Over time</source>
        <translation>● Over tiden</translation>
    </message>
    <message>
        <source>Planned %1 · timed from the start · starting now ends %2</source>
        <translation>Planlagt %1 · times fra start · start nu slutter %2</translation>
    </message>
    <message>
        <source>Planned %1–%2</source>
        <translation>Planlagt %1–%2</translation>
    </message>
    <message>
        <source>%1 · starting now ends %2</source>
        <translation>%1 · start nu slutter %2</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Til tiden</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>slutter %1</translation>
    </message>
    <message>
        <source>ends %1 (planned %2)</source>
        <translation>slutter %1 (planlagt %2)</translation>
    </message>
    <message>
        <source>planned %1 · timed from start %2</source>
        <translation>planlagt %1 · timet fra start %2</translation>
    </message>
    <message>
        <source>The log starts with the meeting.</source>
        <translation>Loggen starter med mødet.</translation>
    </message>
    <message>
        <source>The log could not be written: %1</source>
        <translation>Loggen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Log moved to %1 (%2)</source>
        <translation>Loggen er flyttet til %1 (%2)</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <source>Not started: an unfinished meeting can be resumed (see above).</source>
        <translation>Ikke startet: et uafsluttet møde kan genoptages (se ovenfor).</translation>
    </message>
    <message>
        <source>%1 was open to others (mode %2); now only you can open it.</source>
        <translation>Andre kunne åbne %1 (rettigheder %2); nu kan kun du åbne den.</translation>
    </message>
    <message>
        <source>“%1” was closed unfinished in its log and will not be offered again.</source>
        <translation>“%1” er lukket som uafsluttet i sin log og bliver ikke tilbudt igen.</translation>
    </message>
    <message>
        <source>facilitator: cannot resume %1: its programme is damaged</source>
        <translation>facilitator: kan ikke genoptage %1: programmet i den er beskadiget</translation>
    </message>
    <message>
        <source>facilitator: no unfinished meeting from the last 12 hours in %1</source>
        <translation>facilitator: intet uafsluttet møde fra de sidste 12 timer i %1</translation>
    </message>
    <message>
        <source>facilitator: %1 is open in another copy of facilitator (process %2); not taken</source>
        <translation>facilitator: %1 er åben i en anden kopi af facilitator (proces %2); ikke overtaget</translation>
    </message>
    <message>
        <source>facilitator: %1 is open in another copy of facilitator; not taken</source>
        <translation>facilitator: %1 er åben i en anden kopi af facilitator; ikke overtaget</translation>
    </message>
    <message>
        <source>Resumed from a damaged log: %1 line(s) skipped or repaired. First: %2</source>
        <translation>Genoptaget fra en beskadiget log: %1 linje(r) sprunget over eller rettet. Første: %2</translation>
    </message>
    <message>
        <source>“%1” is open in another copy of facilitator (process %2). This window does not take that meeting or write to its log.</source>
        <translation>“%1” er åbent i en anden kopi af facilitator (proces %2). Dette vindue overtager ikke mødet og skriver ikke i dets log.</translation>
    </message>
    <message>
        <source>“%1” is open in another copy of facilitator. This window does not take that meeting or write to its log.</source>
        <translation>“%1” er åbent i en anden kopi af facilitator. Dette vindue overtager ikke mødet og skriver ikke i dets log.</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <extracomment>Share of the view&apos;s height for each line of the countdown display. The holding display: the meeting&apos;s title and a large clock of day. A projector window that lost its screen comes back this large on the laptop.</extracomment>
        <translation>Skærm %1</translation>
    </message>
    <message>
        <source>discussion ran long</source>
        <translation>diskussionen trak ud</translation>
    </message>
    <message>
        <source>technical trouble</source>
        <translation>tekniske problemer</translation>
    </message>
    <message>
        <source>late start</source>
        <translation>sen start</translation>
    </message>
    <message>
        <source>questions from the room</source>
        <translation>spørgsmål fra salen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andet</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Chart inks: dark enough to print as distinct greys, patterned so planned, actual and over-plan stay apart on a black-and-white printout.</extracomment>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Past the plan</source>
        <translation>Ud over planen</translation>
    </message>
    <message>
        <source>Behind plan after each block</source>
        <translation>Bagud efter hver blok</translation>
    </message>
    <message>
        <source>min behind plan (+) or ahead (−)</source>
        <translation>min. bagud (+) eller foran (−)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <source>Sounds are off: no audio output — the flash still shows</source>
        <translation>Lyde er slået fra: ingen lydudgang — blinket vises stadig</translation>
    </message>
    <message>
        <source>Unavailable: there is no audio output. Sounds come back when one is connected; the flash still shows.</source>
        <translation>Ikke tilgængelig: der er ingen lydudgang. Lydene kommer igen, når der tilsluttes en lydudgang; blinket vises stadig.</translation>
    </message>
    <message>
        <source>Unavailable: the sound library cannot be loaded (%1). The flash still shows.</source>
        <translation>Ikke tilgængelig: lydbiblioteket kan ikke indlæses (%1). Blinket vises stadig.</translation>
    </message>
    <message>
        <source>The remote could not start on %1: %2</source>
        <translation>Fjernbetjeningen kunne ikke starte på %1: %2</translation>
    </message>
    <message>
        <source>View (read only): %1</source>
        <translation>Visning (kun se): %1</translation>
    </message>
    <message>
        <source>Control (one device): %1</source>
        <translation>Styring (én enhed): %1</translation>
    </message>
    <message>
        <source>clicker keys</source>
        <translation>fjernbetjeningens taster</translation>
    </message>
</context>
</TS>
