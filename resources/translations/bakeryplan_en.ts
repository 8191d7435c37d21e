<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>checkin_sheet</name>
    <message numerus="yes">
        <source>… and %n more step(s): see the Goals tab.</source>
        <translation>
            <numerusform>… and %n more step: see the Goals tab.</numerusform>
            <numerusform>… and %n more steps: see the Goals tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more measure(s): see the Actuals tab.</source>
        <translation>
            <numerusform>… and %n more measure: see the Actuals tab.</numerusform>
            <numerusform>… and %n more measures: see the Actuals tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>one_page</name>
    <message numerus="yes">
        <source>+%n more goal(s) in the app</source>
        <translation>
            <numerusform>+%n more goal in the app</numerusform>
            <numerusform>+%n more goals in the app</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more step(s) in the app</source>
        <translation>
            <numerusform>+%n more step in the app</numerusform>
            <numerusform>+%n more steps in the app</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} of %n step done</numerusform>
            <numerusform>{done} of %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) waiting for an answer (see Feedback in the app).</source>
        <translation>
            <numerusform>%n piece is waiting for an answer (see Feedback in the app).</numerusform>
            <numerusform>%n pieces are waiting for an answer (see Feedback in the app).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pack</name>
    <message numerus="yes">
        <source>%n goal(s): {health}.</source>
        <translation>
            <numerusform>%n goal: {health}.</numerusform>
            <numerusform>%n goals: {health}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n on track</numerusform>
            <numerusform>%n on track</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n behind</numerusform>
            <numerusform>%n behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n at risk</numerusform>
            <numerusform>%n at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n achieved</source>
        <translation>
            <numerusform>%n achieved</numerusform>
            <numerusform>%n achieved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n not started</numerusform>
            <numerusform>%n not started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done (shares weighted by effort)</source>
        <translation>
            <numerusform>{done} of %n step done (shares weighted by effort)</numerusform>
            <numerusform>{done} of %n steps done (shares weighted by effort)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done, {overdue} overdue.</source>
        <translation>
            <numerusform>{done} of %n step done, {overdue} overdue.</numerusform>
            <numerusform>{done} of %n steps done, {overdue} overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done.</source>
        <translation>
            <numerusform>{done} of %n step done.</numerusform>
            <numerusform>{done} of %n steps done.</numerusform>
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
    <name>review</name>
    <message numerus="yes">
        <source>since the huddle of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>since the huddle of {day} (%n day ago)</numerusform>
            <numerusform>since the huddle of {day} (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since the monthly review of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>since the monthly review of {day} (%n day ago)</numerusform>
            <numerusform>since the monthly review of {day} (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since the quarterly review of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>since the quarterly review of {day} (%n day ago)</numerusform>
            <numerusform>since the quarterly review of {day} (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s) recorded since.</source>
        <translation>
            <numerusform>%n actual recorded since.</numerusform>
            <numerusform>%n actuals recorded since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>status</name>
    <message numerus="yes">
        <source>{business}: %n finding(s)</source>
        <translation>
            <numerusform>{business}: %n finding</numerusform>
            <numerusform>{business}: %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message numerus="yes">
        <source>{done} of %n step(s) done, {overdue} overdue; {done_share} of the effort done, {due_share} planned by now: {health}</source>
        <translation>
            <numerusform>{done} of %n step done, {overdue} overdue; {done_share} of the effort done, {due_share} planned by now: {health}</numerusform>
            <numerusform>{done} of %n steps done, {overdue} overdue; {done_share} of the effort done, {due_share} planned by now: {health}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done; {done_share} of the effort done, {due_share} planned by now: {health}</source>
        <translation>
            <numerusform>{done} of %n step done; {done_share} of the effort done, {due_share} planned by now: {health}</numerusform>
            <numerusform>{done} of %n steps done; {done_share} of the effort done, {due_share} planned by now: {health}</numerusform>
        </translation>
    </message>
</context>
</TS>
