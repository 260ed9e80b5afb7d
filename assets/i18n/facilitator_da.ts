<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>BlocksModel</name>
    <message>
        <location filename="../../facilitator/ui/review.py" line="347"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="348"/>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="349"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="350"/>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="351"/>
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="352"/>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="353"/>
        <source>Adjusted</source>
        <translation>Justeret</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="354"/>
        <source>Notes and reasons</source>
        <translation>Notater og årsager</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="389"/>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
</context>
<context>
    <name>CompactView</name>
    <message>
        <location filename="../../facilitator/ui/compact.py" line="116"/>
        <source>Compact view</source>
        <extracomment>Alerts that flash the compact view, as they flash the control window. Share of the height each line gets, with and without the status line. Line height over font pixel size for the fonts the views use (DejaVu: 1.16).</extracomment>
        <translation>Kompakt visning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/compact.py" line="155"/>
        <source>Close the compact view</source>
        <translation>Luk den kompakte visning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/compact.py" line="199"/>
        <source>Finished</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/compact.py" line="205"/>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/compact.py" line="207"/>
        <source>❚❚ Paused</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/compact.py" line="415"/>
        <source>Always on top</source>
        <translation>Altid øverst</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/compact.py" line="420"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="283"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="296"/>
        <source>Press F1, ? or Esc to close.</source>
        <translation>Tryk F1, ? eller Esc for at lukke.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="50"/>
        <source>Import a programme</source>
        <extracomment>Wait this long after the last keystroke before importing again.</extracomment>
        <translation>Importér et program</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="60"/>
        <source>Paste the programme as the organisers sent it: clock times, lengths such as &quot;Tid: 10 min.&quot;, slides, bullets.</source>
        <translation>Indsæt programmet, som arrangørerne sendte det: klokkeslæt, længder som &quot;Tid: 10 min.&quot;, slides, punkter.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="66"/>
        <source>09.00-09.15 Welcome
09.15-10.15 Talk
…</source>
        <translation>09.00-09.15 Velkomst
