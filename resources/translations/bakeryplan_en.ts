<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActualsModel</name>
    <message numerus="yes">
        <source>{period}: {what} of %n entry(s).</source>
        <translation>
            <numerusform>{period}: {what} of %n entry.</numerusform>
            <numerusform>{period}: {what} of %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActualsPanel</name>
    <message numerus="yes">
        <source>Target {target} by {by}, counted as {counted}. %n value(s) recorded.</source>
        <translation>
            <numerusform>Target {target} by {by}, counted as {counted}. %n value recorded.</numerusform>
            <numerusform>Target {target} by {by}, counted as {counted}. %n values recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountingFields</name>
    <message numerus="yes">
        <source>the last %n day(s)</source>
        <translation>
            <numerusform>the last %n day</numerusform>
            <numerusform>the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>the last %n week</numerusform>
            <numerusform>the last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n month(s)</source>
        <translation>
            <numerusform>the last %n month</numerusform>
            <numerusform>the last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n quarter(s)</source>
        <translation>
            <numerusform>the last %n quarter</numerusform>
            <numerusform>the last %n quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n year(s)</source>
        <translation>
            <numerusform>the last %n year</numerusform>
            <numerusform>the last %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message numerus="yes">
        <source>Warning: %n step(s) is/are due after the goal.</source>
        <translation>
            <numerusform>Warning: %n step is due after the goal.</numerusform>
            <numerusform>Warning: %n steps are due after the goal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a day, counted as {counting}; health judges the last %n day(s).</source>
        <translation>
            <numerusform>  The target speaks of a day, counted as {counting}; health judges the last %n day.</numerusform>
            <numerusform>  The target speaks of a day, counted as {counting}; health judges the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a week, counted as {counting}; health judges the last %n week(s).</source>
        <translation>
            <numerusform>  The target speaks of a week, counted as {counting}; health judges the last %n week.</numerusform>
            <numerusform>  The target speaks of a week, counted as {counting}; health judges the last %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a month, counted as {counting}; health judges the last %n month(s).</source>
        <translation>
            <numerusform>  The target speaks of a month, counted as {counting}; health judges the last %n month.</numerusform>
            <numerusform>  The target speaks of a month, counted as {counting}; health judges the last %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a quarter, counted as {counting}; health judges the last %n quarter(s).</source>
        <translation>
            <numerusform>  The target speaks of a quarter, counted as {counting}; health judges the last %n quarter.</numerusform>
            <numerusform>  The target speaks of a quarter, counted as {counting}; health judges the last %n quarters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a year, counted as {counting}; health judges the last %n year(s).</source>
        <translation>
            <numerusform>  The target speaks of a year, counted as {counting}; health judges the last %n year.</numerusform>
            <numerusform>  The target speaks of a year, counted as {counting}; health judges the last %n years.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s)</source>
        <translation>
            <numerusform>%n actual</numerusform>
            <numerusform>%n actuals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message numerus="yes">
        <source>The weekly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>The weekly review was due on {day}: %n day late.</numerusform>
            <numerusform>The weekly review was due on {day}: %n days late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>The monthly review was due on {day}: %n day late.</numerusform>
            <numerusform>The monthly review was due on {day}: %n days late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>The quarterly review was due on {day}: %n day late.</numerusform>
            <numerusform>The quarterly review was due on {day}: %n days late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>The review was due on {day}: %n day late.</numerusform>
            <numerusform>The review was due on {day}: %n days late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The weekly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>The weekly review is due on {day}, in %n day.</numerusform>
            <numerusform>The weekly review is due on {day}, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>The monthly review is due on {day}, in %n day.</numerusform>
            <numerusform>The monthly review is due on {day}, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>The quarterly review is due on {day}, in %n day.</numerusform>
            <numerusform>The quarterly review is due on {day}, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>The review is due on {day}, in %n day.</numerusform>
            <numerusform>The review is due on {day}, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late (due {day})</source>
        <translation>
            <numerusform>%n day late (due {day})</numerusform>
            <numerusform>%n days late (due {day})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who}, {day} · waiting %n day(s)</source>
        <translation>
            <numerusform>{who}, {day} · waiting %n day</numerusform>
            <numerusform>{who}, {day} · waiting %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%n day(s), total {total}, into “{measure}”.</source>
        <translation>
            <numerusform>%n day, total {total}, into “{measure}”.</numerusform>
            <numerusform>%n days, total {total}, into “{measure}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read from %n row(s) of the file.</source>
        <translation>
            <numerusform>Read from %n row of the file.</numerusform>
            <numerusform>Read from %n rows of the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these days was/were imported before from “{source}”: Finish asks whether to replace it/them or skip it/them.</source>
        <translation>
            <numerusform>%n of these days was imported before from “{source}”: Finish asks whether to replace it or skip it.</numerusform>
            <numerusform>%n of these days were imported before from “{source}”: Finish asks whether to replace them or skip them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these days ({first} to {last}) was/were imported before from “{source}”. Replace the entries of those days with the file&apos;s figures, or skip those days and add only the new ones?</source>
        <translation>
            <numerusform>%n of these days ({first} to {last}) was imported before from “{source}”. Replace the entries of those days with the file&apos;s figures, or skip those days and add only the new ones?</numerusform>
            <numerusform>%n of these days ({first} to {last}) were imported before from “{source}”. Replace the entries of those days with the file&apos;s figures, or skip those days and add only the new ones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read as {encoding}; separator: {delimiter}; header: {header}; %n row(s).</source>
        <translation>
            <numerusform>Read as {encoding}; separator: {delimiter}; header: {header}; %n row.</numerusform>
            <numerusform>Read as {encoding}; separator: {delimiter}; header: {header}; %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Above the table (%n line(s), not imported):
{lines}</source>
        <translation>
            <numerusform>Above the table (%n line, not imported):
{lines}</numerusform>
            <numerusform>Above the table (%n lines, not imported):
{lines}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n open step</numerusform>
            <numerusform>%n open steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n goal(s) and step(s) they own will have no owner. Deactivating keeps the history instead.</source>
        <translation>
            <numerusform>The goal or step they own will have no owner. Deactivating keeps the history instead.</numerusform>
            <numerusform>The %n goals and steps they own will have no owner. Deactivating keeps the history instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanFromHistory</name>
    <message numerus="yes">
        <source>{month} (%n day(s))</source>
        <translation>
            <numerusform>{month} (%n day)</numerusform>
            <numerusform>{month} (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), last year and the new plan</source>
        <translation>
            <numerusform>%n period, last year and the new plan</numerusform>
            <numerusform>%n periods, last year and the new plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewRhythm</name>
    <message numerus="yes">
        <source>The next review is %n day(s) overdue (due {day}).</source>
        <translation>
            <numerusform>The next review is %n day overdue (due {day}).</numerusform>
            <numerusform>The next review is %n days overdue (due {day}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsPanel</name>
    <message numerus="yes">
        <source>%n measure(s) changed health</source>
        <translation>
            <numerusform>%n measure changed health</numerusform>
            <numerusform>%n measures changed health</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the plan</source>
        <translation>
            <numerusform>%n change to the plan</numerusform>
            <numerusform>%n changes to the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s) recorded</source>
        <translation>
            <numerusform>%n actual recorded</numerusform>
            <numerusform>%n actuals recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n step done</numerusform>
            <numerusform>%n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly overdue</source>
        <translation>
            <numerusform>%n newly overdue</numerusform>
            <numerusform>%n newly overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new feedback</source>
        <translation>
            <numerusform>%n new feedback</numerusform>
            <numerusform>%n new feedback</numerusform>
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
</TS>
