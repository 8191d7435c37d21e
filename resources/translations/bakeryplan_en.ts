<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>findings</name>
    <message numerus="yes">
        <source>Step &quot;{name}&quot; is %n day(s) overdue (owner: {owner}).</source>
        <translation>
            <numerusform>Step &quot;{name}&quot; is %n day overdue (owner: {owner}).</numerusform>
            <numerusform>Step &quot;{name}&quot; is %n days overdue (owner: {owner}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step &quot;{name}&quot; is %n day(s) overdue (no owner).</source>
        <translation>
            <numerusform>Step &quot;{name}&quot; is %n day overdue (no owner).</numerusform>
            <numerusform>Step &quot;{name}&quot; is %n days overdue (no owner).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measure &quot;{name}&quot; has had no actual since {day} (%n day(s)).</source>
        <translation>
            <numerusform>Measure &quot;{name}&quot; has had no actual since {day} (%n day).</numerusform>
            <numerusform>Measure &quot;{name}&quot; has had no actual since {day} (%n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measure &quot;{name}&quot; has no actual yet, %n day(s) after its start.</source>
        <translation>
            <numerusform>Measure &quot;{name}&quot; has no actual yet, %n day after its start.</numerusform>
            <numerusform>Measure &quot;{name}&quot; has no actual yet, %n days after its start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback &quot;{text}&quot; from {who} ({source}, {day}) has waited %n day(s) for an answer.</source>
        <translation>
            <numerusform>Feedback &quot;{text}&quot; from {who} ({source}, {day}) has waited %n day for an answer.</numerusform>
            <numerusform>Feedback &quot;{text}&quot; from {who} ({source}, {day}) has waited %n days for an answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback &quot;{text}&quot; ({source}, {day}) has waited %n day(s) for an answer.</source>
        <translation>
            <numerusform>Feedback &quot;{text}&quot; ({source}, {day}) has waited %n day for an answer.</numerusform>
            <numerusform>Feedback &quot;{text}&quot; ({source}, {day}) has waited %n days for an answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The weekly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>The weekly review is %n day overdue: it was due on {due}, and the last review was held on {held}.</numerusform>
            <numerusform>The weekly review is %n days overdue: it was due on {due}, and the last review was held on {held}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>The quarterly review is %n day overdue: it was due on {due}, and the last review was held on {held}.</numerusform>
            <numerusform>The quarterly review is %n days overdue: it was due on {due}, and the last review was held on {held}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>The monthly review is %n day overdue: it was due on {due}, and the last review was held on {held}.</numerusform>
            <numerusform>The monthly review is %n days overdue: it was due on {due}, and the last review was held on {held}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message numerus="yes">
        <source>Too little history: “{name}” has entries on %n day(s) of the year ending {day}; a plan for a year needs at least {weeks} of them.</source>
        <translation>
            <numerusform>Too little history: “{name}” has entries on %n day of the year ending {day}; a plan for a year needs at least {weeks} of them.</numerusform>
            <numerusform>Too little history: “{name}” has entries on %n days of the year ending {day}; a plan for a year needs at least {weeks} of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n quarter</numerusform>
            <numerusform>%n quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message numerus="yes">
        <source>Your vision is short (%n word(s)). Say where the business is going and why it matters, in {least} to {most} words.</source>
        <translation>
            <numerusform>Your vision is short (%n word). Say where the business is going and why it matters, in {least} to {most} words.</numerusform>
            <numerusform>Your vision is short (%n words). Say where the business is going and why it matters, in {least} to {most} words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your vision has %n word(s). Try to say it in {most} words or fewer, so people remember it.</source>
        <translation>
            <numerusform>Your vision has %n word. Try to say it in {most} words or fewer, so people remember it.</numerusform>
            <numerusform>Your vision has %n words. Try to say it in {most} words or fewer, so people remember it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep a goal to one short sentence (this one has %n word(s)).</source>
        <translation>
            <numerusform>Keep a goal to one short sentence (this one has %n word).</numerusform>
            <numerusform>Keep a goal to one short sentence (this one has %n words).</numerusform>
        </translation>
    </message>
</context>
</TS>
