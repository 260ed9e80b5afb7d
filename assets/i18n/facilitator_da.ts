<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="196"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="209"/>
        <source>Press F1, ? or Esc to close.</source>
        <translation>Tryk F1, ? eller Esc for at lukke.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="319"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="320"/>
        <location filename="../../facilitator/ui/main_window.py" line="832"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="322"/>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="323"/>
        <source>−1 min</source>
        <translation>−1 min.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="324"/>
        <source>+1 min</source>
        <translation>+1 min.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="325"/>
        <source>Catch up…</source>
        <translation>Indhent…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="326"/>
        <source>Undo plan</source>
        <translation>Fortryd plan</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="327"/>
        <source>Note…</source>
        <translation>Notat…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="354"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="354"/>
        <location filename="../../facilitator/ui/main_window.py" line="399"/>
        <location filename="../../facilitator/ui/main_window.py" line="630"/>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="354"/>
        <source>Length</source>
        <translation>Længde</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="354"/>
        <source>Slides</source>
        <translation>Slides</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="355"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="399"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="399"/>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="399"/>
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="429"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="430"/>
        <source>Open programme…</source>
        <translation>Åbn program…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="433"/>
        <source>Open recent</source>
        <translation>Åbn seneste</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="435"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="438"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="439"/>
        <source>Start / pause / resume</source>
        <translation>Start / pause / fortsæt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="441"/>
        <source>Next block</source>
        <translation>Næste blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="443"/>
        <source>Previous block</source>
        <translation>Forrige blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="445"/>
        <source>Add a minute</source>
        <translation>Læg et minut til</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="447"/>
        <source>Take a minute</source>
        <translation>Tag et minut fra</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="449"/>
        <source>Catch-up plan…</source>
        <translation>Plan for at indhente…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="450"/>
        <source>Undo catch-up plan</source>
        <translation>Fortryd planen for at indhente</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="452"/>
        <source>Go to block…</source>
        <translation>Gå til blok…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="453"/>
        <source>Note or overrun reason…</source>
        <translation>Notat eller årsag til overskridelse…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="455"/>
        <source>Restart this block</source>
        <translation>Start denne blok forfra</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="457"/>
        <location filename="../../facilitator/ui/main_window.py" line="675"/>
        <source>Finish the meeting</source>
        <translation>Afslut mødet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="471"/>
        <source>Go to block 1 … 9</source>
        <translation>Gå til blok 1 … 9</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="473"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="474"/>
        <source>Mute sounds</source>
        <translation>Slå lyd fra</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="480"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="481"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="536"/>
        <source>The meeting log</source>
        <translation>Mødets log</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="543"/>
        <source>%1 · %2 · %3 blocks</source>
        <translation>%1 · %2 · %3 blokke</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="545"/>
        <source>%2 · %3 blocks</source>
        <translation>%2 · %3 blokke</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="555"/>
        <source>untimed</source>
        <translation>uden tid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="566"/>
        <location filename="../../facilitator/ui/main_window.py" line="913"/>
        <source>A meeting is running</source>
        <translation>Et møde er i gang</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="567"/>
        <source>Open another programme? The running meeting stays in its log and can be resumed later.</source>
        <translation>Åbn et andet program? Det igangværende møde bliver i sin log og kan genoptages senere.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="569"/>
        <source>Open the other programme</source>
        <translation>Åbn det andet program</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="579"/>
        <location filename="../../facilitator/ui/main_window.py" line="582"/>
        <source>Cannot open the programme</source>
        <translation>Programmet kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="591"/>
        <source>Open programme</source>
        <translation>Åbn program</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="592"/>
        <source>Programmes (*.yaml *.yml *.txt *.md);;All files (*)</source>
        <translation>Programmer (*.yaml *.yml *.txt *.md);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="630"/>
        <source>Go to block</source>
        <translation>Gå til blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="638"/>
        <source>On time: no catch-up plan needed.</source>
        <translation>Til tiden: ingen plan nødvendig.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="642"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="647"/>
        <source>This lands the meeting on time.</source>
        <translation>Så slutter mødet til tiden.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="649"/>
        <source>This saves %1; the meeting would end at %2.</source>
        <translation>Det sparer %1; mødet vil slutte kl. %2.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="653"/>
        <source>Catch-up plan</source>
        <translation>Plan for at indhente</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="654"/>
        <source>Apply the plan</source>
        <translation>Brug planen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="660"/>
        <source>Notes can be added once the meeting runs.</source>
        <translation>Notater kan tilføjes, når mødet er i gang.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="670"/>
        <source>Note saved.</source>
        <translation>Notat gemt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="676"/>
        <source>Finish the meeting now?</source>
        <translation>Afslut mødet nu?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="676"/>
        <source>Finish</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="687"/>
        <source>Sounds muted.</source>
        <translation>Lyd slået fra.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="688"/>
        <source>Sounds on.</source>
        <translation>Lyd slået til.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="715"/>
        <source>Block %1 of %2</source>
        <translation>Blok %1 af %2</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="724"/>
        <source>Ready · press Space to start</source>
        <translation>Klar · tryk mellemrum for at starte</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="726"/>
        <source>❚❚ Paused %1 · %2</source>
        <translation>❚❚ Pause %1 · %2</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="756"/>
        <source>Step %1/%2: %3 · %4</source>
        <translation>Trin %1/%2: %3 · %4</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="761"/>
        <source>No steps in this block</source>
        <translation>Ingen trin i denne blok</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="766"/>
        <source>Next: the end of the meeting</source>
        <translation>Næste: mødets afslutning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="774"/>
        <source>Next: %1</source>
        <translation>Næste: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="779"/>
        <source>The meeting is finished</source>
        <translation>Mødet er slut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="783"/>
        <source>Finished · took %1 of %2 planned</source>
        <translation>Slut · varede %1 af %2 planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="792"/>
        <source>Started %1, ended %2; planned %3–%4.</source>
        <translation>Startede %1, sluttede %2; planlagt %3–%4.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="806"/>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="833"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="834"/>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="835"/>
        <source>Finished</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="914"/>
        <source>Quit while the meeting runs? Finish it, or keep its log open so the meeting can be resumed when you start again.</source>
        <translation>Afslut mens mødet er i gang? Afslut mødet, eller lad loggen stå åben, så mødet kan genoptages, når du starter igen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="916"/>
        <source>Finish and quit</source>
        <translation>Afslut mødet og programmet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="916"/>
        <source>Quit, resume later</source>
        <translation>Afslut, genoptag senere</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="161"/>
        <location filename="../../facilitator/ui/main_window.py" line="178"/>
        <source>Note</source>
        <extracomment>Timer colours per phase, (background, text), for light and dark themes. The phase label adds words and a shape (▲ ■ ●) so colour is never the only signal.</extracomment>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="164"/>
        <source>(no reason)</source>
        <translation>(ingen årsag)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="166"/>
        <source>Discussion ran long</source>
        <translation>Diskussionen trak ud</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="167"/>
        <source>Technical trouble</source>
        <translation>Tekniske problemer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="168"/>
        <source>Late start</source>
        <translation>Sen start</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="169"/>
        <source>Questions from the room</source>
        <translation>Spørgsmål fra salen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="170"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="175"/>
        <source>What happened (optional)</source>
        <translation>Hvad skete der (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="176"/>
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
    <name>TimelineStrip</name>
    <message>
        <location filename="../../facilitator/ui/timeline.py" line="28"/>
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
        <location filename="../../facilitator/app.py" line="101"/>
        <source>The log starts with the meeting.</source>
        <translation>Loggen starter med mødet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="103"/>
        <source>The log could not be written: %1</source>
        <translation>Loggen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="108"/>
        <source>Log moved to %1 (%2)</source>
        <translation>Loggen er flyttet til %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="112"/>
        <source>Log: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="280"/>
        <source>An unfinished meeting was found:
%1

Resume it? The time since it stopped counts as meeting time.</source>
        <translation>Der er et møde, som ikke blev afsluttet:
%1

Genoptag det? Tiden siden det stoppede tæller som mødetid.</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="288"/>
        <source>Resume the meeting?</source>
        <translation>Genoptag mødet?</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="290"/>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="290"/>
        <source>Start afresh</source>
        <translation>Start forfra</translation>
    </message>
</context>
</TS>
