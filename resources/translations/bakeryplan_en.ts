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
    <name>DemoPlan</name>
    <message numerus="yes">
        <source>Supply bread to %n local cafe(s) by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>
            <numerusform>Supply bread to %n local cafe by {month}</numerusform>
            <numerusform>Supply bread to %n local cafes by {month}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{apprentice} bakes %n sourdough batch(es) on his own by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>
            <numerusform>{apprentice} bakes %n sourdough batch on his own by {month}</numerusform>
            <numerusform>{apprentice} bakes %n sourdough batches on his own by {month}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flour goes up {rise} next quarter. We can fix the price if you order for %n month(s).</source>
        <translation>
            <numerusform>Flour goes up {rise} next quarter. We can fix the price if you order for %n month.</numerusform>
            <numerusform>Flour goes up {rise} next quarter. We can fix the price if you order for %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We would take %n loaf/loaves a day if you deliver before 7:30.</source>
        <translation>
            <numerusform>We would take %n loaf a day if you deliver before 7:30.</numerusform>
            <numerusform>We would take %n loaves a day if you deliver before 7:30.</numerusform>
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
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} of %n step done</numerusform>
            <numerusform>{done} of %n steps done</numerusform>
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
    <name>cli</name>
    <message numerus="yes">
        <source>Wrote {file} for the week of {day} (%n measure(s) left out: too many for one page)</source>
        <translation>
            <numerusform>Wrote {file} for the week of {day} (%n measure left out: too many for one page)</numerusform>
            <numerusform>Wrote {file} for the week of {day} (%n measures left out: too many for one page)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measures are called &quot;{name}&quot;: rename one in the window first</source>
        <translation>
            <numerusform>%n measures are called &quot;{name}&quot;: rename one in the window first</numerusform>
            <numerusform>%n measures are called &quot;{name}&quot;: rename one in the window first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these days ({first} to {last}) were already imported from &quot;{source}&quot; into &quot;{measure}&quot;: add --replace to replace them or --skip-existing to keep them; nothing was written</source>
        <translation>
            <numerusform>%n of these days ({first} to {last}) was already imported from &quot;{source}&quot; into &quot;{measure}&quot;: add --replace to replace it or --skip-existing to keep it; nothing was written</numerusform>
            <numerusform>%n of these days ({first} to {last}) were already imported from &quot;{source}&quot; into &quot;{measure}&quot;: add --replace to replace them or --skip-existing to keep them; nothing was written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n day(s) into &quot;{measure}&quot; (source &quot;{source}&quot;).</source>
        <translation>
            <numerusform>Would import %n day into &quot;{measure}&quot; (source &quot;{source}&quot;).</numerusform>
            <numerusform>Would import %n days into &quot;{measure}&quot; (source &quot;{source}&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) into &quot;{measure}&quot; (source &quot;{source}&quot;).</source>
        <translation>
            <numerusform>Imported %n day into &quot;{measure}&quot; (source &quot;{source}&quot;).</numerusform>
            <numerusform>Imported %n days into &quot;{measure}&quot; (source &quot;{source}&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The figures come from %n row(s) of the file.</source>
        <translation>
            <numerusform>The figures come from %n row of the file.</numerusform>
            <numerusform>The figures come from %n rows of the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries of the same days were replaced.</source>
        <translation>
            <numerusform>%n earlier entry of the same days was replaced.</numerusform>
            <numerusform>%n earlier entries of the same days were replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported before were kept as they were.</source>
        <translation>
            <numerusform>%n day imported before was kept as it was.</numerusform>
            <numerusform>%n days imported before were kept as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were left out by the filters.</source>
        <translation>
            <numerusform>%n row was left out by the filters.</numerusform>
            <numerusform>%n rows were left out by the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing day(s) of last year filled from the weeks around.</source>
        <translation>
            <numerusform>%n missing day of last year filled from the weeks around.</numerusform>
            <numerusform>%n missing days of last year filled from the weeks around.</numerusform>
        </translation>
    </message>
</context>
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
    <name>import</name>
    <message numerus="yes">
        <source>%n cells where the table has {width}</source>
        <translation>
            <numerusform>%n cell where the table has {width}</numerusform>
            <numerusform>%n cells where the table has {width}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lines {list} and %n more</source>
        <translation>
            <numerusform>lines {list} and %n more</numerusform>
            <numerusform>lines {list} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a quote opened on line {first} is never closed; this line has %n cells where the table has {width}</source>
        <translation>
            <numerusform>a quote opened on line {first} is never closed; this line has %n cell where the table has {width}</numerusform>
            <numerusform>a quote opened on line {first} is never closed; this line has %n cells where the table has {width}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has a line longer than %n characters, so it is not a table of sales or bookings: export it again as CSV.</source>
        <translation>
            <numerusform>The file has a line longer than %n character, so it is not a table of sales or bookings: export it again as CSV.</numerusform>
            <numerusform>The file has a line longer than %n characters, so it is not a table of sales or bookings: export it again as CSV.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>one_page</name>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} of %n step done</numerusform>
            <numerusform>{done} of %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>last day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n week(s)</source>
        <translation>
            <numerusform>last week</numerusform>
            <numerusform>last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n month(s)</source>
        <translation>
            <numerusform>last month</numerusform>
            <numerusform>last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n quarter(s)</source>
        <translation>
            <numerusform>last quarter</numerusform>
            <numerusform>last %n quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n year(s)</source>
        <translation>
            <numerusform>last year</numerusform>
            <numerusform>last %n years</numerusform>
        </translation>
    </message>
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
<context>
    <name>store</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n day(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n day ago)</numerusform>
            <numerusform>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n hour(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n hour ago)</numerusform>
            <numerusform>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n hours ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n minute(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n minute ago)</numerusform>
            <numerusform>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n minutes ago)</numerusform>
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