09.15-10.15 Oplæg
…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="72"/>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="72"/>
        <source>Length</source>
        <translation>Længde</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="73"/>
        <source>Slides</source>
        <translation>Slides</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="73"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="74"/>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="80"/>
        <source>Blocks</source>
        <translation>Blokke</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="83"/>
        <source>YAML (editable)</source>
        <translation>YAML (kan redigeres)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="85"/>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="111"/>
        <source>Paste a programme on the left.</source>
        <translation>Indsæt et program til venstre.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="114"/>
        <source>pasted text</source>
        <translation>indsat tekst</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="117"/>
        <source>Nothing timed found yet: %1</source>
        <translation>Intet med tid fundet endnu: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="136"/>
        <source>untimed</source>
        <translation>uden tid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="141"/>
        <source>Warnings (%1)</source>
        <translation>Advarsler (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="145"/>
        <source>%1: %2 blocks, %3</source>
        <translation>%1: %2 blokke, %3</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="163"/>
        <source>Save the programme</source>
        <translation>Gem programmet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="165"/>
        <source>Programmes (*.yaml *.yml)</source>
        <translation>Programmer (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/import_dialog.py" line="176"/>
        <source>Cannot save %1: %2</source>
        <translation>Kan ikke gemme %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="415"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="416"/>
        <location filename="../../facilitator/ui/main_window.py" line="1066"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="418"/>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="419"/>
        <source>−1 min</source>
        <translation>−1 min.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="420"/>
        <source>+1 min</source>
        <translation>+1 min.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="421"/>
        <source>Catch up…</source>
        <translation>Indhent…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="422"/>
        <source>Undo plan</source>
        <translation>Fortryd plan</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="423"/>
        <source>Note…</source>
        <translation>Notat…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="450"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="450"/>
        <location filename="../../facilitator/ui/main_window.py" line="501"/>
        <location filename="../../facilitator/ui/main_window.py" line="769"/>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="450"/>
        <source>Length</source>
        <translation>Længde</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="450"/>
        <source>Slides</source>
        <translation>Slides</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="451"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="501"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="501"/>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="501"/>
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="531"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="532"/>
        <source>Open programme…</source>
        <translation>Åbn program…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="535"/>
        <source>Import from text…</source>
        <translation>Importér fra tekst…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="538"/>
        <source>Open recent</source>
        <translation>Åbn seneste</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="539"/>
        <source>Review meetings…</source>
        <translation>Gennemse møder…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="544"/>
        <source>Preferences…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="548"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="551"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="552"/>
        <source>Start / pause / resume</source>
        <translation>Start / pause / fortsæt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="554"/>
        <source>Next block</source>
        <translation>Næste blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="556"/>
        <source>Previous block</source>
        <translation>Forrige blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="558"/>
        <source>Add a minute</source>
        <translation>Læg et minut til</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="560"/>
        <source>Take a minute</source>
        <translation>Tag et minut fra</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="562"/>
        <source>Catch-up plan…</source>
        <translation>Plan for at indhente…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="563"/>
        <source>Undo catch-up plan</source>
        <translation>Fortryd planen for at indhente</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="565"/>
        <source>Go to block…</source>
        <translation>Gå til blok…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="566"/>
        <source>Note or overrun reason…</source>
        <translation>Notat eller årsag til overskridelse…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="568"/>
        <source>Restart this block</source>
        <translation>Start denne blok forfra</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="570"/>
        <location filename="../../facilitator/ui/main_window.py" line="814"/>
        <source>Finish the meeting</source>
        <translation>Afslut mødet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="584"/>
        <source>Go to block 1 … 9</source>
        <translation>Gå til blok 1 … 9</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="586"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="587"/>
        <source>Mute sounds</source>
        <translation>Slå lyd fra</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="593"/>
        <source>Compact view</source>
        <translation>Kompakt visning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="594"/>
        <source>Projector countdown</source>
        <translation>Nedtælling på projektor</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="596"/>
        <source>Projector to the next screen</source>
        <translation>Projektor til næste skærm</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="601"/>
        <source>Projector screen</source>
        <translation>Projektorskærm</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="604"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="605"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="667"/>
        <source>The meeting log</source>
        <translation>Mødets log</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="674"/>
        <source>%1 · %2 · %3 blocks</source>
        <translation>%1 · %2 · %3 blokke</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="676"/>
        <source>%2 · %3 blocks</source>
        <translation>%2 · %3 blokke</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="686"/>
        <source>untimed</source>
        <translation>uden tid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="697"/>
        <location filename="../../facilitator/ui/main_window.py" line="1143"/>
        <source>A meeting is running</source>
        <translation>Et møde er i gang</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="698"/>
        <source>Open another programme? The running meeting stays in its log and can be resumed later.</source>
        <translation>Åbn et andet program? Det igangværende møde bliver i sin log og kan genoptages senere.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="700"/>
        <source>Open the other programme</source>
        <translation>Åbn det andet program</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="710"/>
        <location filename="../../facilitator/ui/main_window.py" line="713"/>
        <source>Cannot open the programme</source>
        <translation>Programmet kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="722"/>
        <source>Open programme</source>
        <translation>Åbn program</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="723"/>
        <source>Programmes (*.yaml *.yml *.txt *.md);;All files (*)</source>
        <translation>Programmer (*.yaml *.yml *.txt *.md);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="769"/>
        <source>Go to block</source>
        <translation>Gå til blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="777"/>
        <source>On time: no catch-up plan needed.</source>
        <translation>Til tiden: ingen plan nødvendig.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="781"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="786"/>
        <source>This lands the meeting on time.</source>
        <translation>Så slutter mødet til tiden.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="788"/>
        <source>This saves %1; the meeting would end at %2.</source>
        <translation>Det sparer %1; mødet vil slutte kl. %2.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="792"/>
        <source>Catch-up plan</source>
        <translation>Plan for at indhente</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="793"/>
        <source>Apply the plan</source>
        <translation>Brug planen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="799"/>
        <source>Notes can be added once the meeting runs.</source>
        <translation>Notater kan tilføjes, når mødet er i gang.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="809"/>
        <source>Note saved.</source>
        <translation>Notat gemt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="815"/>
        <source>Finish the meeting now?</source>
        <translation>Afslut mødet nu?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="815"/>
        <source>Finish</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="826"/>
        <source>Sounds muted.</source>
        <translation>Lyd slået fra.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="827"/>
        <source>Sounds on.</source>
        <translation>Lyd slået til.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="856"/>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="884"/>
        <source>The language changes when facilitator starts again.</source>
        <translation>Sproget skifter, når facilitator startes igen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="931"/>
        <source>Block %1 of %2</source>
        <translation>Blok %1 af %2</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="940"/>
        <source>Ready · press Space to start</source>
        <translation>Klar · tryk mellemrum for at starte</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="942"/>
        <source>❚❚ Paused %1 · %2</source>
        <translation>❚❚ Pause %1 · %2</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="979"/>
        <source>Step %1/%2: %3</source>
        <translation>Trin %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="983"/>
        <source>%1 left of this step</source>
        <translation>%1 tilbage af dette trin</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="985"/>
        <source>%1 over this step</source>
        <translation>%1 over dette trin</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="987"/>
        <source>No steps in this block</source>
        <translation>Ingen trin i denne blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="992"/>
        <source>Next: the end of the meeting</source>
        <translation>Næste: mødets afslutning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="1000"/>
        <source>Next: %1</source>
        <translation>Næste: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="1005"/>
        <source>The meeting is finished</source>
        <translation>Mødet er slut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="1009"/>
        <source>Finished · took %1 of %2 planned</source>
        <translation>Slut · varede %1 af %2 planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="1018"/>
        <source>Started %1, ended %2; planned %3–%4.</source>
        <translation>Startede %1, sluttede %2; planlagt %3–%4.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="1032"/>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="1067"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="1068"/>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="1069"/>
        <source>Finished</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="1144"/>
        <source>Quit while the meeting runs? Finish it, or keep its log open so the meeting can be resumed when you start again.</source>
        <translation>Afslut mens mødet er i gang? Afslut mødet, eller lad loggen stå åben, så mødet kan genoptages, når du starter igen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="1146"/>
        <source>Finish and quit</source>
        <translation>Afslut mødet og programmet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="1146"/>
        <source>Quit, resume later</source>
        <translation>Afslut, genoptag senere</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="248"/>
        <location filename="../../facilitator/ui/main_window.py" line="265"/>
        <source>Note</source>
        <extracomment>Timer colours per phase, (background, text), for light and dark themes. The phase label adds words and a shape (▲ ■ ●) so colour is never the only signal. Registers a callback for the moment the log moves or fails (a full disk mid-block).</extracomment>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="251"/>
        <source>(no reason)</source>
        <translation>(ingen årsag)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="253"/>
        <source>Discussion ran long</source>
        <translation>Diskussionen trak ud</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="254"/>
        <source>Technical trouble</source>
        <translation>Tekniske problemer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="255"/>
        <source>Late start</source>
        <translation>Sen start</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="256"/>
        <source>Questions from the room</source>
        <translation>Spørgsmål fra salen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="257"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="262"/>
        <source>What happened (optional)</source>
        <translation>Hvad skete der (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="263"/>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/text.py" line="27"/>
        <source>%n min</source>
        <comment>length</comment>
        <extracomment>Qt&apos;s translate, under the short name pyside6-lupdate also recognises.</extracomment>
        <translation>
            <numerusform>%n min.</numerusform>
            <numerusform>%n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/text.py" line="30"/>
        <source>▲ %n minute(s) left</source>
        <translation>
            <numerusform>▲ %n minut tilbage</numerusform>
            <numerusform>▲ %n minutter tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/text.py" line="33"/>
        <source>%n minute(s) behind</source>
        <translation>
            <numerusform>%n minut bagud</numerusform>
            <numerusform>%n minutter bagud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/text.py" line="36"/>
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
        <location filename="../../facilitator/ui/preferences.py" line="54"/>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="57"/>
        <source>Alerts</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="60"/>
        <source>Minutes before a block ends, e.g. 5, 1. A programme&apos;s own alert settings win.</source>
        <translation>Minutter før en blok slutter, fx 5, 1. Et programs egne indstillinger går forud.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="62"/>
        <source>Warn before the end (minutes)</source>
        <translation>Advar før slutningen (minutter)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="66"/>
        <source>Remind while over time, every (minutes)</source>
        <translation>Påmind ved overskridelse, hvert (minutter)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="69"/>
        <source>Sounds</source>
        <translation>Lyde</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="71"/>
        <source>Play sounds</source>
        <translation>Afspil lyde</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="77"/>
        <source>Volume</source>
        <translation>Lydstyrke</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="79"/>
        <source>Warning before the end</source>
        <translation>Advarsel før slutningen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="80"/>
        <source>Time is up</source>
        <translation>Tiden er gået</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="81"/>
        <source>Reminder while over time</source>
        <translation>Påmindelse ved overskridelse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="82"/>
        <source>Break is over</source>
        <translation>Pausen er slut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="83"/>
        <source>Next step (soft)</source>
        <translation>Næste trin (blidt)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="84"/>
        <source>Meeting finished</source>
        <translation>Mødet er slut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="95"/>
        <source>Projector countdown</source>
        <translation>Nedtælling på projektor</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="98"/>
        <source>The screen without the control window</source>
        <translation>Skærmen uden kontrolvinduet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="103"/>
        <source>Screen</source>
        <translation>Skærm</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="114"/>
        <source>Show the countdown during</source>
        <translation>Vis nedtællingen under</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="117"/>
        <source>Appearance</source>
        <translation>Udseende</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="120"/>
        <location filename="../../facilitator/ui/preferences.py" line="126"/>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="120"/>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="121"/>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="124"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="130"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="135"/>
        <source>Text size</source>
        <translation>Tekststørrelse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences.py" line="151"/>
        <source>Warn before: write positive minutes like 5, 1.</source>
        <translation>Advar før: skriv positive minutter som 5, 1.</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="88"/>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="204"/>
        <source>❚❚ Paused</source>
        <translation>❚❚ Pause</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../facilitator/ui/review.py" line="940"/>
        <source>Review meetings — facilitator</source>
        <translation>Gennemse møder — facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="955"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="956"/>
        <source>Series and calibration</source>
        <translation>Serie og kalibrering</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="963"/>
        <source>&amp;Review</source>
        <translation>&amp;Gennemse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="964"/>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="967"/>
        <source>Export the meeting…</source>
        <translation>Eksportér mødet…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="970"/>
        <source>Delete the meeting…</source>
        <translation>Slet mødet…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="973"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1002"/>
        <source>Programme:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1009"/>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1011"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1098"/>
        <source>Export series…</source>
        <translation>Eksportér serie…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1100"/>
        <source>Export revised programme…</source>
        <translation>Eksportér revideret program…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1125"/>
        <source>All programmes</source>
        <translation>Alle programmer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1128"/>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1130"/>
        <source>%1 (%2 blocks)</source>
        <translation>%1 (%2 blokke)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1133"/>
        <source>%1 · %2 meetings</source>
        <translation>%1 · %2 møder</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1141"/>
        <source>No meetings logged yet in %1</source>
        <translation>Ingen møder logget endnu i %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1144"/>
        <source>%1 meetings in %2</source>
        <translation>%1 møder i %2</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1155"/>
        <source>Skipped: %1</source>
        <translation>Sprunget over: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1159"/>
        <source>Damaged lines left out in: %1</source>
        <translation>Beskadigede linjer udeladt i: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1202"/>
        <source>Choose a meeting in the list.</source>
        <translation>Vælg et møde på listen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1221"/>
        <source>Start: planned %1, actual %2</source>
        <translation>Start: planlagt %1, faktisk %2</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1223"/>
        <source>End: planned %1, actual %2</source>
        <translation>Slut: planlagt %1, faktisk %2</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1226"/>
        <source>Start: %1 (the programme has no clock time)</source>
        <translation>Start: %1 (programmet har intet klokkeslæt)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1228"/>
        <source>End: %1</source>
        <translation>Slut: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1232"/>
        <source>Length: planned %1, actual %2 (%3)</source>
        <translation>Længde: planlagt %1, faktisk %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1235"/>
        <source>paused %1</source>
        <translation>pause %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1236"/>
        <source>finished</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1236"/>
        <source>not finished</source>
        <translation>ikke afsluttet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1239"/>
        <source>Meeting notes: %1</source>
        <translation>Mødenotater: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1269"/>
        <source>%1 · %2 counted meetings</source>
        <translation>%1 · %2 talte møder</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1272"/>
        <source>(%1 not counted: unfinished or rehearsals)</source>
        <translation>(%1 ikke talt med: uafsluttede eller prøvekørsler)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1288"/>
        <source>No calibration: the programme in the log cannot be read (%1).</source>
        <translation>Ingen kalibrering: programmet i loggen kan ikke læses (%1).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1292"/>
        <source>Planned %1 in all; with the suggested lengths %2.</source>
        <translation>Planlagt %1 i alt; med de foreslåede længder %2.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1301"/>
        <source>%1 ran over in %2 of %3 meetings by a median of %4: plan %5</source>
        <translation>%1 løb over i %2 af %3 møder med en median på %4: planlæg %5</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1307"/>
        <source>%1: keep %2 (only %3 meetings so far)</source>
        <translation>%1: behold %2 (kun %3 møder indtil nu)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1310"/>
        <source>%1: keep %2 (ran over in %3 of %4)</source>
        <translation>%1: behold %2 (løb over i %3 af %4)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1317"/>
        <source>%1: its clock time moves from %2 to %3.</source>
        <translation>%1: klokkeslættet flyttes fra %2 til %3.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1321"/>
        <source>%1: its longest length (max_minutes) is raised to %2.</source>
        <translation>%1: den længste længde (max_minutes) hæves til %2.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1323"/>
        <source>%1: the steps add up to %2, the block now has %3; adjust the steps.</source>
        <translation>%1: trinene giver tilsammen %2, blokken har nu %3; justér trinene.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1328"/>
        <source>⚠ The revised programme takes %1, %2 more than its %3 slot.</source>
        <translation>⚠ Det reviderede program varer %1, %2 mere end de %3, der er sat af.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1334"/>
        <source>No block ran under or is flexible: shorten by hand, or plan a longer meeting.</source>
        <translation>Ingen blok løb under eller er fleksibel: forkort selv, eller planlæg et længere møde.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1337"/>
        <source>%1 (ran under, %2)</source>
        <translation>%1 (løb under, %2)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1338"/>
        <source>%1 (flexible, %2)</source>
        <translation>%1 (fleksibel, %2)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1341"/>
        <source>Shorten instead: %1.</source>
        <translation>Forkort i stedet: %1.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1352"/>
        <source>Delete the meeting “%1” of %2 from the list? Its log is moved to the folder %3 in the sessions folder, so nothing is lost.</source>
        <translation>Slet mødet “%1” fra %2 fra listen? Loggen flyttes til mappen %3 i mødemappen, så intet går tabt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1357"/>
        <source>Delete the meeting</source>
        <translation>Slet mødet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1358"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1364"/>
        <source>Cannot delete the meeting</source>
        <translation>Mødet kan ikke slettes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1369"/>
        <source>Moved to %1</source>
        <translation>Flyttet til %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1380"/>
        <source>Export the meeting</source>
        <translation>Eksportér mødet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1381"/>
        <source>PDF (*.pdf);;HTML report (*.html);;CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;HTML-rapport (*.html);;CSV til regneark (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1396"/>
        <location filename="../../facilitator/ui/review.py" line="1423"/>
        <location filename="../../facilitator/ui/review.py" line="1446"/>
        <source>Cannot export</source>
        <translation>Kan ikke eksportere</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1405"/>
        <source>Export the series</source>
        <translation>Eksportér serien</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1406"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV til regneark (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1433"/>
        <source>Export revised programme</source>
        <translation>Eksportér revideret program</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1435"/>
        <source>Programmes (*.yaml *.yml)</source>
        <translation>Programmer (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="1453"/>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
</context>
<context>
    <name>SeriesModel</name>
    <message>
        <location filename="../../facilitator/ui/review.py" line="473"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="474"/>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="475"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="476"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="477"/>
        <source>Mean</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="478"/>
        <source>Max</source>
        <translation>Maks.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="479"/>
        <source>Ran over</source>
        <translation>Løb over</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="480"/>
        <source>Median overrun</source>
        <translation>Median overskridelse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="481"/>
        <source>Suggested</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="521"/>
        <source>planned %1, actual %2 (%3)</source>
        <translation>planlagt %1, faktisk %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="551"/>
        <location filename="../../facilitator/ui/review.py" line="572"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="563"/>
        <source>Whole meeting</source>
        <translation>Hele mødet</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../facilitator/ui/review.py" line="240"/>
        <source>Date</source>
        <extracomment>Sorting by these, not by the text shown (&quot;9 min&quot; after &quot;10 min&quot; is wrong). The programme (series key) a session belongs to, for the programme filter. Text colours for a block over or under its plan. The sign (+/−) says the same, so the colour is never the only signal, on screen or on paper. Chart inks: dark enough to print as distinct greys, patterned so planned, actual and over-plan stay apart on a black-and-white printout. The invisible root: a table&apos;s rows have no parent.</extracomment>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="241"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="242"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="243"/>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="244"/>
        <source>Overrun</source>
        <translation>Overskridelse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="245"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="299"/>
        <source>not started</source>
        <translation>ikke startet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="301"/>
        <source>finished</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="303"/>
        <source>not finished</source>
        <translation>ikke afsluttet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="305"/>
        <source>%1, resumed</source>
        <translation>%1, genoptaget</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="307"/>
        <source>%1, rehearsal ×%2</source>
        <translation>%1, prøvekørsel ×%2</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <location filename="../../facilitator/ui/timeline.py" line="31"/>
        <source>Top: the plan. Bottom: what happened so far.</source>
        <translation>Øverst: planen. Nederst: hvad der er sket indtil nu.</translation>
    </message>
</context>
<context>
    <name>facilitator</name>
    <message>
        <location filename="../../facilitator/ui/text.py" line="71"/>
        <source>Talk</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="72"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="73"/>
        <source>Group work</source>
        <translation>Gruppearbejde</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="74"/>
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="75"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="76"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="83"/>
        <source>No slides</source>
        <translation>Ingen slides</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="85"/>
        <source>Slide %1</source>
        <translation>Slide %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="87"/>
        <source>Slides %1</source>
        <translation>Slides %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="100"/>
        <source>Untimed · counting up</source>
        <translation>Uden tid · tæller op</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="102"/>
        <source>Remaining</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="107"/>
        <source>■ Break is over</source>
        <translation>■ Pausen er slut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="108"/>
        <source>■ Time is up</source>
        <translation>■ Tiden er gået</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="109"/>
        <source>● Over time</source>
        <translation>● Over tiden</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="116"/>
        <source>Planned %1–%2</source>
        <translation>Planlagt %1–%2</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="123"/>
        <source>%1 · starting now ends %2</source>
        <translation>%1 · start nu slutter %2</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="130"/>
        <source>On time</source>
        <translation>Til tiden</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="138"/>
        <source>ends %1</source>
        <translation>slutter %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/text.py" line="141"/>
        <source>ends %1 (planned %2)</source>
        <translation>slutter %1 (planlagt %2)</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="118"/>
        <source>The log starts with the meeting.</source>
        <translation>Loggen starter med mødet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="120"/>
        <source>The log could not be written: %1</source>
        <translation>Loggen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="125"/>
        <source>Log moved to %1 (%2)</source>
        <translation>Loggen er flyttet til %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="129"/>
        <source>Log: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="344"/>
        <source>%1 was open to others (mode %2); now only you can open it.</source>
        <translation>Andre kunne åbne %1 (rettigheder %2); nu kan kun du åbne den.</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="423"/>
        <source>An unfinished meeting was found:
%1

Resume it? The time since it stopped counts as meeting time.</source>
        <translation>Der er et møde, som ikke blev afsluttet:
%1

Genoptag det? Tiden siden det stoppede tæller som mødetid.</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="431"/>
        <source>Resume the meeting?</source>
        <translation>Genoptag mødet?</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="433"/>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="433"/>
        <source>Start afresh</source>
        <translation>Start forfra</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="34"/>
        <source>Screen %1</source>
        <extracomment>Share of the view&apos;s height for each line of the countdown display. The holding display: the meeting&apos;s title and a large clock of day. A projector window that lost its screen comes back this large on the laptop.</extracomment>
        <translation>Skærm %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="403"/>
        <source>discussion ran long</source>
        <translation>diskussionen trak ud</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="404"/>
        <source>technical trouble</source>
        <translation>tekniske problemer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="405"/>
        <source>late start</source>
        <translation>sen start</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="406"/>
        <source>questions from the room</source>
        <translation>spørgsmål fra salen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="407"/>
        <source>other</source>
        <translation>andet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="833"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="834"/>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="835"/>
        <source>Past the plan</source>
        <translation>Ud over planen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="836"/>
        <source>Behind plan after each block</source>
        <translation>Bagud efter hver blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="837"/>
        <source>min behind plan (+) or ahead (−)</source>
        <translation>min. bagud (+) eller foran (−)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="838"/>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/review.py" line="839"/>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
</context>
</TS>
