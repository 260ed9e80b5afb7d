<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CoreMessages</name>
    <message numerus="yes">
        <source>{value} is not one of the programme&apos;s %n block(s)</source>
        <translation>
            <numerusform>{value} is not the programme&apos;s one block</numerusform>
            <numerusform>{value} is not one of the programme&apos;s %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n step(s)</source>
        <translation>
            <numerusform>, %n step</numerusform>
            <numerusform>, %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>description of &quot;{title}&quot; with %n timed step(s)</source>
        <translation>
            <numerusform>description of &quot;{title}&quot; with %n timed step</numerusform>
            <numerusform>description of &quot;{title}&quot; with %n timed steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n min</source>
        <comment>length</comment>
        <extracomment>Qt&apos;s translate, under the short name pyside6-lupdate also recognises.</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n minute(s) left</source>
        <translation>
            <numerusform>▲ %n minute left</numerusform>
            <numerusform>▲ %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) behind</source>
        <translation>
            <numerusform>%n minute behind</numerusform>
            <numerusform>%n minutes behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ahead</source>
        <translation>
            <numerusform>%n minute ahead</numerusform>
            <numerusform>%n minutes ahead</numerusform>
        </translation>
    </message>
</context>
</TS>
