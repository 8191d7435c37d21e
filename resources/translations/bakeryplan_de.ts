<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActualsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Period&apos;s figure</source>
        <translation>Wert im Zeitraum</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message numerus="yes">
        <source>{period}: {what} of %n entry(s).</source>
        <translation>
            <numerusform>{period}: {what} aus %n Eintrag.</numerusform>
            <numerusform>{period}: {what} aus %n Einträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not over yet: compared with the plan due by today.</source>
        <translation>Noch nicht vorbei: verglichen mit dem Soll bis heute.</translation>
    </message>
    <message>
        <source>{amount} so far</source>
        <translation>bisher {amount}</translation>
    </message>
    <message>
        <source>{amount} (on plan)</source>
        <translation>{amount} (im Plan)</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>voraus</translation>
    </message>
    <message>
        <source>short</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>type a value, then Enter</source>
        <translation>Wert eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Type a date like {example}, or keep today&apos;s.</source>
        <translation>Datum eingeben, z. B. {example}, oder das heutige lassen.</translation>
    </message>
    <message>
        <source>“{text}” is outside the years {first} to {last}.</source>
        <translation>„{text}“ liegt außerhalb der Jahre {first} bis {last}.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“{text}” is outside the range {low} to {high}.</source>
        <translation>„{text}“ liegt nicht zwischen {low} und {high}.</translation>
    </message>
    <message>
        <source>a date like {example}</source>
        <translation>ein Datum wie {example}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>“{text}” is not {what}.</source>
        <translation>„{text}“ passt nicht, erwartet wird {what}.</translation>
    </message>
    <message>
        <source>{day} is after today: record what has happened, on the day it happened.</source>
        <translation>{day} liegt in der Zukunft: nur erfassen, was schon passiert ist, und zwar am Tag, an dem es passiert ist.</translation>
    </message>
    <message>
        <source>{local} or {iso}</source>
        <translation>{local} oder {iso}</translation>
    </message>
</context>
<context>
    <name>ActualsPanel</name>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Recorded actuals</source>
        <translation>Erfasste Ist-Werte</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <source>This plan is open read-only: entries can be read here.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet: Die Einträge lassen sich hier nur lesen.</translation>
    </message>
    <message>
        <source>Type in the last row: a date (like {example}), Tab, a value, then Enter, or Tab, a note and Enter. Delete removes the selected rows. Every change can be undone.</source>
        <translation>In der letzten Zeile eingeben: ein Datum (z. B. {example}), Tab, einen Wert, dann Enter – oder Tab, eine Notiz und Enter. Entf löscht die gewählten Zeilen. Jede Änderung lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>No measure yet.</source>
        <translation>Noch keine Kennzahl.</translation>
    </message>
    <message numerus="yes">
        <source>Target {target} by {by}, counted as {counted}. %n value(s) recorded.</source>
        <translation>
            <numerusform>Zielwert {target} bis {by}, Zählweise: {counted}. %n Wert erfasst.</numerusform>
            <numerusform>Zielwert {target} bis {by}, Zählweise: {counted}. %n Werte erfasst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>{goal} — steps</source>
        <extracomment>A chart subject: (&quot;measure&quot;, measure id) or (&quot;goal&quot;, goal id) for a goal&apos;s step burn-up.</extracomment>
        <translation>{goal} – Schritte</translation>
    </message>
    <message>
        <source>Chart of</source>
        <translation>Diagramm für</translation>
    </message>
    <message>
        <source>Chart &amp;of:</source>
        <translation>Diagramm &amp;für:</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Last year</source>
        <translation>&amp;Vorjahr</translation>
    </message>
    <message>
        <source>Draw last year&apos;s entries behind the plan drawn from them</source>
        <translation>Die Einträge des Vorjahrs hinter dem daraus abgeleiteten Plan zeigen</translation>
    </message>
    <message>
        <source>Add a goal with a measure to see its chart.</source>
        <translation>Ein Ziel mit einer Kennzahl anlegen, um ihr Diagramm zu sehen.</translation>
    </message>
    <message>
        <source>Chart as a table</source>
        <translation>Diagramm als Tabelle</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <source>Show as char&amp;t</source>
        <translation>Als &amp;Diagramm</translation>
    </message>
    <message>
        <source>Periods, as the chart counts them</source>
        <translation>Zeiträume, wie das Diagramm sie zählt</translation>
    </message>
    <message>
        <source>Steps done against planned</source>
        <translation>Erledigte Schritte im Vergleich zum Plan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Planned share</source>
        <translation>Anteil Soll</translation>
    </message>
    <message>
        <source>Done share</source>
        <translation>Anteil erledigt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>CountingFields</name>
    <message>
        <source>the average per day</source>
        <translation>der Durchschnitt pro Tag</translation>
    </message>
    <message>
        <source>the latest figure</source>
        <translation>der letzte Wert</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Woche vom {day}</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>einen Tag</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>eine Woche</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>einen Monat</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>ein Quartal</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>ein Jahr</translation>
    </message>
    <message numerus="yes">
        <source>the last %n day(s)</source>
        <translation>
            <numerusform>den letzten %n Tag</numerusform>
            <numerusform>die letzten %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>die letzte %n Woche</numerusform>
            <numerusform>die letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n month(s)</source>
        <translation>
            <numerusform>den letzten %n Monat</numerusform>
            <numerusform>die letzten %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n quarter(s)</source>
        <translation>
            <numerusform>das letzte %n Quartal</numerusform>
            <numerusform>die letzten %n Quartale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n year(s)</source>
        <translation>
            <numerusform>das letzte %n Jahr</numerusform>
            <numerusform>die letzten %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>the total for the day</source>
        <translation>die Summe des Tages</translation>
    </message>
    <message>
        <source>the total for the week</source>
        <translation>die Summe der Woche</translation>
    </message>
    <message>
        <source>the total for the month</source>
        <translation>die Summe des Monats</translation>
    </message>
    <message>
        <source>the total for the quarter</source>
        <translation>die Summe des Quartals</translation>
    </message>
    <message>
        <source>the total for the year</source>
        <translation>die Summe des Jahres</translation>
    </message>
    <message>
        <source>the average per day over the week</source>
        <translation>der Durchschnitt pro Tag in der Woche</translation>
    </message>
    <message>
        <source>the average per day over the month</source>
        <translation>der Durchschnitt pro Tag im Monat</translation>
    </message>
    <message>
        <source>the average per day over the quarter</source>
        <translation>der Durchschnitt pro Tag im Quartal</translation>
    </message>
    <message>
        <source>the average per day over the year</source>
        <translation>der Durchschnitt pro Tag im Jahr</translation>
    </message>
    <message>
        <source>Day&apos;s total</source>
        <translation>Tagessumme</translation>
    </message>
    <message>
        <source>Week&apos;s total</source>
        <translation>Wochensumme</translation>
    </message>
    <message>
        <source>Month&apos;s total</source>
        <translation>Monatssumme</translation>
    </message>
    <message>
        <source>Quarter&apos;s total</source>
        <translation>Quartalssumme</translation>
    </message>
    <message>
        <source>Year&apos;s total</source>
        <translation>Jahressumme</translation>
    </message>
    <message>
        <source>Day&apos;s daily average</source>
        <translation>Tagesdurchschnitt</translation>
    </message>
    <message>
        <source>Week&apos;s daily average</source>
        <translation>Tagesschnitt der Woche</translation>
    </message>
    <message>
        <source>Month&apos;s daily average</source>
        <translation>Tagesschnitt des Monats</translation>
    </message>
    <message>
        <source>Quarter&apos;s daily average</source>
        <translation>Tagesschnitt des Quartals</translation>
    </message>
    <message>
        <source>Year&apos;s daily average</source>
        <translation>Tagesschnitt des Jahres</translation>
    </message>
    <message>
        <source>Day&apos;s figure</source>
        <translation>Wert des Tages</translation>
    </message>
    <message>
        <source>Week&apos;s figure</source>
        <translation>Wert der Woche</translation>
    </message>
    <message>
        <source>Month&apos;s figure</source>
        <translation>Wert des Monats</translation>
    </message>
    <message>
        <source>Quarter&apos;s figure</source>
        <translation>Wert des Quartals</translation>
    </message>
    <message>
        <source>Year&apos;s figure</source>
        <translation>Wert des Jahres</translation>
    </message>
    <message>
        <source>What the target speaks of</source>
        <translation>Worauf sich der Zielwert bezieht</translation>
    </message>
    <message>
        <source>Count it as</source>
        <translation>Zählen als</translation>
    </message>
    <message>
        <source>Judge health over the last</source>
        <translation>Status beurteilen über die letzten</translation>
    </message>
    <message>
        <source>Health looks back over this many complete periods; the usual is {count}.</source>
        <translation>Für den Status zählen so viele abgeschlossene Zeiträume; üblich sind {count}.</translation>
    </message>
</context>
<context>
    <name>CurvePreview</name>
    <message>
        <source>Preview of the planned path</source>
        <translation>Vorschau des geplanten Verlaufs</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>like {example}</source>
        <translation>z. B. {example}</translation>
    </message>
    <message>
        <source>Pick a date on the calendar</source>
        <translation>Ein Datum im Kalender wählen</translation>
    </message>
    <message>
        <source>{field}: the date is outside the years {first} to {last}</source>
        <translation>{field}: Das Datum liegt außerhalb der Jahre {first} bis {last}</translation>
    </message>
    <message>
        <source>{field}: please type a date, like {example}</source>
        <translation>{field}: Bitte ein Datum eingeben, z. B. {example}</translation>
    </message>
</context>
<context>
    <name>DemoPlan</name>
    <message>
        <source>Maria Lopez</source>
        <comment>The owner and head baker, a woman. A local name is welcome: its first word is {owner} in other texts</comment>
        <translation>Anna Becker</translation>
    </message>
    <message>
        <source>Sunrise Bakery</source>
        <comment>The sample bakery&apos;s name, also {business} in the vision</comment>
        <translation>Bäckerei Morgenrot</translation>
    </message>
    <message>
        <source>Sam O&apos;Brien</source>
        <comment>The shop lead, a man. A local name is welcome: its first word is {shop_lead} in other texts</comment>
        <translation>Jan Schulz</translation>
    </message>
    <message>
        <source>Tomás Keane</source>
        <comment>The apprentice baker, a young man. A local name is welcome: its first word is {apprentice} in other texts</comment>
        <translation>Lukas Wagner</translation>
    </message>
    <message>
        <source>Aoife Byrne</source>
        <comment>The weekend baker, a woman. A local name is welcome: its first word is {weekend_baker} in other texts</comment>
        <translation>Sabine Koch</translation>
    </message>
    <message>
        <source>Declan Murphy</source>
        <comment>The delivery driver, a man (no longer with the bakery). A local name is welcome</comment>
        <translation>Thomas Richter</translation>
    </message>
    <message>
        <source>Harbour Cafe</source>
        <comment>A cafe&apos;s name, also {harbour_cafe} in other texts; a local one is welcome</comment>
        <translation>Café Hafenblick</translation>
    </message>
    <message>
        <source>Mill Lane Cafe</source>
        <comment>Another cafe&apos;s name, also {mill_lane_cafe} in other texts; a local one is welcome</comment>
        <translation>Café Mühlengasse</translation>
    </message>
    <message>
        <source>Owner and head baker</source>
        <translation>Inhaberin und Bäckermeisterin</translation>
    </message>
    <message>
        <source>Shop lead</source>
        <translation>Ladenleitung</translation>
    </message>
    <message>
        <source>Apprentice baker</source>
        <translation>Bäckerlehrling</translation>
    </message>
    <message>
        <source>Weekend baker</source>
        <translation>Wochenendbäckerin</translation>
    </message>
    <message>
        <source>Delivery driver (left in the summer)</source>
        <translation>Fahrer (im Sommer ausgeschieden)</translation>
    </message>
    <message>
        <source>Mondays and Tuesdays are still baked like Fridays; the bank holiday week left a whole rack unsold.</source>
        <translation>Montags und dienstags wird immer noch gebacken wie freitags; in der Feiertagswoche blieb ein ganzer Wagen Brot übrig.</translation>
    </message>
    <message>
        <source>Butter went up twice since the summer.</source>
        <translation>Butter ist seit dem Sommer zweimal teurer geworden.</translation>
    </message>
    <message>
        <source>Reviews mention the weekday queue at 8 am.</source>
        <translation>In den Bewertungen geht es um die lange Schlange werktags um 8 Uhr.</translation>
    </message>
    <message>
        <source>Only {harbour_cafe} so far: the tasting visits have not happened yet.</source>
        <translation>Bisher nur {harbour_cafe}: Die Besuche mit Kostproben haben noch nicht stattgefunden.</translation>
    </message>
    <message>
        <source>Bake the afternoon batch to order from next month.</source>
        <translation>Ab nächstem Monat den Nachmittagsschub nur auf Bestellung backen.</translation>
    </message>
    <message>
        <source>{owner} books the cafe visits this week.</source>
        <translation>{owner} vereinbart diese Woche die Besuche bei den Cafés.</translation>
    </message>
    <message>
        <source>{apprentice} does two solo bakes a week.</source>
        <translation>{apprentice} backt zweimal pro Woche allein.</translation>
    </message>
    <message>
        <source>Revenue is ahead of plan thanks to Sunday opening. Waste is still too high on Mondays and Tuesdays. Only one cafe so far: the tasting visits have not happened yet.</source>
        <translation>Der Umsatz liegt dank der Sonntagsöffnung über dem Plan. Montags und dienstags bleibt noch zu viel übrig. Bisher nur ein Café: Die Besuche mit Kostproben haben noch nicht stattgefunden.</translation>
    </message>
    <message>
        <source>Bake good bread and sell more of it.</source>
        <translation>Gutes Brot backen und mehr davon verkaufen.</translation>
    </message>
    <message>
        <source>We need to pay the bills and keep the shop open.</source>
        <translation>Wir müssen die Rechnungen bezahlen und den Laden offen halten.</translation>
    </message>
    <message>
        <source>{business} bakes honest bread for our neighbours every morning. Next year more people start their day with us, in our shop and in the cafes nearby. We throw less bread away, and our team learns and stays.</source>
        <translation>{business} backt jeden Morgen ehrliches Brot für die Nachbarschaft. Im nächsten Jahr beginnen mehr Menschen ihren Tag mit uns, in unserem Laden und in den Cafés in der Nähe. Wir werfen weniger Brot weg, und unser Team lernt dazu und bleibt.</translation>
    </message>
    <message>
        <source>A busy, friendly shop pays fair wages and lets us keep real sourdough at a fair price.</source>
        <translation>Ein voller, freundlicher Laden zahlt faire Löhne und erlaubt echten Sauerteig zu einem fairen Preis.</translation>
    </message>
    <message>
        <source>More sales in the shop and to cafes keep the bakery safe.</source>
        <translation>Mehr Verkauf im Laden und an Cafés macht die Bäckerei sicher.</translation>
    </message>
    <message>
        <source>Flour and butter prices keep rising.</source>
        <translation>Mehl- und Butterpreise steigen weiter.</translation>
    </message>
    <message>
        <source>Most new customers find us on Google Maps.</source>
        <translation>Die meisten neuen Kunden finden uns über Google Maps.</translation>
    </message>
    <message>
        <source>Wholesale uses the oven in the quiet hours.</source>
        <translation>Die Belieferung der Cafés nutzt den Ofen in den ruhigen Stunden.</translation>
    </message>
    <message>
        <source>Every unsold loaf is money and flour thrown away.</source>
        <translation>Jedes unverkaufte Brot ist weggeworfenes Geld und Mehl.</translation>
    </message>
    <message>
        <source>{owner} needs a day off, and {apprentice} wants to become a baker.</source>
        <translation>{owner} braucht einen freien Tag, und {apprentice} will Bäcker werden.</translation>
    </message>
    <message>
        <source>Anyone should be able to feed the starter.</source>
        <translation>Jeder im Team sollte den Sauerteig füttern können.</translation>
    </message>
    <message numerus="yes">
        <source>Supply bread to %n local cafe(s) by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>
            <numerusform>Bis {month} %n Café in der Nähe mit Brot beliefern</numerusform>
            <numerusform>Bis {month} %n Cafés in der Nähe mit Brot beliefern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{apprentice} bakes %n sourdough batch(es) on his own by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>
            <numerusform>{apprentice} backt bis {month} %n Sauerteig-Backgang allein</numerusform>
            <numerusform>{apprentice} backt bis {month} %n Sauerteig-Backgänge allein</numerusform>
        </translation>
    </message>
    <message>
        <source>Grow weekly revenue to {amount} by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Wochenumsatz bis {month} auf {amount} steigern</translation>
    </message>
    <message>
        <source>Keep ingredient costs between {low} and {high} of sales until {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Zutatenkosten bis {month} zwischen {low} und {high} des Umsatzes halten</translation>
    </message>
    <message>
        <source>Raise our Google review rating to {rating} by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Unsere Google-Bewertung bis {month} auf {rating} bringen</translation>
    </message>
    <message>
        <source>Cut unsold bread to {share} of what we bake by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Unverkauftes Brot bis {month} auf {share} der Backmenge senken</translation>
    </message>
    <message>
        <source>Write down our sourdough routine by {day}</source>
        <comment>{day}: a date such as &apos;11 January 2027&apos;</comment>
        <translation>Unseren Sauerteig-Ablauf bis zum {day} aufschreiben</translation>
    </message>
    <message>
        <source>stars</source>
        <comment>A unit, written after numbers: &apos;4.7 stars&apos;</comment>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>cafes</source>
        <comment>A unit, written after numbers: &apos;2 cafes&apos;</comment>
        <translation>Cafés</translation>
    </message>
    <message>
        <source>bakes</source>
        <comment>A unit, written after numbers: &apos;12 bakes&apos;</comment>
        <translation>Backgänge</translation>
    </message>
    <message>
        <source>Weekly revenue</source>
        <translation>Wochenumsatz</translation>
    </message>
    <message>
        <source>Ingredient cost share of sales</source>
        <translation>Anteil Zutatenkosten am Umsatz</translation>
    </message>
    <message>
        <source>Google review rating</source>
        <translation>Google-Bewertung</translation>
    </message>
    <message>
        <source>Cafes supplied</source>
        <translation>Belieferte Cafés</translation>
    </message>
    <message>
        <source>Unsold bread</source>
        <translation>Unverkauftes Brot</translation>
    </message>
    <message>
        <source>Sourdough bakes done alone</source>
        <translation>Sauerteig-Backgänge allein</translation>
    </message>
    <message>
        <source>First Sunday opening</source>
        <translation>Erste Sonntagsöffnung</translation>
    </message>
    <message>
        <source>Bank holiday week: fewer customers than we baked for</source>
        <translation>Feiertagswoche: weniger Kunden, als wir gebacken hatten</translation>
    </message>
    <message>
        <source>{harbour_cafe}, five mornings a week</source>
        <translation>{harbour_cafe}, fünf Morgen pro Woche</translation>
    </message>
    <message>
        <source>Add a savoury lunch range of three items</source>
        <translation>Herzhaftes Mittagsangebot mit drei Artikeln einführen</translation>
    </message>
    <message>
        <source>Open on Sunday mornings</source>
        <translation>Sonntags vormittags öffnen</translation>
    </message>
    <message>
        <source>Take Christmas pre-orders at the till</source>
        <translation>Weihnachtsvorbestellungen an der Kasse annehmen</translation>
    </message>
    <message>
        <source>Compare flour prices from two mills</source>
        <translation>Mehlpreise von zwei Mühlen vergleichen</translation>
    </message>
    <message>
        <source>Put a &apos;Review us on Google&apos; card by the till</source>
        <translation>Karte „Bewerten Sie uns bei Google“ an die Kasse stellen</translation>
    </message>
    <message>
        <source>Reply to every Google review within two days</source>
        <translation>Jede Google-Bewertung innerhalb von zwei Tagen beantworten</translation>
    </message>
    <message>
        <source>Write cafe prices and delivery terms</source>
        <translation>Preise und Lieferbedingungen für Cafés aufschreiben</translation>
    </message>
    <message>
        <source>Visit six cafes with a tasting box</source>
        <translation>Sechs Cafés mit einer Probierbox besuchen</translation>
    </message>
    <message>
        <source>Buy a second set of delivery crates</source>
        <translation>Zweiten Satz Lieferkisten kaufen</translation>
    </message>
    <message>
        <source>Sign a supply agreement with {mill_lane_cafe}</source>
        <translation>Liefervertrag mit {mill_lane_cafe} abschließen</translation>
    </message>
    <message>
        <source>Count unsold loaves every evening</source>
        <translation>Jeden Abend die unverkauften Brote zählen</translation>
    </message>
    <message>
        <source>Sell day-old bread at half price</source>
        <translation>Brot vom Vortag zum halben Preis verkaufen</translation>
    </message>
    <message>
        <source>Bake the afternoon batch to order</source>
        <translation>Nachmittagsschub auf Bestellung backen</translation>
    </message>
    <message>
        <source>{apprentice} shadows {owner} on sourdough mornings</source>
        <translation>{apprentice} begleitet {owner} an den Sauerteig-Morgen</translation>
    </message>
    <message>
        <source>First solo bake with {owner} checking</source>
        <translation>Erstes Backen allein, {owner} prüft</translation>
    </message>
    <message>
        <source>{apprentice} runs the weekend sourdough bakes</source>
        <translation>{apprentice} übernimmt das Sauerteigbacken am Wochenende</translation>
    </message>
    <message>
        <source>Photograph each stage of feeding the starter</source>
        <translation>Jeden Schritt beim Füttern des Sauerteigs fotografieren</translation>
    </message>
    <message>
        <source>Write the routine on one laminated page</source>
        <translation>Den Ablauf auf eine laminierte Seite schreiben</translation>
    </message>
    <message>
        <source>Millbrook Flour</source>
        <comment>A mill&apos;s name; a local one is welcome</comment>
        <translation>Kornmühle Lindenthal</translation>
    </message>
    <message>
        <source>The evening waste count takes five minutes. The sheet by the back door works.</source>
        <translation>Das abendliche Zählen der Reste dauert fünf Minuten. Die Liste an der Hintertür funktioniert.</translation>
    </message>
    <message>
        <source>Keep it; {shop_lead} types the totals into the plan every Monday.</source>
        <translation>Beibehalten; {shop_lead} trägt die Summen jeden Montag in den Plan ein.</translation>
    </message>
    <message>
        <source>Sunday opening needs two people from 8 to 10.</source>
        <translation>Die Sonntagsöffnung braucht zwei Leute von 8 bis 10 Uhr.</translation>
    </message>
    <message>
        <source>{weekend_baker} covers Sundays.</source>
        <translation>{weekend_baker} übernimmt die Sonntage.</translation>
    </message>
    <message numerus="yes">
        <source>Flour goes up {rise} next quarter. We can fix the price if you order for %n month(s).</source>
        <translation>
            <numerusform>Mehl wird im nächsten Quartal {rise} teurer. Wir können den Preis festschreiben, wenn Sie für %n Monat bestellen.</numerusform>
            <numerusform>Mehl wird im nächsten Quartal {rise} teurer. Wir können den Preis festschreiben, wenn Sie für %n Monate bestellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide at the quarterly review.</source>
        <translation>Bei der Quartalsbesprechung entscheiden.</translation>
    </message>
    <message>
        <source>Dairy co-op</source>
        <translation>Molkerei-Genossenschaft</translation>
    </message>
    <message>
        <source>We can deliver butter twice a week instead of once.</source>
        <translation>Wir können Butter zweimal pro Woche liefern statt einmal.</translation>
    </message>
    <message>
        <source>Once a week is enough for now.</source>
        <translation>Einmal pro Woche reicht vorerst.</translation>
    </message>
    <message>
        <source>Could I learn the rye starter too?</source>
        <translation>Kann ich auch den Roggensauer lernen?</translation>
    </message>
    <message>
        <source>Yes, after the first solo bakes.</source>
        <translation>Ja, nach den ersten Backgängen allein.</translation>
    </message>
    <message>
        <source>Google review</source>
        <comment>Where a customer&apos;s words came from</comment>
        <translation>Google-Bewertung</translation>
    </message>
    <message>
        <source>The queue is too long at 8 am on weekdays.</source>
        <translation>Werktags um 8 Uhr ist die Schlange zu lang.</translation>
    </message>
    <message numerus="yes">
        <source>We would take %n loaf/loaves a day if you deliver before 7:30.</source>
        <translation>
            <numerusform>Wir würden %n Brot am Tag nehmen, wenn Sie vor 7:30 Uhr liefern.</numerusform>
            <numerusform>Wir würden %n Brote am Tag nehmen, wenn Sie vor 7:30 Uhr liefern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mrs Walsh, regular customer</source>
        <comment>A customer&apos;s name and who she is; a local name is welcome</comment>
        <translation>Frau Schäfer, Stammkundin</translation>
    </message>
    <message>
        <source>Can you bake a seeded rye on Saturdays?</source>
        <translation>Können Sie samstags ein Roggenbrot mit Saaten backen?</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>Goals are what the business wants to reach, each with someone who owns it, a date and a number that shows progress.</source>
        <translation>Ziele sind das, was der Betrieb erreichen will – jedes mit einer zuständigen Person, einem Termin und einer Zahl, die den Fortschritt zeigt.</translation>
    </message>
    <message>
        <source>Add your first goal…</source>
        <translation>Erstes Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>Add a goal with a number…</source>
        <translation>Ziel mit einer Zahl hinzufügen…</translation>
    </message>
    <message>
        <source>Here you record the real figures, day by day or week by week, and see them against the plan. First add a goal with a number to measure.</source>
        <translation>Hier werden die echten Zahlen erfasst, Tag für Tag oder Woche für Woche, und mit dem Plan verglichen. Zuerst ein Ziel mit einer Zahl zum Messen anlegen.</translation>
    </message>
    <message>
        <source>The chart shows how a number moves against its plan, week after week. Add a goal with a number to measure, or with steps, to see one.</source>
        <translation>Das Diagramm zeigt, wie sich eine Zahl gegenüber dem Plan entwickelt, Woche für Woche. Ein Ziel mit einer Zahl zum Messen oder mit Schritten anlegen, um eines zu sehen.</translation>
    </message>
    <message>
        <source>Everyone who owns a goal or a step, yourself too, so every piece of work has a name on it.</source>
        <translation>Alle, die für ein Ziel oder einen Schritt zuständig sind – man selbst auch –, damit an jeder Aufgabe ein Name steht.</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>What your team, customers and suppliers tell you: note it, answer it, and turn a good idea into a step.</source>
        <translation>Was Team, Kunden und Lieferanten sagen: notieren, beantworten und aus einer guten Idee einen Schritt machen.</translation>
    </message>
    <message>
        <source>Add feedback…</source>
        <translation>Rückmeldung hinzufügen…</translation>
    </message>
    <message>
        <source>Look at the plan together at a regular rhythm, see what changed, and keep what you decided.</source>
        <translation>Den Plan regelmäßig gemeinsam ansehen, sehen, was sich geändert hat, und festhalten, was beschlossen wurde.</translation>
    </message>
    <message>
        <source>Hold your first review…</source>
        <translation>Erste Besprechung abhalten…</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Something went wrong inside BakeryPlan, so what you just did may not have happened.

Your plan file is safe: every change is saved on its own, whole or not at all.</source>
        <translation>In BakeryPlan ist etwas schiefgegangen, daher ist der letzte Schritt vielleicht nicht ausgeführt worden.

Die Plandatei ist sicher: Jede Änderung wird für sich gespeichert, ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}
Please send that file along if you report the problem.</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei:
{path}
Bitte diese Datei mitschicken, wenn das Problem gemeldet wird.</translation>
    </message>
    <message>
        <source>The details could not be written to the log file {path}.</source>
        <translation>Die Einzelheiten konnten nicht in die Protokolldatei {path} geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No feedback yet. Use Add feedback to note what your team, customers and suppliers tell you, link it to a goal, and answer it at the next review.</source>
        <translation>Noch keine Rückmeldung. Mit „Rückmeldung hinzufügen“ notieren, was Team, Kunden und Lieferanten sagen, mit einem Ziel verknüpfen und in der nächsten Besprechung beantworten.</translation>
    </message>
    <message>
        <source>&amp;Add feedback…</source>
        <translation>&amp;Rückmeldung hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it and respond…</source>
        <translation>&amp;Bearbeiten und antworten…</translation>
    </message>
    <message>
        <source>&amp;Link to goal…</source>
        <translation>Mit &amp;Ziel verknüpfen…</translation>
    </message>
    <message>
        <source>Make a s&amp;tep…</source>
        <translation>&amp;Schritt daraus machen…</translation>
    </message>
    <message>
        <source>Add a step for this feedback and mark it adopted, in one go</source>
        <translation>Einen Schritt zu dieser Rückmeldung anlegen und sie gleich als übernommen markieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Status of the selected feedback</source>
        <translation>Status der gewählten Rückmeldung</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Response: {response}</source>
        <translation>Antwort: {response}</translation>
    </message>
    <message>
        <source>Link to goal</source>
        <translation>Mit Ziel verknüpfen</translation>
    </message>
    <message>
        <source>Which goal is this feedback about?</source>
        <translation>Um welches Ziel geht es in dieser Rückmeldung?</translation>
    </message>
    <message>
        <source>Make a step</source>
        <translation>Schritt daraus machen</translation>
    </message>
    <message>
        <source>A step belongs to a goal. Add a goal on the Goals tab first.</source>
        <translation>Ein Schritt gehört zu einem Ziel. Zuerst im Reiter Ziele ein Ziel anlegen.</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Rückmeldung löschen</translation>
    </message>
    <message>
        <source>Delete this feedback? You can undo this.</source>
        <translation>Diese Rückmeldung löschen? Lässt sich rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>FirstGoal</name>
    <message>
        <source>Add your first goal</source>
        <translation>Erstes Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Your plan is ready. The next step is a first goal: something the business wants to reach, who owns it, by when, and a number that shows progress.

The goal wizard asks for each in turn; it takes a few minutes.</source>
        <translation>Der Plan ist fertig. Als Nächstes kommt ein erstes Ziel: etwas, das der Betrieb erreichen will, wer dafür zuständig ist, bis wann, und eine Zahl, die den Fortschritt zeigt.

Der Ziel-Assistent fragt das nacheinander ab; das dauert ein paar Minuten.</translation>
    </message>
    <message>
        <source>Add your first goal…</source>
        <translation>Erstes Ziel hinzufügen…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>{field}: the number is outside the range {low} to {high}</source>
        <translation>{field}: Die Zahl liegt nicht zwischen {low} und {high}</translation>
    </message>
    <message>
        <source>{field}: please type a number, like 12 or 3.5</source>
        <translation>{field}: Bitte eine Zahl eingeben, z. B. 12 oder 3,5</translation>
    </message>
    <message>
        <source>{field} is needed.</source>
        <translation>{field} fehlt noch.</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <source>The goal</source>
        <translation>Das Ziel</translation>
    </message>
    <message>
        <source>Say what you want to achieve, who leads it and by when.</source>
        <translation>Was erreicht werden soll, wer zuständig ist und bis wann.</translation>
    </message>
    <message>
        <source>e.g. Sell 400 sourdough loaves a week by June</source>
        <translation>z. B. 400 Sauerteigbrote pro Woche verkaufen, bis Juni</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Why this goal matters (optional)</source>
        <translation>Warum dieses Ziel wichtig ist (freiwillig)</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Who leads it:</source>
        <translation>Wer ist zuständig:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>How you will know</source>
        <translation>Woran man es merkt</translation>
    </message>
    <message>
        <source>A number to watch makes progress visible. You can skip this.</source>
        <translation>Eine Zahl zum Beobachten macht den Fortschritt sichtbar. Dieser Teil lässt sich überspringen.</translation>
    </message>
    <message>
        <source>Measure this goal with a number</source>
        <translation>Dieses Ziel mit einer Zahl messen</translation>
    </message>
    <message>
        <source>&amp;Add this measure to the goal</source>
        <translation>Diese Kennzahl zum Ziel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Plan from last &amp;year…</source>
        <translation>Plan aus dem &amp;Vorjahr…</translation>
    </message>
    <message>
        <source>Draw a seasonal plan from a year of another measure&apos;s entries</source>
        <translation>Einen saisonalen Plan aus einem Jahr Einträge einer anderen Kennzahl ableiten</translation>
    </message>
    <message>
        <source>Is the goal clear?</source>
        <translation>Ist das Ziel klar?</translation>
    </message>
    <message>
        <source>The measure&apos;s target date, {when}, is after the goal is due ({due}).</source>
        <translation>Der Zieltermin der Kennzahl, {when}, liegt nach der Frist des Ziels ({due}).</translation>
    </message>
    <message>
        <source>No measure will be added: tick the box to add “{name}”.</source>
        <translation>Es wird keine Kennzahl hinzugefügt: Zum Hinzufügen von „{name}“ das Kästchen ankreuzen.</translation>
    </message>
    <message>
        <source>No measure will be added. Type a name to add one, or go on: progress is then followed by the steps.</source>
        <translation>Es wird keine Kennzahl hinzugefügt. Einen Namen eingeben, um eine anzulegen, oder weitermachen: Der Fortschritt ergibt sich dann aus den Schritten.</translation>
    </message>
    <message>
        <source>Type a name for the measure, or untick the box to skip it.</source>
        <translation>Einen Namen für die Kennzahl eingeben oder das Häkchen entfernen, um sie zu überspringen.</translation>
    </message>
    <message>
        <source>“{name}” will be added to the goal.</source>
        <translation>„{name}“ wird zum Ziel hinzugefügt.</translation>
    </message>
    <message>
        <source> A number to reach</source>
        <translation> Eine Zahl, die erreicht werden soll</translation>
    </message>
    <message>
        <source> No number yet: how much?</source>
        <translation> Noch keine Zahl: wie viel?</translation>
    </message>
    <message>
        <source> A date</source>
        <translation> Ein Termin</translation>
    </message>
    <message>
        <source> No date yet: by when?</source>
        <translation> Noch kein Termin: bis wann?</translation>
    </message>
    <message>
        <source> An owner</source>
        <translation> Jemand ist zuständig</translation>
    </message>
    <message>
        <source> Nobody leads it yet: who?</source>
        <translation> Noch niemand zuständig: wer?</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Check the goal. Finish adds it to the plan; Undo takes it out.</source>
        <translation>Das Ziel prüfen. „Fertigstellen“ nimmt es in den Plan auf, „Rückgängig“ nimmt es wieder heraus.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>noch kein Termin</translation>
    </message>
    <message>
        <source>Goal: {title}</source>
        <translation>Ziel: {title}</translation>
    </message>
    <message>
        <source>Area: {name}</source>
        <translation>Bereich: {name}</translation>
    </message>
    <message>
        <source>Led by: {name}</source>
        <translation>Zuständig: {name}</translation>
    </message>
    <message>
        <source>Due: {due}</source>
        <translation>Fällig: {due}</translation>
    </message>
    <message>
        <source>Measure: {name}, from {start} to {target} by {when}</source>
        <translation>Kennzahl: {name}, von {start} auf {target} bis {when}</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n step(s) is/are due after the goal.</source>
        <translation>
            <numerusform>Achtung: %n Schritt ist erst nach dem Ziel fällig.</numerusform>
            <numerusform>Achtung: %n Schritte sind erst nach dem Ziel fällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a day, counted as {counting}; health judges the last %n day(s).</source>
        <translation>
            <numerusform>  Der Zielwert bezieht sich auf einen Tag, Zählweise: {counting}; der Status beurteilt den letzten %n Tag.</numerusform>
            <numerusform>  Der Zielwert bezieht sich auf einen Tag, Zählweise: {counting}; der Status beurteilt die letzten %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a week, counted as {counting}; health judges the last %n week(s).</source>
        <translation>
            <numerusform>  Der Zielwert bezieht sich auf eine Woche, Zählweise: {counting}; der Status beurteilt die letzte %n Woche.</numerusform>
            <numerusform>  Der Zielwert bezieht sich auf eine Woche, Zählweise: {counting}; der Status beurteilt die letzten %n Wochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a month, counted as {counting}; health judges the last %n month(s).</source>
        <translation>
            <numerusform>  Der Zielwert bezieht sich auf einen Monat, Zählweise: {counting}; der Status beurteilt den letzten %n Monat.</numerusform>
            <numerusform>  Der Zielwert bezieht sich auf einen Monat, Zählweise: {counting}; der Status beurteilt die letzten %n Monate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a quarter, counted as {counting}; health judges the last %n quarter(s).</source>
        <translation>
            <numerusform>  Der Zielwert bezieht sich auf ein Quartal, Zählweise: {counting}; der Status beurteilt das letzte %n Quartal.</numerusform>
            <numerusform>  Der Zielwert bezieht sich auf ein Quartal, Zählweise: {counting}; der Status beurteilt die letzten %n Quartale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a year, counted as {counting}; health judges the last %n year(s).</source>
        <translation>
            <numerusform>  Der Zielwert bezieht sich auf ein Jahr, Zählweise: {counting}; der Status beurteilt das letzte %n Jahr.</numerusform>
            <numerusform>  Der Zielwert bezieht sich auf ein Jahr, Zählweise: {counting}; der Status beurteilt die letzten %n Jahre.</numerusform>
        </translation>
    </message>
    <message>
        <source>No measure: progress is followed by the steps.</source>
        <translation>Keine Kennzahl: Der Fortschritt ergibt sich aus den Schritten.</translation>
    </message>
    <message>
        <source>Steps ({count}):</source>
        <translation>Schritte ({count}):</translation>
    </message>
    <message>
        <source>  • {title}: {owner}, by {due}</source>
        <translation>  • {title}: {owner}, bis {due}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Termin</translation>
    </message>
    <message>
        <source>New people: {names}</source>
        <translation>Neue Personen: {names}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Achtung: {warning}</translation>
    </message>
    <message>
        <source>This plan is open read-only, so goals cannot be added here.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet, daher lassen sich hier keine Ziele hinzufügen.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Break the goal into small steps. Each needs someone and a date.</source>
        <translation>Das Ziel in kleine Schritte aufteilen. Jeder braucht eine zuständige Person und einen Termin.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>Add a &amp;step</source>
        <translation>&amp;Schritt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>Someone ne&amp;w to help? Add them here:</source>
        <translation>Hilft jemand &amp;Neues mit? Hier eintragen:</translation>
    </message>
    <message>
        <source>e.g. Test three sourdough recipes</source>
        <translation>z. B. Drei Sauerteigrezepte ausprobieren</translation>
    </message>
    <message>
        <source>&quot;{step}&quot;</source>
        <translation>„{step}“</translation>
    </message>
    <message>
        <source>&quot;{step}&quot; is due after the goal ({goal_due}).</source>
        <translation>„{step}“ ist erst nach dem Ziel fällig ({goal_due}).</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>No goal yet</source>
        <translation>Noch kein Ziel</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand zuständig</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Termin</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} von %n Schritt erledigt</numerusform>
            <numerusform>{done} von %n Schritten erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Measure: {name}</source>
        <translation>Kennzahl: {name}</translation>
    </message>
    <message>
        <source>keep {low} to {high}</source>
        <translation>{low} bis {high} halten</translation>
    </message>
    <message>
        <source>keep at least {low}</source>
        <translation>mindestens {low} halten</translation>
    </message>
    <message>
        <source>keep at most {high}</source>
        <translation>höchstens {high} halten</translation>
    </message>
    <message>
        <source>planned {planned}</source>
        <translation>Soll {planned}</translation>
    </message>
    <message>
        <source>aim {target}</source>
        <translation>Zielwert {target}</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>von {target}</translation>
    </message>
    <message>
        <source>nothing recorded, {aim}</source>
        <translation>noch nichts erfasst, {aim}</translation>
    </message>
    <message>
        <source>✓ Done {day}</source>
        <translation>✓ Erledigt am {day}</translation>
    </message>
    <message>
        <source>! Overdue</source>
        <translation>! Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Goals, measures and steps</source>
        <extracomment>What the tree shows: a change of anything else leaves it alone.</extracomment>
        <translation>Ziele, Kennzahlen und Schritte</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>&amp;Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Quick goal…</source>
        <translation>Ziel &amp;schnell anlegen…</translation>
    </message>
    <message>
        <source>Add a goal in one plain form</source>
        <translation>Ein Ziel in einem einfachen Formular anlegen</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>&amp;Kennzahl hinzufügen…</translation>
    </message>
    <message>
        <source>Add s&amp;tep…</source>
        <translation>Schri&amp;tt hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Down)</translation>
    </message>
    <message>
        <source>Mark not d&amp;one</source>
        <translation>&amp;Nicht erledigt</translation>
    </message>
    <message>
        <source>{measures}, {actuals}, {steps}</source>
        <translation>{measures}, {actuals}, {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n Kennzahl</numerusform>
            <numerusform>%n Kennzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s)</source>
        <translation>
            <numerusform>%n Ist-Wert</numerusform>
            <numerusform>%n Ist-Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the goal “{title}” with its measures, recorded actuals and steps ({counts})? You can undo this.</source>
        <translation>Das Ziel „{title}“ mit seinen Kennzahlen, erfassten Ist-Werten und Schritten ({counts}) löschen? Lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Delete the measure “{name}” and all its recorded actuals ({count})? You can undo this.</source>
        <translation>Die Kennzahl „{name}“ und alle ihre erfassten Ist-Werte ({count}) löschen? Lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Kennzahl löschen</translation>
    </message>
    <message>
        <source>Delete the step “{title}”? You can undo this.</source>
        <translation>Den Schritt „{title}“ löschen? Lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Schritt löschen</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>How BakeryPlan works</source>
        <translation>Wie BakeryPlan funktioniert</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message numerus="yes">
        <source>The weekly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>Die wöchentliche Besprechung war am {day} fällig: %n Tag überfällig.</numerusform>
            <numerusform>Die wöchentliche Besprechung war am {day} fällig: %n Tage überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>Die monatliche Besprechung war am {day} fällig: %n Tag überfällig.</numerusform>
            <numerusform>Die monatliche Besprechung war am {day} fällig: %n Tage überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>Die vierteljährliche Besprechung war am {day} fällig: %n Tag überfällig.</numerusform>
            <numerusform>Die vierteljährliche Besprechung war am {day} fällig: %n Tage überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>Die Besprechung war am {day} fällig: %n Tag überfällig.</numerusform>
            <numerusform>Die Besprechung war am {day} fällig: %n Tage überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The weekly review is due today, {day}.</source>
        <translation>Die wöchentliche Besprechung ist heute fällig, am {day}.</translation>
    </message>
    <message>
        <source>The monthly review is due today, {day}.</source>
        <translation>Die monatliche Besprechung ist heute fällig, am {day}.</translation>
    </message>
    <message>
        <source>The quarterly review is due today, {day}.</source>
        <translation>Die vierteljährliche Besprechung ist heute fällig, am {day}.</translation>
    </message>
    <message>
        <source>The review is due today, {day}.</source>
        <translation>Die Besprechung ist heute fällig, am {day}.</translation>
    </message>
    <message numerus="yes">
        <source>The weekly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>Die wöchentliche Besprechung ist am {day} fällig, in %n Tag.</numerusform>
            <numerusform>Die wöchentliche Besprechung ist am {day} fällig, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>Die monatliche Besprechung ist am {day} fällig, in %n Tag.</numerusform>
            <numerusform>Die monatliche Besprechung ist am {day} fällig, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>Die vierteljährliche Besprechung ist am {day} fällig, in %n Tag.</numerusform>
            <numerusform>Die vierteljährliche Besprechung ist am {day} fällig, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>Die Besprechung ist am {day} fällig, in %n Tag.</numerusform>
            <numerusform>Die Besprechung ist am {day} fällig, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every week.</source>
        <translation>Noch keine Besprechung abgehalten; geplant ist, den Plan jede Woche gemeinsam anzusehen.</translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every month.</source>
        <translation>Noch keine Besprechung abgehalten; geplant ist, den Plan jeden Monat gemeinsam anzusehen.</translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every quarter.</source>
        <translation>Noch keine Besprechung abgehalten; geplant ist, den Plan jedes Quartal gemeinsam anzusehen.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>&amp;Record today&apos;s figures</source>
        <translation>Zahlen von heute &amp;erfassen</translation>
    </message>
    <message>
        <source>Print huddle &amp;sheet…</source>
        <translation>Blatt für die &amp;Teamrunde drucken…</translation>
    </message>
    <message>
        <source>I&amp;mport actuals…</source>
        <translation>Ist-Werte &amp;importieren…</translation>
    </message>
    <message>
        <source>Numbers behind plan</source>
        <translation>Zahlen hinter dem Plan</translation>
    </message>
    <message>
        <source>Every number is on track or has not started yet.</source>
        <translation>Alle Zahlen sind im Plan oder haben noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Steps due this week or late</source>
        <translation>Schritte, die diese Woche fällig oder überfällig sind</translation>
    </message>
    <message>
        <source>No step is due this week and none is late.</source>
        <translation>Kein Schritt ist diese Woche fällig, keiner ist überfällig.</translation>
    </message>
    <message>
        <source>Feedback waiting for an answer</source>
        <translation>Rückmeldungen ohne Antwort</translation>
    </message>
    <message>
        <source>All feedback has an answer.</source>
        <translation>Jede Rückmeldung hat eine Antwort.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Besprechung</translation>
    </message>
    <message>
        <source>Latest entries</source>
        <translation>Letzte Einträge</translation>
    </message>
    <message>
        <source>No figures recorded yet. Record today&apos;s figures to see progress.</source>
        <translation>Noch keine Zahlen erfasst. Die Zahlen von heute erfassen, um den Fortschritt zu sehen.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Zu beachten</translation>
    </message>
    <message>
        <source>Nothing to fix: every goal has an owner, a date and a way to measure it.</source>
        <translation>Nichts zu tun: Jedes Ziel hat eine zuständige Person, einen Termin und eine Kennzahl.</translation>
    </message>
    <message>
        <source>{today} · week of {week}</source>
        <translation>{today} · Woche vom {week}</translation>
    </message>
    <message>
        <source>{label}: {actual} against {planned} planned ({difference})</source>
        <translation>{label}: {actual}, geplant {planned} ({difference})</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late (due {day})</source>
        <translation>
            <numerusform>%n Tag überfällig (fällig am {day})</numerusform>
            <numerusform>%n Tage überfällig (fällig am {day})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who}, {day} · waiting %n day(s)</source>
        <translation>
            <numerusform>{who}, {day} · wartet seit %n Tag</numerusform>
            <numerusform>{who}, {day} · wartet seit %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>fällig am {day}</translation>
    </message>
    <message>
        <source>nobody owns it yet</source>
        <translation>noch niemand zuständig</translation>
    </message>
    <message>
        <source>for “{goal}”</source>
        <translation>zu „{goal}“</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>No regular review is set. Looking at the plan together, every month say, keeps it alive.</source>
        <translation>Keine regelmäßige Besprechung festgelegt. Den Plan gemeinsam ansehen, etwa jeden Monat, hält ihn lebendig.</translation>
    </message>
    <message>
        <source>Last review: {day}</source>
        <translation>Letzte Besprechung: {day}</translation>
    </message>
    <message>
        <source>Hold a re&amp;view…</source>
        <translation>Besprechung a&amp;bhalten…</translation>
    </message>
    <message>
        <source>Hold a review</source>
        <translation>Besprechung abhalten</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Einen Blick wert</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show: {finding}</source>
        <translation>Zeigen: {finding}</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Erledigt: {title}</translation>
    </message>
    <message>
        <source>Mark done: {title}</source>
        <translation>Als erledigt markieren: {title}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Day first (31/01/2024)</source>
        <translation>&amp;Tag zuerst (31/01/2024)</translation>
    </message>
    <message>
        <source>&amp;Month first (01/31/2024)</source>
        <translation>&amp;Monat zuerst (01/31/2024)</translation>
    </message>
    <message>
        <source>&amp;Year first (2024/01/31)</source>
        <translation>&amp;Jahr zuerst (2024/01/31)</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Das Datum</translation>
    </message>
    <message>
        <source>Say which column holds the day, and how it is written.</source>
        <translation>Welche Spalte den Tag enthält und wie er geschrieben ist.</translation>
    </message>
    <message>
        <source>Order of day, month and year</source>
        <translation>Reihenfolge von Tag, Monat und Jahr</translation>
    </message>
    <message>
        <source>Date &amp;column:</source>
        <translation>&amp;Spalte mit dem Datum:</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Die Spalte wählen, die das Datum enthält.</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>In this file:</source>
        <translation>In dieser Datei:</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>Choose the export from your till, card terminal, bank, web shop or accounts.</source>
        <translation>Den Export aus Kasse, Kartenterminal, Bank, Webshop oder Buchhaltung wählen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The CSV or text file to import</source>
        <translation>Die CSV- oder Textdatei zum Importieren</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Wie erkannt</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>line </source>
        <translation>Zeile </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichensatz:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>The first rows as read</source>
        <translation>Die ersten Zeilen, wie gelesen</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Ist-Werte importieren</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message numerus="yes">
        <source>Read as {encoding}; separator: {delimiter}; header: {header}; %n row(s).</source>
        <translation>
            <numerusform>Gelesen als {encoding}; Trennzeichen: {delimiter}; Kopfzeile: {header}; %n Zeile.</numerusform>
            <numerusform>Gelesen als {encoding}; Trennzeichen: {delimiter}; Kopfzeile: {header}; %n Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Above the table (%n line(s), not imported):
{lines}</source>
        <translation>
            <numerusform>Über der Tabelle (%n Zeile, nicht importiert):
{lines}</numerusform>
            <numerusform>Über der Tabelle (%n Zeilen, nicht importiert):
{lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>Read it with the recipe &quot;{name}&quot; (this file&apos;s header matches)</source>
        <translation>Mit der Vorlage „{name}“ lesen (die Kopfzeile dieser Datei passt)</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Das Ergebnis</translation>
    </message>
    <message>
        <source>Check the figures. Finish adds them to the plan; Undo takes them out.</source>
        <translation>Die Zahlen prüfen. „Fertigstellen“ nimmt sie in den Plan auf, „Rückgängig“ nimmt sie wieder heraus.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Übersprungen, weil</translation>
    </message>
    <message>
        <source>&amp;Save as a recipe named</source>
        <translation>Als &amp;Vorlage speichern mit dem Namen</translation>
    </message>
    <message>
        <source>Recipe name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>e.g. &quot;Till, daily sales&quot; or &quot;Bank account&quot;</source>
        <translation>z. B. „Kasse, Tagesumsatz“ oder „Bankkonto“</translation>
    </message>
    <message>
        <source>No day&apos;s figure could be read with these settings.</source>
        <translation>Mit diesen Einstellungen ließ sich kein Tageswert lesen.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>Der Wert</translation>
    </message>
    <message>
        <source>Say which measure gets the figures and what makes a day&apos;s value.</source>
        <translation>Welche Kennzahl die Zahlen bekommt und woraus sich der Wert eines Tages ergibt.</translation>
    </message>
    <message>
        <source>The &amp;amounts in</source>
        <translation>die &amp;Beträge in</translation>
    </message>
    <message>
        <source>The number of &amp;rows</source>
        <translation>die Anzahl der &amp;Zeilen</translation>
    </message>
    <message>
        <source>The number of different &amp;values in</source>
        <translation>die Anzahl verschiedener &amp;Werte in</translation>
    </message>
    <message>
        <source>A day&apos;s value is</source>
        <translation>Der Wert eines Tages ist</translation>
    </message>
    <message>
        <source>All amounts</source>
        <translation>Alle Beträge</translation>
    </message>
    <message>
        <source>Only income (amounts above zero)</source>
        <translation>Nur Einnahmen (Beträge über null)</translation>
    </message>
    <message>
        <source>Only expenses (amounts below zero, counted as positive)</source>
        <translation>Nur Ausgaben (Beträge unter null, positiv gezählt)</translation>
    </message>
    <message>
        <source>Decimal point: 1,234.56</source>
        <translation>Dezimalpunkt: 1,234.56</translation>
    </message>
    <message>
        <source>Decimal comma: 1.234,56</source>
        <translation>Dezimalkomma: 1.234,56</translation>
    </message>
    <message>
        <source>Only rows with these values</source>
        <translation>Nur Zeilen mit diesen Werten</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>&amp;Which amounts:</source>
        <translation>&amp;Art der Beträge:</translation>
    </message>
    <message>
        <source>Amounts are &amp;written with:</source>
        <translation>Beträge ge&amp;schrieben mit:</translation>
    </message>
    <message>
        <source>Only rows where:</source>
        <translation>Nur Zeilen, in denen:</translation>
    </message>
    <message>
        <source>is one of:</source>
        <translation>einen dieser Werte hat:</translation>
    </message>
    <message>
        <source>&amp;Note from:</source>
        <translation>&amp;Notiz aus:</translation>
    </message>
    <message>
        <source>(all rows)</source>
        <translation>(alle Zeilen)</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was written.</source>
        <translation>Lesen abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Lines skipped: {skipped} (reasons on the right). Rows left out by filters: {filtered}.</source>
        <translation>Übersprungene Zeilen: {skipped} (Gründe rechts). Durch Filter ausgelassene Zeilen: {filtered}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), total {total}, into “{measure}”.</source>
        <translation>
            <numerusform>%n Tag, Summe {total}, in „{measure}“.</numerusform>
            <numerusform>%n Tage, Summe {total}, in „{measure}“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read from %n row(s) of the file.</source>
        <translation>
            <numerusform>Gelesen aus %n Zeile der Datei.</numerusform>
            <numerusform>Gelesen aus %n Zeilen der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these days was/were imported before from “{source}”: Finish asks whether to replace it/them or skip it/them.</source>
        <translation>
            <numerusform>%n dieser Tage wurde schon früher aus „{source}“ importiert: „Fertigstellen“ fragt dann, ob er ersetzt oder übersprungen wird.</numerusform>
            <numerusform>%n dieser Tage wurden schon früher aus „{source}“ importiert: „Fertigstellen“ fragt dann, ob sie ersetzt oder übersprungen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these days ({first} to {last}) was/were imported before from “{source}”. Replace the entries of those days with the file&apos;s figures, or skip those days and add only the new ones?</source>
        <translation>
            <numerusform>%n dieser Tage ({first} bis {last}) wurde schon früher aus „{source}“ importiert. Die Einträge dieses Tages durch die Zahlen der Datei ersetzen oder diesen Tag überspringen und nur die neuen hinzufügen?</numerusform>
            <numerusform>%n dieser Tage ({first} bis {last}) wurden schon früher aus „{source}“ importiert. Die Einträge dieser Tage durch die Zahlen der Datei ersetzen oder diese Tage überspringen und nur die neuen hinzufügen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day in this file is already imported.</source>
        <translation>Jeder Tag in dieser Datei ist schon importiert.</translation>
    </message>
    <message>
        <source>This plan has no measures yet. Add a measure to a goal first.</source>
        <translation>Dieser Plan hat noch keine Kennzahlen. Zuerst einem Ziel eine Kennzahl hinzufügen.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so nothing can be imported into it.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet, daher lässt sich nichts importieren.</translation>
    </message>
</context>
<context>
    <name>LazyPanels</name>
    <message>
        <source>This tab could not be shown.</source>
        <translation>Dieser Reiter konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>This tab could not be shown. The details are in the log file:
{path}</source>
        <translation>Dieser Reiter konnte nicht angezeigt werden. Die Einzelheiten stehen in der Protokolldatei:
{path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Ist-Werte</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <source>Ctrl+{number}</source>
        <translation>Ctrl+{number}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>No backup of &quot;{name}&quot; could be made: {reason}.

The plan itself is fine and every change is still saved to it, but until a backup can be made a mistake cannot be undone from a backup. Continue without a backup, or close the plan (and free some space or fix the folder first)?</source>
        <translation>Von „{name}“ ließ sich keine Sicherung anlegen: {reason}.

Der Plan selbst ist in Ordnung und jede Änderung wird weiter darin gespeichert. Solange aber keine Sicherung möglich ist, lässt sich ein Fehler nicht aus einer Sicherung zurückholen. Ohne Sicherung weiterarbeiten oder den Plan schließen (und zuerst Platz schaffen oder den Ordner in Ordnung bringen)?</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>Keine Sicherung</translation>
    </message>
    <message>
        <source>Continue without a backup</source>
        <translation>Ohne Sicherung weiter</translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation>Plan schließen</translation>
    </message>
    <message>
        <source>This plan is open read-only: you can look, print and export, but not change it.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet: Ansehen, Drucken und Exportieren geht, Ändern nicht.</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation>Soll-Wert</translation>
    </message>
    <message>
        <source>Points of the planned path</source>
        <translation>Punkte des geplanten Verlaufs</translation>
    </message>
    <message>
        <source>Steady (a straight line)</source>
        <translation>Gleichmäßig (eine gerade Linie)</translation>
    </message>
    <message>
        <source>In steps (e.g. each quarter)</source>
        <translation>In Stufen (z. B. jedes Quartal)</translation>
    </message>
    <message>
        <source>Seasonal (my own points)</source>
        <translation>Saisonal (eigene Punkte)</translation>
    </message>
    <message>
        <source>Planned path</source>
        <translation>Geplanter Verlauf</translation>
    </message>
    <message>
        <source>Fill in &amp;quarterly steps</source>
        <translation>&amp;Quartalsstufen ausfüllen</translation>
    </message>
    <message>
        <source>Add a &amp;point</source>
        <translation>&amp;Punkt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove point</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <source>e.g. Loaves sold per week</source>
        <translation>z. B. Verkaufte Brote pro Woche</translation>
    </message>
    <message>
        <source>e.g. loaves, €, %</source>
        <translation>z. B. Brote, €, %</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Mehr ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Weniger ist besser</translation>
    </message>
    <message>
        <source>Keep within a range</source>
        <translation>In einer Spanne halten</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>What you count:</source>
        <translation>Was gezählt wird:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Einheit:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>From (now) / to (target):</source>
        <translation>Von (jetzt) / auf (Ziel):</translation>
    </message>
    <message>
        <source>Keep between:</source>
        <translation>Halten zwischen:</translation>
    </message>
    <message>
        <source>Start / target date:</source>
        <translation>Start- / Zieldatum:</translation>
    </message>
    <message>
        <source>The target speaks of:</source>
        <translation>Der Zielwert bezieht sich auf:</translation>
    </message>
    <message>
        <source>Count it as:</source>
        <translation>Zählen als:</translation>
    </message>
    <message>
        <source>Judge health over:</source>
        <translation>Status beurteilen über:</translation>
    </message>
    <message>
        <source>Planned path:</source>
        <translation>Geplanter Verlauf:</translation>
    </message>
    <message>
        <source>{field} is needed.</source>
        <translation>{field} fehlt noch.</translation>
    </message>
</context>
<context>
    <name>MeasureRules</name>
    <message>
        <source>“Higher is better”, but the target is below the starting value: raise the target, or choose “Lower is better”.</source>
        <translation>„Höher ist besser“, aber der Zielwert liegt unter dem Ausgangswert: den Zielwert erhöhen oder „Niedriger ist besser“ wählen.</translation>
    </message>
    <message>
        <source>“Lower is better”, but the target is above the starting value: lower the target, or choose “Higher is better”.</source>
        <translation>„Niedriger ist besser“, aber der Zielwert liegt über dem Ausgangswert: den Zielwert senken oder „Höher ist besser“ wählen.</translation>
    </message>
    <message>
        <source>Keeping within a band needs at least one limit: give the lowest or the highest value to keep to.</source>
        <translation>Eine Spanne braucht mindestens eine Grenze: den niedrigsten oder den höchsten Wert angeben, der gehalten werden soll.</translation>
    </message>
    <message>
        <source>The band&apos;s low limit must be below its high limit.</source>
        <translation>Die Untergrenze der Spanne muss unter ihrer Obergrenze liegen.</translation>
    </message>
    <message>
        <source>The target date is before the start date: move one of them.</source>
        <translation>Der Zieltermin liegt vor dem Starttermin: einen der beiden verschieben.</translation>
    </message>
    <message>
        <source>A point of the planned path is after the target date: move it to the target date or earlier, or move the target date.</source>
        <translation>Ein Punkt des geplanten Verlaufs liegt nach dem Zieltermin: ihn auf den Zieltermin oder davor legen oder den Zieltermin verschieben.</translation>
    </message>
</context>
<context>
    <name>MenuTasks</name>
    <message>
        <source>No chart to export</source>
        <translation>Kein Diagramm zum Exportieren</translation>
    </message>
    <message>
        <source>This plan has no measures yet, so there is no chart to export. Add a measure to a goal on the Goals tab first.</source>
        <translation>Dieser Plan hat noch keine Kennzahlen, daher gibt es kein Diagramm zum Exportieren. Zuerst im Reiter Ziele einem Ziel eine Kennzahl hinzufügen.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Which measure&apos;s chart do you want to export?</source>
        <translation>Das Diagramm welcher Kennzahl exportieren?</translation>
    </message>
    <message>
        <source>About BakeryPlan</source>
        <translation>Über BakeryPlan</translation>
    </message>
    <message>
        <source>BakeryPlan {version}

Plan your business on one page: a vision, goals with measures, owners and dates, and what really happened.

Your plan stays on this computer. BakeryPlan never connects to the internet.</source>
        <translation>BakeryPlan {version}

Das Geschäft auf einer Seite planen: eine Vision, Ziele mit Kennzahlen, Zuständigen und Terminen – und was wirklich passiert ist.

Der Plan bleibt auf diesem Computer. BakeryPlan verbindet sich nie mit dem Internet.</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <source>Your business</source>
        <translation>Der Betrieb</translation>
    </message>
    <message>
        <source>The name appears on every page you print.</source>
        <translation>Der Name steht auf jeder gedruckten Seite.</translation>
    </message>
    <message>
        <source>e.g. Sunrise Bakery</source>
        <translation>z. B. Bäckerei Morgenrot</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Business na&amp;me:</source>
        <translation>Name des &amp;Betriebs:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Inhaber/in:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Das Team</translation>
    </message>
    <message>
        <source>Who works with you? You can add people later too.</source>
        <translation>Wer arbeitet mit? Personen lassen sich auch später hinzufügen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>&amp;Person hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>Person &amp;entfernen</translation>
    </message>
    <message>
        <source>Add {owner} (owner) to the &amp;team</source>
        <translation>{owner} (Inhaber/in) zum &amp;Team hinzufügen</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>Inhaber/in</translation>
    </message>
    <message>
        <source>e.g. Baker</source>
        <translation>z. B. Bäcker/in</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber/in</translation>
    </message>
    <message>
        <source>Where to keep the plan</source>
        <translation>Wo der Plan liegt</translation>
    </message>
    <message>
        <source>Your plan is one file. Every change is saved in it at once.</source>
        <translation>Der Plan ist eine einzige Datei. Jede Änderung wird sofort darin gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Write the &amp;vision next</source>
        <translation>Danach die &amp;Vision schreiben</translation>
    </message>
    <message>
        <source>&amp;Plan file:</source>
        <translation>&amp;Plandatei:</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mein Plan</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation>Neuen Plan speichern unter</translation>
    </message>
    <message>
        <source>Type a file name for the plan.</source>
        <translation>Einen Dateinamen für den Plan eingeben.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Eine Datei mit diesem Namen gibt es schon. Einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Neuen Plan anlegen</translation>
    </message>
    <message>
        <source>The plan could not be created</source>
        <translation>Der Plan konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The plan could not be created: {reason}</source>
        <translation>Der Plan konnte nicht angelegt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <extracomment>A check across fields: given the parsed values, None or (the problem in words, the key of the field to put right).</extracomment>
        <translation>Kein Termin</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Datum leeren</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Zuständig für</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>No one yet. Use Add person for everyone who owns goals and steps, yourself too, so every piece of work has a name on it.</source>
        <translation>Noch niemand. Mit „Person hinzufügen“ alle eintragen, die für Ziele und Schritte zuständig sind – sich selbst auch –, damit an jeder Aufgabe ein Name steht.</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Person hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Dea&amp;ctivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n offener Schritt</numerusform>
            <numerusform>%n offene Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n goal(s) and step(s) they own will have no owner. Deactivating keeps the history instead.</source>
        <translation>
            <numerusform>Für %n Ziel oder Schritt dieser Person ist dann niemand mehr zuständig. Deaktivieren behält dagegen den Verlauf.</numerusform>
            <numerusform>Für %n Ziele und Schritte dieser Person ist dann niemand mehr zuständig. Deaktivieren behält dagegen den Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>{goals}, {steps}</source>
        <translation>{goals}, {steps}</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>„{name}“ löschen?</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (neu)</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Name der neuen Person</translation>
    </message>
    <message>
        <source>Role (optional)</source>
        <translation>Rolle (freiwillig)</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>&amp;Person hinzufügen</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>This plan is closed; nothing was changed.</source>
        <translation>Dieser Plan ist geschlossen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so it cannot be changed here. Close the other window that has it open, then open it again.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet und lässt sich hier nicht ändern. Das andere Fenster schließen, in dem er geöffnet ist, und ihn dann neu öffnen.</translation>
    </message>
    <message>
        <source>The change could not be saved to the plan file: {detail}</source>
        <translation>Die Änderung konnte nicht in der Plandatei gespeichert werden: {detail}</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder})</source>
        <translation>{cause} (Ordner der Sicherungen: {folder})</translation>
    </message>
</context>
<context>
    <name>PlanFromHistory</name>
    <message>
        <source>Plan from last year</source>
        <translation>Plan aus dem Vorjahr</translation>
    </message>
    <message>
        <source>Plan “{name}” for the twelve months after a year of its entries: each day is compared with its day last year, and the change is applied to the year.</source>
        <translation>Plan für „{name}“ für die zwölf Monate nach einem Jahr Einträge: Jeder Tag wird mit demselben Tag im Vorjahr verglichen, und die Veränderung wird auf das Jahr angewendet.</translation>
    </message>
    <message>
        <source>Entries of</source>
        <translation>Einträge von</translation>
    </message>
    <message>
        <source>Last year ends on</source>
        <translation>Vorjahr endet am</translation>
    </message>
    <message>
        <source>Change on last year in percent</source>
        <translation>Veränderung zum Vorjahr in Prozent</translation>
    </message>
    <message>
        <source>Total for the new year</source>
        <translation>Summe für das neue Jahr</translation>
    </message>
    <message>
        <source>Change on last year</source>
        <translation>Veränderung zum Vorjahr</translation>
    </message>
    <message>
        <source>Total for the year</source>
        <translation>Summe für das Jahr</translation>
    </message>
    <message>
        <source>Same weekday, holidays moved to their dates</source>
        <translation>Gleicher Wochentag, Feiertage auf ihr Datum verschoben</translation>
    </message>
    <message>
        <source>Same weekday, holidays not moved</source>
        <translation>Gleicher Wochentag, Feiertage nicht verschoben</translation>
    </message>
    <message>
        <source>Same calendar date</source>
        <translation>Gleiches Kalenderdatum</translation>
    </message>
    <message>
        <source>Match each day with</source>
        <translation>Jeden Tag vergleichen mit</translation>
    </message>
    <message>
        <source>Entries of:</source>
        <translation>Einträge von:</translation>
    </message>
    <message>
        <source>Last year ends on:</source>
        <translation>Vorjahr endet am:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Veränderung:</translation>
    </message>
    <message>
        <source>Match each day with:</source>
        <translation>Jeden Tag vergleichen mit:</translation>
    </message>
    <message>
        <source>Last year is incomplete</source>
        <translation>Das Vorjahr ist unvollständig</translation>
    </message>
    <message>
        <source>Fill the missing days from the weeks around</source>
        <translation>Fehlende Tage aus den Wochen drumherum auffüllen</translation>
    </message>
    <message>
        <source>Plan only what last year&apos;s entries show</source>
        <translation>Nur planen, was die Einträge des Vorjahrs zeigen</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Totals by month</source>
        <translation>Summen nach Monat</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>Diesen Plan übernehmen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Average per open day</source>
        <translation>Durchschnitt pro Öffnungstag</translation>
    </message>
    <message>
        <source>{figure} last year: {last}. New plan: {planned} ({change}), {start} to {end}.</source>
        <translation>{figure} im Vorjahr: {last}. Neuer Plan: {planned} ({change}), {start} bis {end}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Year, per day</source>
        <translation>Jahr, pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>{month} (%n day(s))</source>
        <translation>
            <numerusform>{month} (%n Tag)</numerusform>
            <numerusform>{month} (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), last year and the new plan</source>
        <translation>
            <numerusform>%n Zeitraum, Vorjahr und neuer Plan</numerusform>
            <numerusform>%n Zeiträume, Vorjahr und neuer Plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system: {language}</source>
        <translation>Wie das System: {language}</translation>
    </message>
    <message>
        <source>The window speaks the new language the next time BakeryPlan opens. Printouts, the progress pack and the plan&apos;s status are always in the plan&apos;s own language, set in Business details.</source>
        <translation>Das Fenster erscheint beim nächsten Start von BakeryPlan in der neuen Sprache. Ausdrucke, der Fortschrittsbericht und der Status des Plans sind immer in der Sprache des Plans, festgelegt in den Betriebsdaten.</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Sprache des Fensters:</translation>
    </message>
</context>
<context>
    <name>ReviewRhythm</name>
    <message>
        <source>No rhythm set: nothing is ever due.</source>
        <translation>Kein Rhythmus festgelegt: Nichts wird je fällig.</translation>
    </message>
    <message>
        <source>No review held yet: hold the first one.</source>
        <translation>Noch keine Besprechung abgehalten: die erste abhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The next review is %n day(s) overdue (due {day}).</source>
        <translation>
            <numerusform>Die nächste Besprechung ist %n Tag überfällig (fällig am {day}).</numerusform>
            <numerusform>Die nächste Besprechung ist %n Tage überfällig (fällig am {day}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review due {day}.</source>
        <translation>Nächste Besprechung fällig am {day}.</translation>
    </message>
    <message>
        <source>How often the plan is reviewed</source>
        <translation>Wie oft der Plan besprochen wird</translation>
    </message>
    <message>
        <source>Re&amp;view the plan:</source>
        <translation>Plan be&amp;sprechen:</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>What did you decide? A decision can become a step or a new target right away.</source>
        <translation>Was wurde beschlossen? Ein Beschluss kann gleich zu einem Schritt oder einem neuen Zielwert werden.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>e.g. Bake the Monday batch to order</source>
        <translation>z. B. Die Montagsbackung nur auf Bestellung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Just note it</source>
        <translation>Nur notieren</translation>
    </message>
    <message>
        <source>Make it a step</source>
        <translation>Schritt daraus machen</translation>
    </message>
    <message>
        <source>Change a measure&apos;s target</source>
        <translation>Zielwert einer Kennzahl ändern</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>&amp;Add decision</source>
        <translation>Beschluss &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove decision</source>
        <translation>Beschluss &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Beschluss:</translation>
    </message>
    <message>
        <source>About &amp;feedback:</source>
        <translation>Zur &amp;Rückmeldung:</translation>
    </message>
    <message>
        <source>It becomes:</source>
        <translation>Wird zu:</translation>
    </message>
    <message>
        <source>Step (goal, who, by):</source>
        <translation>Schritt (Ziel, wer, bis):</translation>
    </message>
    <message>
        <source>New target:</source>
        <translation>Neuer Zielwert:</translation>
    </message>
    <message>
        <source>now {target}</source>
        <translation>jetzt {target}</translation>
    </message>
    <message>
        <source>Type the decision first.</source>
        <translation>Zuerst den Beschluss eingeben.</translation>
    </message>
    <message>
        <source>The new target {problem}.</source>
        <translation>Der neue Zielwert: {problem}.</translation>
    </message>
    <message>
        <source>Type the new target as a number, like 9500.</source>
        <translation>Den neuen Zielwert als Zahl eingeben, z. B. 9500.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>a step for {who}, by {when}</source>
        <translation>ein Schritt für {who}, bis {when}</translation>
    </message>
    <message>
        <source>{name}: target {before} → {after}</source>
        <translation>{name}: Zielwert {before} → {after}</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>notiert</translation>
    </message>
    <message>
        <source>What changed since the last review</source>
        <translation>Was sich seit der letzten Besprechung geändert hat</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>This is the plan&apos;s first review.</source>
        <translation>Das ist die erste Besprechung des Plans.</translation>
    </message>
    <message>
        <source>Where each measure stands today. Next time this page shows what changed.</source>
        <translation>Wo jede Kennzahl heute steht. Beim nächsten Mal zeigt diese Seite, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Look at what happened, and at what was changed in the plan.</source>
        <translation>Ansehen, was passiert ist und was am Plan geändert wurde.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not known: no snapshot last time</source>
        <translation>unbekannt: beim letzten Mal keine Momentaufnahme</translation>
    </message>
    <message>
        <source>Measures whose health changed</source>
        <translation>Kennzahlen mit geändertem Status</translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation>Änderungen am Plan</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>Steps newly overdue</source>
        <translation>Neu überfällige Schritte</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Erhaltene Rückmeldungen</translation>
    </message>
    <message>
        <source>Decided at the last review</source>
        <translation>In der letzten Besprechung beschlossen</translation>
    </message>
    <message>
        <source>nothing written down</source>
        <translation>nichts aufgeschrieben</translation>
    </message>
    <message>
        <source>Why are these measures behind?</source>
        <translation>Warum sind diese Kennzahlen im Rückstand?</translation>
    </message>
    <message>
        <source>Every measure is on track, achieved or not started yet.</source>
        <translation>Jede Kennzahl ist im Plan, erreicht oder hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>No measure is behind or at risk: nothing to explain.</source>
        <translation>Keine Kennzahl ist im Rückstand oder gefährdet: nichts zu erklären.</translation>
    </message>
    <message>
        <source>A sentence for each is enough. The progress pack prints it beside the measure.</source>
        <translation>Ein Satz je Kennzahl genügt. Der Fortschrittsbericht druckt ihn neben die Kennzahl.</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Last time:</source>
        <translation>Letztes Mal:</translation>
    </message>
    <message>
        <source>Why {name} is {health}</source>
        <translation>Warum {name} {health} ist</translation>
    </message>
    <message>
        <source>Why? e.g. two wet Saturdays, the oven was down</source>
        <translation>Warum? z. B. zwei verregnete Samstage, der Ofen war kaputt</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Notes and the next review</source>
        <translation>Notizen und die nächste Besprechung</translation>
    </message>
    <message>
        <source>Finish keeps the review. Undo takes all of it back.</source>
        <translation>„Fertigstellen“ speichert die Besprechung. „Rückgängig“ nimmt alles wieder zurück.</translation>
    </message>
    <message>
        <source>What was said (optional)</source>
        <translation>Was gesagt wurde (freiwillig)</translation>
    </message>
    <message>
        <source>&amp;Kind of review:</source>
        <translation>&amp;Art der Besprechung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Review the plan:</source>
        <translation>Plan be&amp;sprechen:</translation>
    </message>
    <message>
        <source>Finish will keep:</source>
        <translation>Beim Fertigstellen wird gespeichert:</translation>
    </message>
    <message>
        <source>Hold a review</source>
        <translation>Besprechung abhalten</translation>
    </message>
    <message>
        <source>{kind} of {day}, with a snapshot of the plan as it stands.</source>
        <translation>{kind} vom {day}, mit einer Momentaufnahme des Plans, wie er jetzt steht.</translation>
    </message>
    <message>
        <source>Explanations: {count}</source>
        <translation>Erklärungen: {count}</translation>
    </message>
    <message>
        <source> (none yet for: {names})</source>
        <translation> (noch keine für: {names})</translation>
    </message>
    <message>
        <source>Decisions: {count}</source>
        <translation>Beschlüsse: {count}</translation>
    </message>
    <message>
        <source>Feedback answered: {text}</source>
        <translation>Beantwortete Rückmeldungen: {text}</translation>
    </message>
    <message>
        <source>The plan will be reviewed: {how}</source>
        <translation>Der Plan wird besprochen: {how}</translation>
    </message>
    <message>
        <source>This plan is open read-only, so a review cannot be kept here.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet, daher lässt sich hier keine Besprechung speichern.</translation>
    </message>
</context>
<context>
    <name>ReviewsPanel</name>
    <message>
        <source>No review held yet.</source>
        <translation>Noch keine Besprechung abgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) changed health</source>
        <translation>
            <numerusform>%n Kennzahl mit geändertem Status</numerusform>
            <numerusform>%n Kennzahlen mit geändertem Status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the plan</source>
        <translation>
            <numerusform>%n Änderung am Plan</numerusform>
            <numerusform>%n Änderungen am Plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s) recorded</source>
        <translation>
            <numerusform>%n Ist-Wert erfasst</numerusform>
            <numerusform>%n Ist-Werte erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n Schritt erledigt</numerusform>
            <numerusform>%n Schritte erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly overdue</source>
        <translation>
            <numerusform>%n neu überfällig</numerusform>
            <numerusform>%n neu überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new feedback</source>
        <translation>
            <numerusform>%n neue Rückmeldung</numerusform>
            <numerusform>%n neue Rückmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the last review ({day}): {changes}</source>
        <translation>Seit der letzten Besprechung ({day}): {changes}</translation>
    </message>
    <message>
        <source>What changed since the last review</source>
        <translation>Was sich seit der letzten Besprechung geändert hat</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <source>No review yet. After a huddle or a monthly look at the plan, use Add review to keep what was said and decided.</source>
        <translation>Noch keine Besprechung. Nach einer Teamrunde oder dem monatlichen Blick auf den Plan mit „Besprechung nachtragen“ festhalten, was gesagt und beschlossen wurde.</translation>
    </message>
    <message>
        <source>Notes of the selected review</source>
        <translation>Notizen der gewählten Besprechung</translation>
    </message>
    <message>
        <source>Decisions of the selected review</source>
        <translation>Beschlüsse der gewählten Besprechung</translation>
    </message>
    <message>
        <source>What the selected review kept</source>
        <translation>Was die gewählte Besprechung festgehalten hat</translation>
    </message>
    <message>
        <source>Explanations and changes</source>
        <translation>Erklärungen und Änderungen</translation>
    </message>
    <message>
        <source>&amp;Hold a review…</source>
        <translation>Besprechung &amp;abhalten…</translation>
    </message>
    <message>
        <source>What changed, explanations, decisions: kept with a snapshot</source>
        <translation>Was sich geändert hat, Erklärungen, Beschlüsse: mit einer Momentaufnahme festgehalten</translation>
    </message>
    <message>
        <source>&amp;Add review…</source>
        <translation>Besprechung &amp;nachtragen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Pick a review in the list to read it here.</source>
        <translation>Eine Besprechung in der Liste wählen, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>Delete the review held on {day}? You can undo this.</source>
        <translation>Die Besprechung vom {day} löschen? Lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Besprechung löschen</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Everyday actions</source>
        <translation>Alltagsaufgaben</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>What needs you this week</source>
        <translation>Was diese Woche ansteht</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add a goal, step by step</source>
        <translation>Ein Ziel Schritt für Schritt anlegen</translation>
    </message>
    <message>
        <source>Record figures</source>
        <translation>Zahlen erfassen</translation>
    </message>
    <message>
        <source>Type today&apos;s figures on the Actuals tab</source>
        <translation>Die Zahlen von heute im Reiter Ist-Werte eintragen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Bring in figures from a till or bank file</source>
        <translation>Zahlen aus einer Kassen- oder Bankdatei übernehmen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Hold a review of the plan</source>
        <translation>Eine Besprechung des Plans abhalten</translation>
    </message>
    <message>
        <source>Huddle sheet</source>
        <translation>Teamrunde</translation>
    </message>
    <message>
        <source>Print the sheet for this week&apos;s team huddle</source>
        <translation>Das Blatt für die Teamrunde dieser Woche drucken</translation>
    </message>
    <message>
        <source>One-page plan</source>
        <translation>Plan auf einer Seite</translation>
    </message>
    <message>
        <source>Print the plan on one page for the team</source>
        <translation>Den Plan auf einer Seite für das Team drucken</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>How BakeryPlan works</source>
        <translation>Wie BakeryPlan funktioniert</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Our vision</source>
        <translation>Unsere Vision</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>&amp;Revise with wizard…</source>
        <translation>Mit Assistent &amp;überarbeiten…</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>Frühere Fassungen</translation>
    </message>
    <message>
        <source>Text of the selected revision</source>
        <translation>Text der gewählten Fassung</translation>
    </message>
    <message>
        <source>No vision yet.</source>
        <translation>Noch keine Vision.</translation>
    </message>
    <message>
        <source>Write in a few plain sentences where the business is going and why.</source>
        <translation>In ein paar einfachen Sätzen aufschreiben, wohin sich das Geschäft entwickeln soll und warum.</translation>
    </message>
    <message>
        <source>&amp;Write with wizard…</source>
        <translation>Mit Assistent &amp;schreiben…</translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Warum das wichtig ist: {why}</translation>
    </message>
    <message>
        <source>Written {day}</source>
        <translation>Geschrieben am {day}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>The vision wizard is not available.</source>
        <translation>Der Vision-Assistent ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>VisionWizard</name>
    <message>
        <source>Who you serve</source>
        <translation>Für wen der Betrieb da ist</translation>
    </message>
    <message>
        <source>Who are your customers? Think of the people who come back every week.</source>
        <translation>Wer sind die Kunden? An die Leute denken, die jede Woche wiederkommen.</translation>
    </message>
    <message>
        <source>Families and office workers in Riverside who want good bread before work.</source>
        <translation>Familien und Büroleute aus dem Viertel, die vor der Arbeit gutes Brot wollen.</translation>
    </message>
    <message>
        <source>What you do best</source>
        <translation>Was der Betrieb am besten kann</translation>
    </message>
    <message>
        <source>What do you do better than anyone nearby?</source>
        <translation>Was kann der Betrieb besser als alle anderen in der Nähe?</translation>
    </message>
    <message>
        <source>Slow-rising sourdough and a warm welcome at the counter.</source>
        <translation>Langsam gereifter Sauerteig und ein herzlicher Empfang an der Theke.</translation>
    </message>
    <message>
        <source>What you want to be known for</source>
        <translation>Wofür der Betrieb bekannt sein soll</translation>
    </message>
    <message>
        <source>When people talk about your business, what should they say?</source>
        <translation>Was sollen die Leute sagen, wenn sie über den Betrieb sprechen?</translation>
    </message>
    <message>
        <source>Bread that is still warm at seven, and a name for every regular.</source>
        <translation>Brot, das um sieben noch warm ist, und ein Name für jeden Stammkunden.</translation>
    </message>
    <message>
        <source>Where you will be in 3 to 5 years</source>
        <translation>Wo der Betrieb in 3 bis 5 Jahren steht</translation>
    </message>
    <message>
        <source>Picture the business in three to five years. What is true then? Start with &apos;we&apos;.</source>
        <translation>Den Betrieb in drei bis fünf Jahren vorstellen. Was ist dann wahr? Mit „Wir“ anfangen.</translation>
    </message>
    <message>
        <source>We run two shops and supply six local cafes.</source>
        <translation>Wir führen zwei Läden und beliefern sechs Cafés in der Gegend.</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>Why does this matter to you, your team and your customers?</source>
        <translation>Warum ist das wichtig – für den Betrieb, das Team und die Kunden?</translation>
    </message>
    <message>
        <source>Good bread brings people together, and our team deserves steady work.</source>
        <translation>Gutes Brot bringt Menschen zusammen, und unser Team verdient sichere Arbeit.</translation>
    </message>
    <message>
        <source>Question {number} of {count}. Short and plain is best.</source>
        <translation>Frage {number} von {count}. Kurz und einfach ist am besten.</translation>
    </message>
    <message>
        <source>Write a sentence or two in your own words.</source>
        <translation>Ein oder zwei Sätze in eigenen Worten schreiben.</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>Zum Beispiel: {example}</translation>
    </message>
    <message>
        <source>Your vision, in your words</source>
        <translation>Die Vision in eigenen Worten</translation>
    </message>
    <message>
        <source>Here is a draft made from your answers. Change anything; short and plain is best.</source>
        <translation>Hier ist ein Entwurf aus den Antworten. Alles lässt sich ändern; kurz und einfach ist am besten.</translation>
    </message>
    <message>
        <source>An example from a bakery:</source>
        <translation>Ein Beispiel aus einer Bäckerei:</translation>
    </message>
    <message>
        <source>Write two or three plain sentences: who you serve, what you do best, and where the business will be in a few years. Go Back to answer the questions and a draft is made for you.</source>
        <translation>Zwei oder drei einfache Sätze schreiben: für wen der Betrieb da ist, was er am besten kann und wo er in ein paar Jahren steht. Mit „Zurück“ die Fragen beantworten, dann entsteht ein Entwurf.</translation>
    </message>
    <message>
        <source>Start typing your vision here.</source>
        <translation>Hier die Vision eingeben.</translation>
    </message>
    <message>
        <source>Write your vision</source>
        <translation>Vision schreiben</translation>
    </message>
    <message>
        <source>This plan is open read-only, so the vision cannot be changed here.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet, daher lässt sich die Vision hier nicht ändern.</translation>
    </message>
    <message>
        <source>We bake honest bread and pastries for the people of our neighbourhood, every morning. We are best at slow-rising sourdough and a warm welcome at the counter. We want to be known as the place where the bread is still warm at seven. In three to five years, we run two shops and supply six local cafes, and every baker on the team can run a morning bake alone.</source>
        <translation>Wir backen ehrliches Brot und Gebäck für die Menschen in unserem Viertel, jeden Morgen. Am besten können wir langsam gereiften Sauerteig und einen herzlichen Empfang an der Theke. Wir wollen die Bäckerei sein, in der das Brot um sieben noch warm ist. In drei bis fünf Jahren führen wir zwei Läden, beliefern sechs Cafés in der Nähe, und jeder Bäcker im Team kann eine Morgenschicht allein backen.</translation>
    </message>
    <message>
        <source>We serve {answer}.</source>
        <translation>Für wen wir da sind: {answer}.</translation>
    </message>
    <message>
        <source>We are best at {answer}.</source>
        <translation>Am besten können wir: {answer}.</translation>
    </message>
    <message>
        <source>We want to be known for {answer}.</source>
        <translation>Bekannt sein wollen wir für: {answer}.</translation>
    </message>
    <message>
        <source>In three to five years, {answer}.</source>
        <translation>In drei bis fünf Jahren: {answer}.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <source>Plan your business in plain words: a vision, a few goals with numbers, owners and dates, and the steps to get there. Everything stays on this computer, in one file.</source>
        <translation>Das Geschäft in einfachen Worten planen: eine Vision, ein paar Ziele mit Zahlen, Zuständigen und Terminen und die Schritte dorthin. Alles bleibt auf diesem Computer, in einer Datei.</translation>
    </message>
    <message>
        <source>Try the demo bakery</source>
        <translation>Die Beispiel-Bäckerei ansehen</translation>
    </message>
    <message>
        <source>Look around a sample plan for Sunrise Bakery. Change anything you like.</source>
        <translation>Einen Beispielplan der Bäckerei Morgenrot ansehen. Alles darf geändert werden.</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Neuen Plan anlegen</translation>
    </message>
    <message>
        <source>A few questions about your business and team, then your vision.</source>
        <translation>Ein paar Fragen zu Betrieb und Team, dann die Vision.</translation>
    </message>
    <message>
        <source>Open a plan…</source>
        <translation>Plan öffnen…</translation>
    </message>
    <message>
        <source>Open a plan file you already have.</source>
        <translation>Eine vorhandene Plandatei öffnen.</translation>
    </message>
    <message>
        <source>Recent plans:</source>
        <translation>Zuletzt geöffnet:</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Import actuals…</source>
        <translation>Ist-Werte &amp;importieren…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Export progress &amp;pack…</source>
        <translation>Fortschrittsbericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Print one-page plan…</source>
        <translation>Plan auf einer Seite d&amp;rucken…</translation>
    </message>
    <message>
        <source>Export one-page plan as P&amp;DF…</source>
        <translation>Plan auf einer Seite als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Print check-in &amp;sheet…</source>
        <translation>Blatt für die &amp;Teamrunde drucken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Write &amp;vision with wizard…</source>
        <translation>&amp;Vision mit Assistent schreiben…</translation>
    </message>
    <message>
        <source>New goal with &amp;wizard…</source>
        <translation>Neues Ziel mit &amp;Assistent…</translation>
    </message>
    <message>
        <source>&amp;Hold a review…</source>
        <translation>Besprechung a&amp;bhalten…</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>&amp;Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>Add goal in one &amp;form…</source>
        <translation>Ziel in einem &amp;Formular hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>&amp;Person hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;feedback…</source>
        <translation>&amp;Rückmeldung hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;review…</source>
        <translation>B&amp;esprechung nachtragen…</translation>
    </message>
    <message>
        <source>Business &amp;details…</source>
        <translation>Betriebs&amp;daten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;How BakeryPlan works</source>
        <translation>&amp;Wie BakeryPlan funktioniert</translation>
    </message>
    <message>
        <source>&amp;About BakeryPlan</source>
        <translation>Ü&amp;ber BakeryPlan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Keine zuletzt geöffneten Pläne</translation>
    </message>
</context>
<context>
    <name>WordingFeedback</name>
    <message>
        <source>A word many readers may not use. Could you say it more simply?</source>
        <translation>Ein Wort, das viele Leser wohl nicht benutzen. Geht es einfacher?</translation>
    </message>
    <message>
        <source>How it reads</source>
        <translation>Wie es sich liest</translation>
    </message>
    <message>
        <source>Length: {words} words in {sentences} sentences</source>
        <translation>Länge: {words} Wörter in {sentences} Sätzen</translation>
    </message>
    <message>
        <source>Reading ease: {label}</source>
        <translation>Lesbarkeit: {label}</translation>
    </message>
    <message>
        <source>Reading ease: {label} ({score:.0f} of 100)</source>
        <translation>Lesbarkeit: {label} ({score:.0f} von 100)</translation>
    </message>
    <message>
        <source>Words to say more simply: {words}</source>
        <translation>Einfacher zu sagen: {words}</translation>
    </message>
    <message>
        <source>No jargon found.</source>
        <translation>Keine Fachwörter gefunden.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Last year</source>
        <extracomment>Markers on more points than this would merge into a smear; thin them out. Extra room at both ends of the time axis, so a marker on the last day is not cut.</extracomment>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>On-track band</source>
        <translation>Spanne „im Plan“</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>{period}   Planned: {planned}   Actual: {actual}</source>
        <translation>{period}   Soll: {planned}   Ist: {actual}</translation>
    </message>
    <message>
        <source>{period} (so far)</source>
        <translation>{period} (bisher)</translation>
    </message>
    <message>
        <source>Planned share of steps</source>
        <translation>Geplanter Anteil der Schritte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>{day}   Planned: {planned}   Done: {done}</source>
        <translation>{day}   Soll: {planned}   Erledigt: {done}</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Heute bisher</translation>
    </message>
    <message>
        <source>Planned so far today</source>
        <translation>Heute bisher geplant</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Diese Woche bisher</translation>
    </message>
    <message>
        <source>Planned so far this week</source>
        <translation>Diese Woche bisher geplant</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Diesen Monat bisher</translation>
    </message>
    <message>
        <source>Planned so far this month</source>
        <translation>Diesen Monat bisher geplant</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Dieses Quartal bisher</translation>
    </message>
    <message>
        <source>Planned so far this quarter</source>
        <translation>Dieses Quartal bisher geplant</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Dieses Jahr bisher</translation>
    </message>
    <message>
        <source>Planned so far this year</source>
        <translation>Dieses Jahr bisher geplant</translation>
    </message>
</context>
<context>
    <name>chart_export</name>
    <message>
        <source>PNG image, 300 dpi (*.png)</source>
        <translation>PNG-Bild, 300 dpi (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>Diagramm nicht exportiert</translation>
    </message>
    <message>
        <source>The chart could not be saved as {path}: {error}</source>
        <translation>Das Diagramm konnte nicht als {path} gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>{business} progress pack</source>
        <translation>Fortschrittsbericht {business}</translation>
    </message>
    <message>
        <source>Export progress pack</source>
        <translation>Fortschrittsbericht exportieren</translation>
    </message>
    <message>
        <source>Writing the progress pack to {name}…</source>
        <translation>Fortschrittsbericht wird in {name} geschrieben…</translation>
    </message>
    <message>
        <source>Progress pack not exported</source>
        <translation>Fortschrittsbericht nicht exportiert</translation>
    </message>
    <message>
        <source>The progress pack could not be saved as {path}: {error}</source>
        <translation>Der Fortschrittsbericht konnte nicht als {path} gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>Der Export wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>This takes a few seconds, and longer for a plan with many measures.</source>
        <translation>Das dauert ein paar Sekunden, bei einem Plan mit vielen Kennzahlen länger.</translation>
    </message>
    <message>
        <source>Cannot export a chart as {name}: the file name must end in .png, .svg or .pdf.</source>
        <translation>Das Diagramm lässt sich nicht als {name} exportieren: Der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <source>No measure with id {id}. {known}</source>
        <extracomment>The kept export chart and renderer are shared: one export draws at a time.</extracomment>
        <translation>Keine Kennzahl mit der ID {id}. {known}</translation>
    </message>
    <message>
        <source>Several measures are called {name} (ids {ids}); give the id instead.</source>
        <translation>Mehrere Kennzahlen heißen {name} (IDs {ids}); bitte die ID angeben.</translation>
    </message>
    <message>
        <source>No measure called {name}. {known}</source>
        <translation>Keine Kennzahl mit dem Namen {name}. {known}</translation>
    </message>
    <message>
        <source>This plan has no measures yet.</source>
        <translation>Dieser Plan hat noch keine Kennzahlen.</translation>
    </message>
    <message>
        <source>Measures in this plan: {names}.</source>
        <translation>Kennzahlen in diesem Plan: {names}.</translation>
    </message>
</context>
<context>
    <name>chart_table</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Eingetippt</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>keine Einträge</translation>
    </message>
</context>
<context>
    <name>checkin_sheet</name>
    <message>
        <source>Check-in sheet: week of {day}</source>
        <translation>Blatt für die Teamrunde: Woche vom {day}</translation>
    </message>
    <message>
        <source>Write the figure when counted</source>
        <translation>Wert beim Zählen eintragen</translation>
    </message>
    <message>
        <source>Write the day&apos;s total</source>
        <translation>Tagessumme eintragen</translation>
    </message>
    <message>
        <source>{planned} by the week&apos;s end</source>
        <translation>{planned} bis Ende der Woche</translation>
    </message>
    <message>
        <source>{planned} a day</source>
        <translation>{planned} pro Tag</translation>
    </message>
    <message>
        <source>{planned} this week</source>
        <translation>{planned} diese Woche</translation>
    </message>
    <message>
        <source>{planned} a day on average</source>
        <translation>{planned} pro Tag im Schnitt</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>Write each day&apos;s figure in its box as you count it, and a note on anything unusual (a closed day, a big order). Hand it to {owner} at the end of the week.</source>
        <translation>Jeden Tageswert beim Zählen in sein Kästchen schreiben, dazu eine Notiz zu allem Ungewöhnlichen (ein Schließtag, eine große Bestellung). Am Ende der Woche an {owner} geben.</translation>
    </message>
    <message>
        <source>Write each day&apos;s figure in its box as you count it, and a note on anything unusual (a closed day, a big order).</source>
        <translation>Jeden Tageswert beim Zählen in sein Kästchen schreiben, dazu eine Notiz zu allem Ungewöhnlichen (ein Schließtag, eine große Bestellung).</translation>
    </message>
    <message>
        <source>Steps due this week</source>
        <translation>Schritte, die diese Woche fällig sind</translation>
    </message>
    <message>
        <source>No step is due this week.</source>
        <translation>Diese Woche ist kein Schritt fällig.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s): see the Goals tab.</source>
        <translation>
            <numerusform>… und %n weiterer Schritt: siehe Reiter „Ziele“.</numerusform>
            <numerusform>… und %n weitere Schritte: siehe Reiter „Ziele“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{business}: {title}</source>
        <translation>{business}: {title}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>No measure is counted by the day or the week: nothing to count on paper.</source>
        <translation>Keine Kennzahl wird pro Tag oder Woche gezählt: Auf Papier gibt es nichts zu zählen.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more measure(s): see the Actuals tab.</source>
        <translation>
            <numerusform>… und %n weitere Kennzahl: siehe Reiter „Ist-Werte“.</numerusform>
            <numerusform>… und %n weitere Kennzahlen: siehe Reiter „Ist-Werte“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>give one plan file to open, or a subcommand (see --help)</source>
        <translation>eine Plandatei zum Öffnen angeben oder einen Unterbefehl (siehe --help)</translation>
    </message>
    <message>
        <source>no plan file at &quot;{path}&quot;</source>
        <translation>keine Plandatei unter „{path}“</translation>
    </message>
    <message>
        <source>{message} (see {help})</source>
        <translation>{message} (siehe {help})</translation>
    </message>
    <message>
        <source>Offline planning for a small business. Without a subcommand, or with a plan file, opens the window.</source>
        <translation>Offline planen für einen kleinen Betrieb. Ohne Unterbefehl oder mit einer Plandatei öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>Unterbefehle</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date like 2026-11-27</source>
        <translation>„{text}“ ist kein Datum wie 2026-11-27</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is outside the years {first} to {last}</source>
        <translation>„{text}“ liegt außerhalb der Jahre {first} bis {last}</translation>
    </message>
    <message>
        <source>write the Sunrise Bakery demo plan</source>
        <translation>den Beispielplan einer kleinen Bäckerei schreiben</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>eine vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>create a new, empty plan (or one from a JSON file)</source>
        <translation>einen neuen, leeren Plan anlegen (oder einen aus einer JSON-Datei)</translation>
    </message>
    <message>
        <source>business name (default: the file name)</source>
        <translation>Name des Betriebs (Vorgabe: der Dateiname)</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>Name der Inhaberin oder des Inhabers</translation>
    </message>
    <message>
        <source>ISO currency code (default EUR)</source>
        <translation>ISO-Währungscode (Vorgabe EUR)</translation>
    </message>
    <message>
        <source>locale such as en_GB or de_DE</source>
        <translation>Gebietsschema wie en_GB oder de_DE</translation>
    </message>
    <message>
        <source>export the whole plan as JSON</source>
        <translation>den ganzen Plan als JSON exportieren</translation>
    </message>
    <message>
        <source>export actuals (or, with --status, each measure&apos;s status) as CSV</source>
        <translation>Ist-Werte (oder mit --status den Status jeder Kennzahl) als CSV exportieren</translation>
    </message>
    <message>
        <source>one row per measure with health</source>
        <translation>eine Zeile pro Kennzahl mit Status</translation>
    </message>
    <message>
        <source>each goal and measure: expected, actual, health, forecast</source>
        <translation>jedes Ziel und jede Kennzahl: erwartet, Ist, Status, Prognose</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>what needs attention: overdue steps, waiting feedback, gaps in owners, dates, measures</source>
        <translation>was zu beachten ist: überfällige Schritte, wartende Rückmeldungen, fehlende Zuständige, Termine, Kennzahlen</translation>
    </message>
    <message>
        <source>make a backup copy of the plan now</source>
        <translation>jetzt eine Sicherungskopie des Plans anlegen</translation>
    </message>
    <message>
        <source>list the backups of a plan, newest first</source>
        <translation>die Sicherungen eines Plans auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>replace the plan with a backup (backs up the plan first)</source>
        <translation>den Plan durch eine Sicherung ersetzen (sichert vorher den Plan)</translation>
    </message>
    <message>
        <source>export a measure&apos;s planned-vs-actual chart</source>
        <translation>das Soll-Ist-Diagramm einer Kennzahl exportieren</translation>
    </message>
    <message>
        <source>measure name</source>
        <translation>Name der Kennzahl</translation>
    </message>
    <message>
        <source>write the lenders&apos; progress pack (PDF)</source>
        <translation>den Fortschrittsbericht für Kreditgeber schreiben (PDF)</translation>
    </message>
    <message>
        <source>write the one-page plan for the staff huddle (PDF)</source>
        <translation>den Plan auf einer Seite für die Teamrunde schreiben (PDF)</translation>
    </message>
    <message>
        <source>what changed since the last review held on or before a day</source>
        <translation>was sich seit der letzten Besprechung geändert hat, die an oder vor einem Tag abgehalten wurde</translation>
    </message>
    <message>
        <source>write the paper check-in sheet for a week (PDF)</source>
        <translation>das Blatt für die Teamrunde für eine Woche schreiben (PDF)</translation>
    </message>
    <message>
        <source>any day of the week wanted (default: next week)</source>
        <translation>ein beliebiger Tag der gewünschten Woche (Vorgabe: nächste Woche)</translation>
    </message>
    <message>
        <source>as of this date (default today)</source>
        <translation>Stand an diesem Datum (Vorgabe heute)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; would hold a PDF: name it something.pdf</source>
        <translation>„{name}“ würde ein PDF enthalten: die Datei etwas.pdf nennen</translation>
    </message>
    <message>
        <source>a plan file name must end in {suffix}, not &quot;{name}&quot;</source>
        <translation>ein Plandateiname muss auf {suffix} enden, nicht „{name}“</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; already exists; choose another name</source>
        <translation>„{path}“ gibt es schon; einen anderen Namen wählen</translation>
    </message>
    <message>
        <source>folder &quot;{folder}&quot; does not exist</source>
        <translation>Ordner „{folder}“ existiert nicht</translation>
    </message>
    <message>
        <source>cannot replace &quot;{name}&quot;: {protection}. Nothing was changed</source>
        <translation>„{name}“ lässt sich nicht ersetzen: {protection}. Nichts wurde geändert</translation>
    </message>
    <message>
        <source>{problem}; --force only replaces a BakeryPlan plan</source>
        <translation>{problem}; --force ersetzt nur einen Plan von BakeryPlan</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; already exists; add --force to replace it</source>
        <translation>„{path}“ gibt es schon; --force angeben, um die Datei zu ersetzen</translation>
    </message>
    <message>
        <source>Wrote the demo plan of {business} to {path}</source>
        <translation>Beispielplan von {business} nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Created &quot;{business}&quot; in {path}</source>
        <translation>„{business}“ in {path} angelegt</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not a currency code such as EUR, GBP or USD</source>
        <translation>„{code}“ ist kein Währungscode wie EUR, GBP oder USD</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a locale such as en_GB, de_DE or fr_FR</source>
        <translation>„{name}“ ist kein Gebietsschema wie en_GB, de_DE oder fr_FR</translation>
    </message>
    <message>
        <source>Exported {plan} to {file}</source>
        <translation>{plan} nach {file} exportiert</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>{file} geschrieben</translation>
    </message>
    <message>
        <source>No backups of {plan} yet.</source>
        <translation>Noch keine Sicherungen von {plan}.</translation>
    </message>
    <message>
        <source>no backup file at &quot;{path}&quot;</source>
        <translation>keine Sicherungsdatei unter „{path}“</translation>
    </message>
    <message>
        <source>Restored {plan} from {backup}; the replaced plan is kept as {kept}</source>
        <translation>{plan} aus {backup} wiederhergestellt; der ersetzte Plan bleibt als {kept} erhalten</translation>
    </message>
    <message>
        <source>Restored {plan} from {backup}</source>
        <translation>{plan} aus {backup} wiederhergestellt</translation>
    </message>
    <message>
        <source>the chart file must end in .png, .svg or .pdf</source>
        <translation>die Diagrammdatei muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <source>--from {start} must be before --to {end}</source>
        <translation>--from {start} muss vor --to {end} liegen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} for the week of {day} (%n measure(s) left out: too many for one page)</source>
        <translation>
            <numerusform>{file} für die Woche vom {day} geschrieben (%n Kennzahl weggelassen: zu viele für eine Seite)</numerusform>
            <numerusform>{file} für die Woche vom {day} geschrieben (%n Kennzahlen weggelassen: zu viele für eine Seite)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file} for the week of {day}</source>
        <translation>{file} für die Woche vom {day} geschrieben</translation>
    </message>
    <message>
        <source>import a till, card-terminal, bank, web-shop or accounting export into a measure</source>
        <translation>einen Export aus Kasse, Kartenterminal, Bank, Webshop oder Buchhaltung in eine Kennzahl importieren</translation>
    </message>
    <message>
        <source>the measure&apos;s name</source>
        <translation>der Name der Kennzahl</translation>
    </message>
    <message>
        <source>read the file with a saved recipe</source>
        <translation>die Datei mit einer gespeicherten Vorlage lesen</translation>
    </message>
    <message>
        <source>header text or number from 1</source>
        <translation>Text der Kopfzeile oder Nummer ab 1</translation>
    </message>
    <message>
        <source>sum this column&apos;s amounts</source>
        <translation>die Beträge dieser Spalte addieren</translation>
    </message>
    <message>
        <source>count the rows of each day</source>
        <translation>die Zeilen jedes Tages zählen</translation>
    </message>
    <message>
        <source>count each day&apos;s different values of COL</source>
        <translation>die verschiedenen Werte von COL pro Tag zählen</translation>
    </message>
    <message>
        <source>only rows whose COL is VALUE (repeat for several values)</source>
        <translation>nur Zeilen, deren COL gleich VALUE ist (für mehrere Werte wiederholen)</translation>
    </message>
    <message>
        <source>amounts to keep</source>
        <translation>welche Beträge zählen</translation>
    </message>
    <message>
        <source>the column of notes</source>
        <translation>die Spalte mit den Notizen</translation>
    </message>
    <message>
        <source>save the mapping as a recipe</source>
        <translation>die Zuordnung als Vorlage speichern</translation>
    </message>
    <message>
        <source>replace days this source imported before</source>
        <translation>Tage ersetzen, die diese Quelle schon importiert hat</translation>
    </message>
    <message>
        <source>keep days this source imported before</source>
        <translation>Tage behalten, die diese Quelle schon importiert hat</translation>
    </message>
    <message>
        <source>write nothing</source>
        <translation>nichts schreiben</translation>
    </message>
    <message>
        <source>today (default: today)</source>
        <translation>der Tag, der als heute gilt (Vorgabe: heute)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>no measure called &quot;{name}&quot; (measures: {names})</source>
        <translation>keine Kennzahl mit dem Namen „{name}“ (Kennzahlen: {names})</translation>
    </message>
    <message numerus="yes">
        <source>%n measures are called &quot;{name}&quot;: rename one in the window first</source>
        <translation>
            <numerusform>%n Kennzahl heißt „{name}“: zuerst im Fenster eine umbenennen</numerusform>
            <numerusform>%n Kennzahlen heißen „{name}“: zuerst im Fenster eine umbenennen</numerusform>
        </translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>noch keine gespeichert</translation>
    </message>
    <message>
        <source>no import recipe called &quot;{name}&quot; (recipes: {names})</source>
        <translation>keine Importvorlage mit dem Namen „{name}“ (Vorlagen: {names})</translation>
    </message>
    <message>
        <source>the file has no column &quot;{text}&quot; (columns: {names}; or a number from 1)</source>
        <translation>die Datei hat keine Spalte „{text}“ (Spalten: {names}; oder eine Nummer ab 1)</translation>
    </message>
    <message>
        <source>--where &quot;{where}&quot; needs the form COLUMN=VALUE</source>
        <translation>--where „{where}“ braucht die Form SPALTE=WERT</translation>
    </message>
    <message>
        <source>no day&apos;s figure could be read from the file; nothing was written</source>
        <translation>aus der Datei ließ sich kein Tageswert lesen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>no day&apos;s figure could be read from the file (line {line}: {reason}); nothing was written</source>
        <translation>aus der Datei ließ sich kein Tageswert lesen (Zeile {line}: {reason}); nichts wurde geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n of these days ({first} to {last}) were already imported from &quot;{source}&quot; into &quot;{measure}&quot;: add --replace to replace them or --skip-existing to keep them; nothing was written</source>
        <translation>
            <numerusform>%n dieser Tage ({first} bis {last}) wurde schon aus „{source}“ in „{measure}“ importiert: --replace angeben, um ihn zu ersetzen, oder --skip-existing, um ihn zu behalten; nichts wurde geschrieben</numerusform>
            <numerusform>%n dieser Tage ({first} bis {last}) wurden schon aus „{source}“ in „{measure}“ importiert: --replace angeben, um sie zu ersetzen, oder --skip-existing, um sie zu behalten; nichts wurde geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n day(s) into &quot;{measure}&quot; (source &quot;{source}&quot;).</source>
        <translation>
            <numerusform>Würde %n Tag in „{measure}“ importieren (Quelle „{source}“).</numerusform>
            <numerusform>Würde %n Tage in „{measure}“ importieren (Quelle „{source}“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) into &quot;{measure}&quot; (source &quot;{source}&quot;).</source>
        <translation>
            <numerusform>%n Tag in „{measure}“ importiert (Quelle „{source}“).</numerusform>
            <numerusform>%n Tage in „{measure}“ importiert (Quelle „{source}“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The figures come from %n row(s) of the file.</source>
        <translation>
            <numerusform>Die Zahlen stammen aus %n Zeile der Datei.</numerusform>
            <numerusform>Die Zahlen stammen aus %n Zeilen der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries of the same days were replaced.</source>
        <translation>
            <numerusform>%n früherer Eintrag derselben Tage wurde ersetzt.</numerusform>
            <numerusform>%n frühere Einträge derselben Tage wurden ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported before were kept as they were.</source>
        <translation>
            <numerusform>%n früher importierter Tag blieb unverändert.</numerusform>
            <numerusform>%n früher importierte Tage blieben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were left out by the filters.</source>
        <translation>
            <numerusform>%n Zeile wurde durch die Filter ausgelassen.</numerusform>
            <numerusform>%n Zeilen wurden durch die Filter ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>  skipped line {line}: {reason}</source>
        <translation>  Zeile {line} übersprungen: {reason}</translation>
    </message>
    <message>
        <source>plan a measure&apos;s next year from its entries of last year, with a change</source>
        <translation>das nächste Jahr einer Kennzahl aus ihren Einträgen des Vorjahres planen, mit einer Änderung</translation>
    </message>
    <message>
        <source>the last day of the reference year; the plan covers the twelve months after it</source>
        <translation>der letzte Tag des Vergleichsjahres; der Plan umfasst die zwölf Monate danach</translation>
    </message>
    <message>
        <source>change on last year: 8, +8 %%, -5</source>
        <translation>Änderung gegenüber dem Vorjahr: 8, +8 %%, -5</translation>
    </message>
    <message>
        <source>the new year&apos;s total instead</source>
        <translation>stattdessen die Summe des neuen Jahres</translation>
    </message>
    <message>
        <source>match days by weekday with holidays moved (default), by weekday only, or by date</source>
        <translation>Tage nach Wochentag mit verschobenen Feiertagen zuordnen (Vorgabe), nur nach Wochentag oder nach Datum</translation>
    </message>
    <message>
        <source>fill days last year misses from the weeks around</source>
        <translation>Tage, die im Vorjahr fehlen, aus den umliegenden Wochen auffüllen</translation>
    </message>
    <message>
        <source>plan only what last year&apos;s entries show</source>
        <translation>nur planen, was die Einträge des Vorjahres zeigen</translation>
    </message>
    <message>
        <source>{problem} Add --fill-gaps to fill the missing days from the weeks around, or --known-only to plan only what the year&apos;s entries show.</source>
        <translation>{problem} Mit --fill-gaps werden die fehlenden Tage aus den umliegenden Wochen aufgefüllt, mit --known-only wird nur geplant, was die Einträge des Jahres zeigen.</translation>
    </message>
    <message>
        <source>Last year&apos;s total: {last}; the new plan&apos;s ({start} to {end}): {planned}.</source>
        <translation>Summe im Vorjahr: {last}; im neuen Plan ({start} bis {end}): {planned}.</translation>
    </message>
    <message>
        <source>Last year&apos;s average per open day: {last}; the new plan&apos;s ({start} to {end}): {planned}.</source>
        <translation>Durchschnitt pro Öffnungstag im Vorjahr: {last}; im neuen Plan ({start} bis {end}): {planned}.</translation>
    </message>
    <message>
        <source>{measure}: planned from the year ending {day}, {change}.</source>
        <translation>{measure}: geplant aus dem Jahr bis zum {day}, {change}.</translation>
    </message>
    <message>
        <source>Moved: {days}.</source>
        <translation>Verschoben: {days}.</translation>
    </message>
    <message numerus="yes">
        <source>%n missing day(s) of last year filled from the weeks around.</source>
        <translation>
            <numerusform>%n fehlender Tag des Vorjahres aus den umliegenden Wochen aufgefüllt.</numerusform>
            <numerusform>%n fehlende Tage des Vorjahres aus den umliegenden Wochen aufgefüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the new plan of {measure} to {path}.</source>
        <translation>Neuer Plan von {measure} nach {path} geschrieben.</translation>
    </message>
    <message>
        <source>Dry run: nothing written.</source>
        <translation>Probelauf: nichts geschrieben.</translation>
    </message>
    <message>
        <source>day starting   planned   last year</source>
        <translation>Tag ab               Soll     Vorjahr</translation>
    </message>
    <message>
        <source>week starting   planned   last year</source>
        <translation>Woche ab             Soll     Vorjahr</translation>
    </message>
    <message>
        <source>month starting   planned   last year</source>
        <translation>Monat ab             Soll     Vorjahr</translation>
    </message>
    <message>
        <source>quarter starting   planned   last year</source>
        <translation>Quartal ab           Soll     Vorjahr</translation>
    </message>
    <message>
        <source>year starting   planned   last year</source>
        <translation>Jahr ab              Soll     Vorjahr</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Kennzahl löschen</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Add goal with wizard</source>
        <translation>Ziel mit Assistent hinzufügen</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Ist-Werte importieren</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Kennzahl bearbeiten</translation>
    </message>
    <message>
        <source>Plan from last year</source>
        <translation>Plan aus dem Vorjahr</translation>
    </message>
    <message>
        <source>Add actual</source>
        <translation>Ist-Wert hinzufügen</translation>
    </message>
    <message>
        <source>Edit actual</source>
        <translation>Ist-Wert bearbeiten</translation>
    </message>
    <message>
        <source>Delete actual</source>
        <translation>Ist-Wert löschen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Schritt bearbeiten</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Schritt löschen</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>Rückmeldung hinzufügen</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Rückmeldung bearbeiten</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Rückmeldung löschen</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Besprechung nachtragen</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>Besprechung bearbeiten</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Besprechung löschen</translation>
    </message>
    <message>
        <source>Edit business details</source>
        <translation>Betriebsdaten bearbeiten</translation>
    </message>
    <message>
        <source>Revise vision</source>
        <translation>Vision überarbeiten</translation>
    </message>
    <message>
        <source>Delete actuals</source>
        <translation>Ist-Werte löschen</translation>
    </message>
    <message>
        <source>Hold review</source>
        <translation>Besprechung abhalten</translation>
    </message>
    <message>
        <source>Made a step: {title}</source>
        <translation>Schritt angelegt: {title}</translation>
    </message>
    <message>
        <source>Make a step of feedback</source>
        <translation>Schritt aus Rückmeldung machen</translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation>Ziel verschieben</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Schritt verschieben</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>BakeryPlan plans (*.bakeryplan);;All files (*)</source>
        <translation>BakeryPlan-Pläne (*.bakeryplan);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; already exists. Replace it?</source>
        <translation>„{name}“ gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <source>You have typed something here. Close and lose what you typed?</source>
        <translation>Hier wurde schon etwas eingegeben. Schließen und das Eingegebene verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Close and lose it</source>
        <translation>&amp;Schließen und verwerfen</translation>
    </message>
    <message>
        <source>Saved as {name}
in the folder {folder}</source>
        <translation>Gespeichert als {name}
im Ordner {folder}</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Skip those days</source>
        <translation>Diese Tage überspringen</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Today so far</source>
        <translation>Heute bisher</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Diese Woche bisher</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Diesen Monat bisher</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Dieses Quartal bisher</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Dieses Jahr bisher</translation>
    </message>
    <message>
        <source>{count} to {day}, {mean}</source>
        <translation>{count} bis {day}, {mean}</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>average per {period}</source>
        <translation>Durchschnitt pro {period}</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message numerus="yes">
        <source>Step &quot;{name}&quot; is %n day(s) overdue (owner: {owner}).</source>
        <translation>
            <numerusform>Schritt „{name}“ ist %n Tag überfällig (zuständig: {owner}).</numerusform>
            <numerusform>Schritt „{name}“ ist %n Tage überfällig (zuständig: {owner}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step &quot;{name}&quot; is %n day(s) overdue (no owner).</source>
        <translation>
            <numerusform>Schritt „{name}“ ist %n Tag überfällig (niemand zuständig).</numerusform>
            <numerusform>Schritt „{name}“ ist %n Tage überfällig (niemand zuständig).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; is due on {day}, after its goal &quot;{goal}&quot; (due {goal_due}).</source>
        <translation>Schritt „{name}“ ist am {day} fällig, erst nach seinem Ziel „{goal}“ (fällig am {goal_due}).</translation>
    </message>
    <message>
        <source>Measure &quot;{name}&quot; missed its target date, {day}: {progress} (last actual {last}).</source>
        <translation>Kennzahl „{name}“ hat ihren Zieltermin {day} verpasst: {progress} (letzter Ist-Wert {last}).</translation>
    </message>
    <message>
        <source>Measure &quot;{name}&quot; missed its target date, {day}: no actual yet.</source>
        <translation>Kennzahl „{name}“ hat ihren Zieltermin {day} verpasst: noch kein Ist-Wert.</translation>
    </message>
    <message numerus="yes">
        <source>Measure &quot;{name}&quot; has had no actual since {day} (%n day(s)).</source>
        <translation>
            <numerusform>Kennzahl „{name}“ hat seit dem {day} keinen Ist-Wert mehr (%n Tag).</numerusform>
            <numerusform>Kennzahl „{name}“ hat seit dem {day} keinen Ist-Wert mehr (%n Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measure &quot;{name}&quot; has no actual yet, %n day(s) after its start.</source>
        <translation>
            <numerusform>Kennzahl „{name}“ hat %n Tag nach ihrem Start noch keinen Ist-Wert.</numerusform>
            <numerusform>Kennzahl „{name}“ hat %n Tage nach ihrem Start noch keinen Ist-Wert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No goal yet for &quot;{area}&quot;.</source>
        <translation>Noch kein Ziel im Bereich „{area}“.</translation>
    </message>
    <message>
        <source>There is no vision yet: write in a few plain sentences where the business is going and why.</source>
        <translation>Es gibt noch keine Vision: in ein paar einfachen Sätzen aufschreiben, wohin sich der Betrieb entwickeln soll und warum.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no measure; its progress is seen from its steps only.</source>
        <translation>Ziel „{name}“ hat keine Kennzahl; sein Fortschritt ergibt sich nur aus den Schritten.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no measure and no steps, so nobody can see its progress.</source>
        <translation>Ziel „{name}“ hat weder Kennzahl noch Schritte, daher sieht niemand seinen Fortschritt.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no owner.</source>
        <translation>Für Ziel „{name}“ ist niemand zuständig.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no due date.</source>
        <translation>Ziel „{name}“ hat keine Frist.</translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; has no owner.</source>
        <translation>Für Schritt „{name}“ ist niemand zuständig.</translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; has no due date.</source>
        <translation>Schritt „{name}“ hat keine Frist.</translation>
    </message>
    <message>
        <source>{name} owns no goal and no step.</source>
        <translation>{name} ist für kein Ziel und keinen Schritt zuständig.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback &quot;{text}&quot; from {who} ({source}, {day}) has waited %n day(s) for an answer.</source>
        <translation>
            <numerusform>Rückmeldung „{text}“ von {who} ({source}, {day}) wartet seit %n Tag auf eine Antwort.</numerusform>
            <numerusform>Rückmeldung „{text}“ von {who} ({source}, {day}) wartet seit %n Tagen auf eine Antwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback &quot;{text}&quot; ({source}, {day}) has waited %n day(s) for an answer.</source>
        <translation>
            <numerusform>Rückmeldung „{text}“ ({source}, {day}) wartet seit %n Tag auf eine Antwort.</numerusform>
            <numerusform>Rückmeldung „{text}“ ({source}, {day}) wartet seit %n Tagen auf eine Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>team</source>
        <comment>feedback from</comment>
        <translation>Team</translation>
    </message>
    <message>
        <source>customer</source>
        <comment>feedback from</comment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>supplier</source>
        <comment>feedback from</comment>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Hold the first one to see what changes from one review to the next.</source>
        <translation>Die erste abhalten, um zu sehen, was sich von einer Besprechung zur nächsten ändert.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it weekly.</source>
        <translation>Noch keine Besprechung abgehalten; geplant ist eine Besprechung pro Woche.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it quarterly.</source>
        <translation>Noch keine Besprechung abgehalten; geplant ist eine Besprechung pro Quartal.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it monthly.</source>
        <translation>Noch keine Besprechung abgehalten; geplant ist eine Besprechung pro Monat.</translation>
    </message>
    <message numerus="yes">
        <source>The weekly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>Die wöchentliche Besprechung ist %n Tag überfällig: Sie war am {due} fällig, die letzte Besprechung war am {held}.</numerusform>
            <numerusform>Die wöchentliche Besprechung ist %n Tage überfällig: Sie war am {due} fällig, die letzte Besprechung war am {held}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>Die vierteljährliche Besprechung ist %n Tag überfällig: Sie war am {due} fällig, die letzte Besprechung war am {held}.</numerusform>
            <numerusform>Die vierteljährliche Besprechung ist %n Tage überfällig: Sie war am {due} fällig, die letzte Besprechung war am {held}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>Die monatliche Besprechung ist %n Tag überfällig: Sie war am {due} fällig, die letzte Besprechung war am {held}.</numerusform>
            <numerusform>Die monatliche Besprechung ist %n Tage überfällig: Sie war am {due} fällig, die letzte Besprechung war am {held}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <source>Target reached.</source>
        <translation>Zielwert erreicht.</translation>
    </message>
    <message>
        <source>Not moving towards the target at the recent pace.</source>
        <translation>Beim jetzigen Tempo geht es nicht auf den Zielwert zu.</translation>
    </message>
    <message>
        <source>At this pace the target is reached on {day}, on time.</source>
        <translation>Bei diesem Tempo wird der Zielwert am {day} erreicht, pünktlich.</translation>
    </message>
    <message>
        <source>At this pace: {day}, {span} late.</source>
        <translation>Bei diesem Tempo: {day}, {span} zu spät.</translation>
    </message>
    <message>
        <source>At this pace the target is reached on {day}, {span} early.</source>
        <translation>Bei diesem Tempo wird der Zielwert am {day} erreicht, {span} früher.</translation>
    </message>
    <message>
        <source>At this pace you reach {value} by {day} (target {target}).</source>
        <translation>Bei diesem Tempo werden bis {day} {value} erreicht (Zielwert {target}).</translation>
    </message>
    <message>
        <source>The target date, {day}, has passed: {progress}.</source>
        <translation>Der Zieltermin {day} ist vorbei: {progress}.</translation>
    </message>
    <message>
        <source>Not moving towards the target.</source>
        <translation>Bewegt sich nicht auf den Zielwert zu.</translation>
    </message>
    <message>
        <source>At this pace it is reached on {day}, {span} late.</source>
        <translation>Bei diesem Tempo wird er am {day} erreicht, {span} zu spät.</translation>
    </message>
    <message>
        <source>{value} against a target of {target}</source>
        <translation>{value} bei einem Zielwert von {target}</translation>
    </message>
    <message>
        <source>{value} of {target} reached</source>
        <translation>{value} von {target} erreicht</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>New measure</source>
        <translation>Neue Kennzahl</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Kennzahl bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Kennzahl</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Mehr ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Weniger ist besser</translation>
    </message>
    <message>
        <source>Keep within a band</source>
        <translation>In einer Spanne halten</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <source>Starting &amp;point</source>
        <translation>&amp;Ausgangswert</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Zielwert</translation>
    </message>
    <message>
        <source>Band &amp;low</source>
        <translation>&amp;Untergrenze</translation>
    </message>
    <message>
        <source>Band &amp;high</source>
        <translation>&amp;Obergrenze</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Be&amp;ginn</translation>
    </message>
    <message>
        <source>Target &amp;date</source>
        <translation>Ziel&amp;datum</translation>
    </message>
    <message>
        <source>What the target speaks &amp;of</source>
        <translation>Zielwert bezieht sich au&amp;f</translation>
    </message>
    <message>
        <source>Count it &amp;as</source>
        <translation>Zählen a&amp;ls</translation>
    </message>
    <message>
        <source>Judge health o&amp;ver</source>
        <translation>Status &amp;beurteilen über</translation>
    </message>
    <message>
        <source>Pla&amp;nned path</source>
        <translation>Ge&amp;planter Verlauf</translation>
    </message>
    <message>
        <source>Plan from last &amp;year…</source>
        <translation>Plan aus dem &amp;Vorjahr…</translation>
    </message>
    <message>
        <source>Draw a seasonal plan from a year of this measure&apos;s entries</source>
        <translation>Einen saisonalen Plan aus einem Jahr Einträge dieser Kennzahl ableiten</translation>
    </message>
    <message>
        <source>Seasonal plan:</source>
        <translation>Saisonaler Plan:</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Huddle</source>
        <translation>Teamrunde</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>Monatsbesprechung</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Quartalsbesprechung</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>Every week (a huddle)</source>
        <translation>Jede Woche (Teamrunde)</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Jedes Quartal</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>Zu&amp;ständig</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Nothing: a main goal</source>
        <translation>Nichts: ein Hauptziel</translation>
    </message>
    <message>
        <source>P&amp;art of</source>
        <translation>&amp;Unterziel von</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Warum es wichtig ist</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Schritt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>Schri&amp;tt</translation>
    </message>
    <message>
        <source>Do&amp;ne on</source>
        <translation>Erledigt &amp;am</translation>
    </message>
    <message>
        <source>&amp;Effort (hours)</source>
        <translation>Auf&amp;wand (Stunden)</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>Make a step of feedback</source>
        <translation>Schritt aus Rückmeldung machen</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Rückmeldung bearbeiten</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>Neue Rückmeldung</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Rückmeldung</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Eingegangen am</translation>
    </message>
    <message>
        <source>&amp;Linked goal</source>
        <translation>Verknüpftes &amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Antwort</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>Besprechung bearbeiten</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Neue Besprechung</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Abgehalten am</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Beschlüsse</translation>
    </message>
    <message>
        <source>Business details</source>
        <translation>Betriebsdaten</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>Name des &amp;Betriebs</translation>
    </message>
    <message>
        <source>&amp;Currency (like EUR, GBP, USD)</source>
        <translation>&amp;Währung (z. B. EUR, GBP, USD)</translation>
    </message>
    <message>
        <source>&amp;Language and country</source>
        <translation>Sprache und &amp;Land</translation>
    </message>
    <message>
        <source>&amp;Financial year starts in</source>
        <translation>&amp;Geschäftsjahr beginnt im</translation>
    </message>
    <message>
        <source>&amp;Weeks start on</source>
        <translation>Wochen beginnen a&amp;m</translation>
    </message>
    <message>
        <source>&amp;Review the plan</source>
        <translation>&amp;Plan besprechen</translation>
    </message>
    <message>
        <source>Currency: pick one from the list, or type a code such as EUR or GBP.</source>
        <translation>Währung: eine aus der Liste wählen oder einen Code wie EUR oder GBP eingeben.</translation>
    </message>
    <message>
        <source>Language and country: pick one from the list.</source>
        <translation>Sprache und Land: einen Eintrag aus der Liste wählen.</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Im Rückstand</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>The year ending {day} is incomplete.</source>
        <translation>Das Jahr bis zum {day} ist unvollständig.</translation>
    </message>
    <message>
        <source>“{name}” has no entries in the year from {start} to {end}: choose a year with entries.</source>
        <translation>„{name}“ hat keine Einträge im Jahr vom {start} bis {end}: ein Jahr mit Einträgen wählen.</translation>
    </message>
    <message numerus="yes">
        <source>Too little history: “{name}” has entries on %n day(s) of the year ending {day}; a plan for a year needs at least {weeks} of them.</source>
        <translation>
            <numerusform>Zu wenig Vergangenheit: „{name}“ hat Einträge an %n Tag des Jahres bis zum {day}; ein Plan für ein Jahr braucht mindestens {weeks} davon.</numerusform>
            <numerusform>Zu wenig Vergangenheit: „{name}“ hat Einträge an %n Tagen des Jahres bis zum {day}; ein Plan für ein Jahr braucht mindestens {weeks} davon.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is read as its latest figure (a rating, a share, a headcount), so last year has no totals to copy: plan from last year works for measures counted as a total or a daily average.</source>
        <translation>„{name}“ zählt den letzten Wert (eine Bewertung, einen Anteil, eine Kopfzahl), daher hat das Vorjahr keine Summen zum Übernehmen: Der Plan aus dem Vorjahr geht nur für Kennzahlen, die als Summe oder Tagesdurchschnitt gezählt werden.</translation>
    </message>
    <message>
        <source>“{name}” should stay within a band; plan from last year is for measures where more is better (sales, customers, loaves).</source>
        <translation>„{name}“ soll in einer Spanne bleiben; der Plan aus dem Vorjahr ist für Kennzahlen, bei denen mehr besser ist (Umsatz, Kunden, Brote).</translation>
    </message>
    <message>
        <source>“{name}” should go down; plan from last year is for measures where more is better (sales, customers, loaves).</source>
        <translation>„{name}“ soll sinken; der Plan aus dem Vorjahr ist für Kennzahlen, bei denen mehr besser ist (Umsatz, Kunden, Brote).</translation>
    </message>
    <message>
        <source>“{name}” is a daily average, which has no total for the year: give the change in percent.</source>
        <translation>„{name}“ ist ein Tagesdurchschnitt und hat keine Jahressumme: die Änderung in Prozent angeben.</translation>
    </message>
    <message>
        <source>A change of -100% or less leaves nothing to plan.</source>
        <translation>Bei einer Änderung von -100 % oder weniger bleibt nichts zu planen.</translation>
    </message>
    <message>
        <source>The total for the year must be more than 0.</source>
        <translation>Die Jahressumme muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>No entries after {day}.</source>
        <translation>Keine Einträge nach dem {day}.</translation>
    </message>
    <message>
        <source>The entries start on {day}: nothing is recorded for the {length} before (opened mid-year?).</source>
        <translation>Die Einträge beginnen am {day}: Davor ({length}) ist nichts erfasst (mitten im Jahr eröffnet?).</translation>
    </message>
    <message>
        <source>No entries from {start} to {end} ({length}).</source>
        <translation>Keine Einträge vom {start} bis {end} ({length}).</translation>
    </message>
    <message>
        <source>Each day is compared with the same date last year.</source>
        <translation>Jeder Tag wird mit demselben Datum im Vorjahr verglichen.</translation>
    </message>
    <message>
        <source>Each day is compared with the same weekday 52 weeks before; holidays stay put.</source>
        <translation>Jeder Tag wird mit demselben Wochentag 52 Wochen zuvor verglichen; Feiertage bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Each day is compared with the same weekday 52 weeks before; the holidays of {country} are moved to their dates in the new year.</source>
        <translation>Jeder Tag wird mit demselben Wochentag 52 Wochen zuvor verglichen; die Feiertage von {country} wandern auf ihre Daten im neuen Jahr.</translation>
    </message>
    <message>
        <source>The plan&apos;s locale ({locale}) names no country, so public holidays cannot be moved. Only the days the business was closed last year on a usual opening day keep their dates.</source>
        <translation>Die Sprache des Plans ({locale}) nennt kein Land, daher lassen sich Feiertage nicht verschieben. Nur die Tage, an denen der Betrieb im Vorjahr an einem üblichen Öffnungstag geschlossen war, behalten ihr Datum.</translation>
    </message>
    <message>
        <source>The holiday library does not know the country {country}, so public holidays cannot be moved. Only the days the business was closed last year on a usual opening day keep their dates.</source>
        <translation>Die Feiertagsliste kennt das Land {country} nicht, daher lassen sich Feiertage nicht verschieben. Nur die Tage, an denen der Betrieb im Vorjahr an einem üblichen Öffnungstag geschlossen war, behalten ihr Datum.</translation>
    </message>
    <message>
        <source>Closed on {day}</source>
        <translation>Geschlossen am {day}</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Ostersonntag</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>The file has no column &quot;{column}&quot; for the date.</source>
        <translation>Die Datei hat keine Spalte „{column}“ für das Datum.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the value.</source>
        <translation>Die Datei hat keine Spalte „{column}“ für den Wert.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the note.</source>
        <translation>Die Datei hat keine Spalte „{column}“ für die Notiz.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the filter.</source>
        <translation>Die Datei hat keine Spalte „{column}“ für den Filter.</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Die Spalte wählen, die das Datum enthält.</translation>
    </message>
    <message>
        <source>Choose the column that makes the value.</source>
        <translation>Die Spalte wählen, die den Wert ergibt.</translation>
    </message>
    <message>
        <source>more cells than the header ({width} where it has {expected}) — {cause}</source>
        <translation>mehr Zellen als die Kopfzeile ({width} statt {expected}) – {cause}</translation>
    </message>
    <message>
        <source>more cells than the other rows ({width} where they have {expected}) — {cause}</source>
        <translation>mehr Zellen als die anderen Zeilen ({width} statt {expected}) – {cause}</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not an amount</source>
        <translation>„{cell}“ ist kein Betrag</translation>
    </message>
    <message>
        <source>no amount in &quot;{column}&quot;</source>
        <translation>kein Betrag in „{column}“</translation>
    </message>
    <message>
        <source>no value in &quot;{column}&quot; to count</source>
        <translation>kein Wert zum Zählen in „{column}“</translation>
    </message>
    <message numerus="yes">
        <source>%n cells where the table has {width}</source>
        <translation>
            <numerusform>%n Zelle, wo die Tabelle {width} hat</numerusform>
            <numerusform>%n Zellen, wo die Tabelle {width} hat</numerusform>
        </translation>
    </message>
    <message>
        <source>a total line, not a day&apos;s figure</source>
        <translation>eine Summenzeile, kein Tageswert</translation>
    </message>
    <message>
        <source>dated after today ({day})</source>
        <translation>liegt in der Zukunft ({day})</translation>
    </message>
    <message>
        <source>{day} is outside the years {first} to {last}</source>
        <translation>{day} liegt außerhalb der Jahre {first} bis {last}</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a number</source>
        <translation>„{cell}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is outside the range -1,000,000,000,000 to 1,000,000,000,000</source>
        <translation>„{cell}“ liegt nicht zwischen -1.000.000.000.000 und 1.000.000.000.000</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (day first)</source>
        <translation>„{cell}“ ist kein Datum (Tag zuerst)</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (month first)</source>
        <translation>„{cell}“ ist kein Datum (Monat zuerst)</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (year first)</source>
        <translation>„{cell}“ ist kein Datum (Jahr zuerst)</translation>
    </message>
    <message>
        <source>the amount looks cut in two by a comma: {amount}; quote it or export with another separator</source>
        <translation>der Betrag scheint durch ein Komma geteilt: {amount}; ihn in Anführungszeichen setzen oder mit einem anderen Trennzeichen exportieren</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <source>year first</source>
        <translation>Jahr zuerst</translation>
    </message>
    <message>
        <source>The dates are written both day first (line {day_line}: &quot;{day_cell}&quot;) and month first (line {month_line}: &quot;{month_cell}&quot;): lines the chosen order cannot read are skipped. Check that the order chosen is the file&apos;s own.</source>
        <translation>Die Datumsangaben stehen teils mit dem Tag zuerst (Zeile {day_line}: „{day_cell}“), teils mit dem Monat zuerst (Zeile {month_line}: „{month_cell}“): Zeilen, die sich in der gewählten Reihenfolge nicht lesen lassen, werden übersprungen. Prüfen, ob die gewählte Reihenfolge zur Datei passt.</translation>
    </message>
    <message>
        <source>The dates are written both day first (line {day_line}: &quot;{day_cell}&quot;) and month first (line {month_line}: &quot;{month_cell}&quot;): lines the chosen order cannot read are skipped, and dates that read either way were read {order} ({lines}). Check those days, or choose the other order.</source>
        <translation>Die Datumsangaben stehen teils mit dem Tag zuerst (Zeile {day_line}: „{day_cell}“), teils mit dem Monat zuerst (Zeile {month_line}: „{month_cell}“): Zeilen, die sich in der gewählten Reihenfolge nicht lesen lassen, werden übersprungen, und Datumsangaben, die beides sein können, wurden als „{order}“ gelesen ({lines}). Diese Tage prüfen oder die andere Reihenfolge wählen.</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>lines {lines}</source>
        <translation>Zeilen {lines}</translation>
    </message>
    <message numerus="yes">
        <source>lines {list} and %n more</source>
        <translation>
            <numerusform>Zeilen {list} und %n weitere</numerusform>
            <numerusform>Zeilen {list} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a profit-and-loss report (totals per account for a period), not daily figures: export the sales journal or the bank transactions, one row per booking with its date, and import that.</source>
        <translation>Das ist eine Gewinn- und Verlustrechnung (Summen pro Konto für einen Zeitraum), keine Tageswerte: das Kassenjournal oder die Kontoumsätze exportieren, eine Zeile pro Buchung mit Datum, und diese Datei importieren.</translation>
    </message>
    <message>
        <source>totals by month, with a &quot;Total&quot; row</source>
        <translation>Summen pro Monat, mit Summenzeile</translation>
    </message>
    <message>
        <source>totals by month</source>
        <translation>Summen pro Monat</translation>
    </message>
    <message>
        <source>totals by group, with a &quot;Total&quot; row</source>
        <translation>Summen pro Gruppe, mit Summenzeile</translation>
    </message>
    <message>
        <source>totals by group, with a &quot;Total&quot; column</source>
        <translation>Summen pro Gruppe, mit Summenspalte</translation>
    </message>
    <message>
        <source>totals by group</source>
        <translation>Summen pro Gruppe</translation>
    </message>
    <message>
        <source>This is a summary table ({totals}), not one row per sale or per day: export the daily sales or the transaction list from the till, shop or bank instead.</source>
        <translation>Das ist eine Übersichtstabelle ({totals}), nicht eine Zeile pro Verkauf oder pro Tag: stattdessen die Tagesumsätze oder die Buchungsliste aus Kasse, Webshop oder Bank exportieren.</translation>
    </message>
    <message>
        <source>This sheet holds several tables side by side (dates in columns {columns}): save each table as its own CSV file, or export the data again as one list, and import that.</source>
        <translation>Dieses Blatt enthält mehrere Tabellen nebeneinander (Datum in den Spalten {columns}): jede Tabelle als eigene CSV-Datei speichern oder die Daten noch einmal als eine einzige Liste exportieren und diese importieren.</translation>
    </message>
    <message>
        <source>No column of dates was found in this file: export one row per sale, booking or day, each with its date.</source>
        <translation>In dieser Datei gibt es keine Spalte mit Datum: eine Zeile pro Verkauf, Buchung oder Tag exportieren, jede mit ihrem Datum.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>above the table: left out, though it does not look like a title</source>
        <translation>über der Tabelle: ausgelassen, obwohl es nicht wie eine Überschrift aussieht</translation>
    </message>
    <message>
        <source>Line {line} is past the end of the file.</source>
        <translation>Zeile {line} liegt hinter dem Ende der Datei.</translation>
    </message>
    <message>
        <source>the line cannot be read (a quote opened here is never closed)</source>
        <translation>die Zeile lässt sich nicht lesen (ein hier geöffnetes Anführungszeichen wird nie geschlossen)</translation>
    </message>
    <message>
        <source>Lines {first} to {last}: a quote on line {first} is never closed, so these lines ran together; each was read on its own.</source>
        <translation>Zeilen {first} bis {last}: ein Anführungszeichen in Zeile {first} wird nie geschlossen, daher sind diese Zeilen ineinandergelaufen; jede wurde einzeln gelesen.</translation>
    </message>
    <message>
        <source>Line {first}: a quote is never closed; its quotes were read as text.</source>
        <translation>Zeile {first}: ein Anführungszeichen wird nie geschlossen; die Anführungszeichen dieser Zeile wurden als Text gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>a quote opened on line {first} is never closed; this line has %n cells where the table has {width}</source>
        <translation>
            <numerusform>ein in Zeile {first} geöffnetes Anführungszeichen wird nie geschlossen; diese Zeile hat %n Zelle, wo die Tabelle {width} hat</numerusform>
            <numerusform>ein in Zeile {first} geöffnetes Anführungszeichen wird nie geschlossen; diese Zeile hat %n Zellen, wo die Tabelle {width} hat</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB: split the export into years and import them one at a time.</source>
        <translation>Die Datei ist größer als {megabytes} MB: den Export nach Jahren aufteilen und die Teile einzeln importieren.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file cannot be read as {encoding}: choose another encoding.</source>
        <translation>Die Datei lässt sich nicht als {encoding} lesen: einen anderen Zeichensatz wählen.</translation>
    </message>
    <message>
        <source>The file is not text in any encoding: export the data as CSV (comma- or semicolon-separated text) and import that.</source>
        <translation>Die Datei ist in keinem Zeichensatz lesbarer Text: die Daten als CSV exportieren (Text, getrennt durch Komma oder Semikolon) und diese Datei importieren.</translation>
    </message>
    <message>
        <source>The file holds NUL bytes, so it is not a CSV export (perhaps a spreadsheet&apos;s own format): save it as CSV and import that.</source>
        <translation>Die Datei enthält NUL-Bytes, ist also kein CSV-Export (vielleicht das eigene Format einer Tabellenkalkulation): sie als CSV speichern und diese Datei importieren.</translation>
    </message>
    <message numerus="yes">
        <source>The file has a line longer than %n characters, so it is not a table of sales or bookings: export it again as CSV.</source>
        <translation>
            <numerusform>Die Datei hat eine Zeile mit mehr als %n Zeichen, ist also keine Tabelle mit Verkäufen oder Buchungen: sie noch einmal als CSV exportieren.</numerusform>
            <numerusform>Die Datei hat eine Zeile mit mehr als %n Zeichen, ist also keine Tabelle mit Verkäufen oder Buchungen: sie noch einmal als CSV exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>a number with a comma that is not in quotes?</source>
        <translation>eine Zahl mit Komma ohne Anführungszeichen?</translation>
    </message>
    <message>
        <source>a date with a comma that is not in quotes?</source>
        <translation>ein Datum mit Komma ohne Anführungszeichen?</translation>
    </message>
    <message>
        <source>a name or note with a comma that is not in quotes?</source>
        <translation>ein Name oder eine Notiz mit Komma ohne Anführungszeichen?</translation>
    </message>
    <message>
        <source>a name or note with a semicolon that is not in quotes?</source>
        <translation>ein Name oder eine Notiz mit Semikolon ohne Anführungszeichen?</translation>
    </message>
    <message>
        <source>a name or note with a tab that is not in quotes?</source>
        <translation>ein Name oder eine Notiz mit Tabulator ohne Anführungszeichen?</translation>
    </message>
    <message>
        <source>a name or note with a vertical bar that is not in quotes?</source>
        <translation>ein Name oder eine Notiz mit senkrechtem Strich ohne Anführungszeichen?</translation>
    </message>
    <message>
        <source>a name or note with a {name} that is not in quotes?</source>
        <translation>ein Name oder eine Notiz mit {name} ohne Anführungszeichen?</translation>
    </message>
</context>
<context>
    <name>one_page</name>
    <message>
        <source>My business</source>
        <translation>Mein Betrieb</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>fällig am {day}</translation>
    </message>
    <message>
        <source>no due date yet</source>
        <translation>noch keine Frist</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>noch niemand zuständig</translation>
    </message>
    <message>
        <source>{health}: {measure}</source>
        <translation>{health}: {measure}</translation>
    </message>
    <message>
        <source>{measure}, {covers}</source>
        <translation>{measure}, {covers}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} von %n Schritt erledigt</numerusform>
            <numerusform>{done} von %n Schritten erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>No measure yet</source>
        <translation>Noch keine Kennzahl</translation>
    </message>
    <message>
        <source>add one in the app</source>
        <translation>im Programm hinzufügen</translation>
    </message>
    <message>
        <source>{planned} planned</source>
        <translation>Soll {planned}</translation>
    </message>
    <message>
        <source>no figure yet · {wanted}</source>
        <translation>noch kein Wert · {wanted}</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>letzter Tag</numerusform>
            <numerusform>letzte %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n week(s)</source>
        <translation>
            <numerusform>letzte Woche</numerusform>
            <numerusform>letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n month(s)</source>
        <translation>
            <numerusform>letzter Monat</numerusform>
            <numerusform>letzte %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n quarter(s)</source>
        <translation>
            <numerusform>letztes Quartal</numerusform>
            <numerusform>letzte %n Quartale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n year(s)</source>
        <translation>
            <numerusform>letztes Jahr</numerusform>
            <numerusform>letzte %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>keep {low} to {high}</source>
        <translation>{low} bis {high} halten</translation>
    </message>
    <message>
        <source>keep at least {low}</source>
        <translation>mindestens {low} halten</translation>
    </message>
    <message>
        <source>keep at most {high}</source>
        <translation>höchstens {high} halten</translation>
    </message>
    <message>
        <source>{business}: plan for the staff huddle</source>
        <translation>{business}: Plan für die Teamrunde</translation>
    </message>
    <message>
        <source>The full vision is in the app.</source>
        <translation>Die ganze Vision steht im Programm.</translation>
    </message>
    <message>
        <source>No goals yet. Add the first one in the app.</source>
        <translation>Noch keine Ziele. Das erste im Programm hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more goal(s) in the app</source>
        <translation>
            <numerusform>+%n weiteres Ziel im Programm</numerusform>
            <numerusform>+%n weitere Ziele im Programm</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due in the next two weeks.</source>
        <translation>In den nächsten zwei Wochen ist nichts fällig.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more step(s) in the app</source>
        <translation>
            <numerusform>+%n weiterer Schritt im Programm</numerusform>
            <numerusform>+%n weitere Schritte im Programm</numerusform>
        </translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>Unsere Vision</translation>
    </message>
    <message>
        <source>Staff huddle</source>
        <translation>Teamrunde</translation>
    </message>
    <message>
        <source>No vision written yet: write it in the app under Vision.</source>
        <translation>Noch keine Vision geschrieben: im Programm unter „Vision“ aufschreiben.</translation>
    </message>
    <message>
        <source>Our goals</source>
        <translation>Unsere Ziele</translation>
    </message>
    <message>
        <source>open steps due by {day}, and anything overdue</source>
        <translation>offene Schritte, fällig bis {day}, und alles Überfällige</translation>
    </message>
    <message>
        <source>The next two weeks</source>
        <translation>Die nächsten zwei Wochen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>Open feedback:</source>
        <translation>Offene Rückmeldungen:</translation>
    </message>
    <message>
        <source>none waiting for an answer.</source>
        <translation>keine wartet auf eine Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) waiting for an answer (see Feedback in the app).</source>
        <translation>
            <numerusform>%n wartet auf eine Antwort (siehe „Rückmeldungen“ im Programm).</numerusform>
            <numerusform>%n warten auf eine Antwort (siehe „Rückmeldungen“ im Programm).</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes from the huddle</source>
        <translation>Notizen aus der Teamrunde</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Plan from a newer version</source>
        <translation>Plan aus einer neueren Version</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; was saved by a newer version of BakeryPlan. It opens read-only so that nothing in it is lost; update BakeryPlan to edit it.</source>
        <translation>„{name}“ wurde mit einer neueren Version von BakeryPlan gespeichert. Er wird schreibgeschützt geöffnet, damit nichts verloren geht; zum Bearbeiten BakeryPlan aktualisieren.</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan wird schon benutzt</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is open for editing elsewhere:
{holder}.

You can look at it here read-only,
or cancel and switch to the other copy.</source>
        <translation>„{name}“ ist anderswo zum Bearbeiten geöffnet:
{holder}.

Er lässt sich hier schreibgeschützt ansehen,
oder abbrechen und zur anderen Kopie wechseln.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Plan in use on another computer</source>
        <translation>Plan wird auf einem anderen Computer benutzt</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is open for editing on another computer:
{holder}.

You can look at it here read-only. If BakeryPlan no longer runs there (the computer was switched off or the app stopped), you can take the plan over and edit it here.</source>
        <translation>„{name}“ ist auf einem anderen Computer zum Bearbeiten geöffnet:
{holder}.

Er lässt sich hier schreibgeschützt ansehen. Läuft BakeryPlan dort nicht mehr (der Computer wurde ausgeschaltet oder das Programm beendet), lässt sich der Plan übernehmen und hier bearbeiten.</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Übernehmen…</translation>
    </message>
    <message>
        <source>Take over the plan</source>
        <translation>Plan übernehmen</translation>
    </message>
    <message>
        <source>Take &quot;{name}&quot; over from the computer &quot;{host}&quot;? Do this only if BakeryPlan is not running there any more: if both edit the plan, changes made there will be lost.</source>
        <translation>„{name}“ vom Computer „{host}“ übernehmen? Nur tun, wenn BakeryPlan dort nicht mehr läuft: Wird der Plan an beiden Stellen bearbeitet, gehen die Änderungen von dort verloren.</translation>
    </message>
    <message>
        <source>Plan is read-only</source>
        <translation>Plan ist schreibgeschützt</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; cannot be changed here: {reason}.

You can look at it read-only.</source>
        <translation>„{name}“ lässt sich hier nicht ändern: {reason}.

Er lässt sich schreibgeschützt ansehen.</translation>
    </message>
    <message>
        <source>made when the plan was opened</source>
        <translation>beim Öffnen des Plans angelegt</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>tägliche Sicherung</translation>
    </message>
    <message>
        <source>made when the plan was created</source>
        <translation>beim Anlegen des Plans angelegt</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand angelegt</translation>
    </message>
    <message>
        <source>the plan as it was before a restore</source>
        <translation>der Plan, wie er vor einer Wiederherstellung war</translation>
    </message>
    <message>
        <source>the damaged file, kept before a restore</source>
        <translation>die beschädigte Datei, vor einer Wiederherstellung aufbewahrt</translation>
    </message>
    <message>
        <source>made before an upgrade to a newer version</source>
        <translation>vor dem Wechsel auf eine neuere Version angelegt</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>{when}: {reason} ({size})</source>
        <translation>{when}: {reason} ({size})</translation>
    </message>
    <message>
        <source>Plan file damaged</source>
        <translation>Plandatei beschädigt</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged or incomplete, so it cannot be opened, and there is no backup of it yet. The file has not been changed.</source>
        <translation>„{name}“ ist beschädigt oder unvollständig und lässt sich nicht öffnen, und es gibt noch keine Sicherung davon. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged or incomplete, so it cannot be opened.
The file has not been changed.

Pick a backup to restore (the damaged file is kept as a backup too):</source>
        <translation>„{name}“ ist beschädigt oder unvollständig und lässt sich nicht öffnen.
Die Datei wurde nicht verändert.

Eine Sicherung zum Wiederherstellen wählen (die beschädigte Datei wird ebenfalls als Sicherung aufbewahrt):</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sicherung nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of this plan yet.</source>
        <translation>Von diesem Plan gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Pick the backup to go back to:</source>
        <translation>Die Sicherung wählen, zu der zurückgekehrt werden soll:</translation>
    </message>
    <message>
        <source>Replace &quot;{name}&quot; with the backup from {when}? The plan as it is now is backed up first, so you can come back to it the same way.</source>
        <translation>„{name}“ durch die Sicherung vom {when} ersetzen? Der Plan, wie er jetzt ist, wird vorher gesichert, sodass sich auf demselben Weg zu ihm zurückkehren lässt.</translation>
    </message>
    <message>
        <source>Demo not created</source>
        <translation>Beispiel nicht angelegt</translation>
    </message>
    <message>
        <source>The demo plan could not be created: {reason}</source>
        <translation>Der Beispielplan konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>Not a plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a BakeryPlan plan, so it cannot be opened here. The file has not been changed.</source>
        <translation>„{name}“ ist kein BakeryPlan-Plan und lässt sich hier nicht öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>Plan nicht gefunden</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is no longer there. It may have been moved or renamed.</source>
        <translation>„{name}“ ist nicht mehr da. Vielleicht wurde die Datei verschoben oder umbenannt.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged and could not be repaired from a backup.</source>
        <translation>„{name}“ ist beschädigt und ließ sich nicht aus einer Sicherung reparieren.</translation>
    </message>
    <message>
        <source>Plan not opened</source>
        <translation>Plan nicht geöffnet</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; could not be opened: {reason}</source>
        <translation>„{name}“ ließ sich nicht öffnen: {reason}</translation>
    </message>
</context>
<context>
    <name>pack</name>
    <message>
        <source>{business}: progress pack</source>
        <extracomment>Countries that print on US Letter; everyone else uses A4.</extracomment>
        <translation>{business}: Fortschrittsbericht</translation>
    </message>
    <message>
        <source>{business} · Progress pack · {day}</source>
        <translation>{business} · Fortschrittsbericht · {day}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <source>This plan has no goals yet.</source>
        <extracomment>How many of the latest periods a measure page lists under its chart.</extracomment>
        <translation>Dieser Plan hat noch keine Ziele.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s): {health}.</source>
        <translation>
            <numerusform>%n Ziel: {health}.</numerusform>
            <numerusform>%n Ziele: {health}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n im Plan</numerusform>
            <numerusform>%n im Plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n im Rückstand</numerusform>
            <numerusform>%n im Rückstand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n gefährdet</numerusform>
            <numerusform>%n gefährdet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n achieved</source>
        <translation>
            <numerusform>%n erreicht</numerusform>
            <numerusform>%n erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n nicht begonnen</numerusform>
            <numerusform>%n nicht begonnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done (shares weighted by effort)</source>
        <translation>
            <numerusform>{done} von %n Schritt erledigt (Anteile nach Aufwand gewichtet)</numerusform>
            <numerusform>{done} von %n Schritten erledigt (Anteile nach Aufwand gewichtet)</numerusform>
        </translation>
    </message>
    <message>
        <source>{measure} ({unit})</source>
        <translation>{measure} ({unit})</translation>
    </message>
    <message>
        <source>{measure} has no recorded value yet.</source>
        <translation>{measure} hat noch keinen erfassten Wert.</translation>
    </message>
    <message>
        <source>{measure} is exactly on plan ({when}).</source>
        <translation>{measure} liegt genau im Plan ({when}).</translation>
    </message>
    <message>
        <source>{points} percentage points</source>
        <translation>{points} Prozentpunkte</translation>
    </message>
    <message>
        <source>{period}: {actual}, {planned} planned by {day}.</source>
        <translation>{period}: {actual}, geplant {planned} bis zum {day}.</translation>
    </message>
    <message>
        <source>Health: {health}.</source>
        <translation>Status: {health}.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} above plan ({when}), worse than planned.</source>
        <translation>{measure} liegt {amount}{share} über dem Plan ({when}), schlechter als geplant.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} below plan ({when}), better than planned.</source>
        <translation>{measure} liegt {amount}{share} unter dem Plan ({when}), besser als geplant.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} above plan ({when}).</source>
        <translation>{measure} liegt {amount}{share} über dem Plan ({when}).</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} below plan ({when}).</source>
        <translation>{measure} liegt {amount}{share} unter dem Plan ({when}).</translation>
    </message>
    <message>
        <source>Planned from last year (year ending {day}), {change}.</source>
        <translation>Geplant aus dem Vorjahr (Jahr bis zum {day}), {change}.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand zuständig</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>keine Frist</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done, {overdue} overdue.</source>
        <translation>
            <numerusform>{done} von %n Schritt erledigt, {overdue} überfällig.</numerusform>
            <numerusform>{done} von %n Schritten erledigt, {overdue} überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done.</source>
        <translation>
            <numerusform>{done} von %n Schritt erledigt.</numerusform>
            <numerusform>{done} von %n Schritten erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner&apos;s explanation at the review of {day}: {text}</source>
        <translation>Erklärung der zuständigen Person bei der Besprechung vom {day}: {text}</translation>
    </message>
    <message>
        <source>Goal / measure</source>
        <extracomment>Summary columns: header (in English; ``column_headers`` in the pack&apos;s language), right-aligned (numbers), may wrap between words.</extracomment>
        <translation>Ziel / Kennzahl</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>PROGRESS PACK</source>
        <extracomment>The goal column&apos;s share of the width: the other columns wrap between words to make it. Below this share of the width, numbers are squeezed instead of goal titles. Lines a goal title may take in the summary before it ends in an ellipsis.</extracomment>
        <translation>FORTSCHRITTSBERICHT</translation>
    </message>
    <message>
        <source>Progress report as of {day}</source>
        <translation>Fortschrittsbericht, Stand {day}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Inhaber/in: {owner}</translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>Unsere Vision</translation>
    </message>
    <message>
        <source>No vision written yet.</source>
        <translation>Noch keine Vision geschrieben.</translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Warum das wichtig ist: {why}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>Seite {number}</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Ziel: {goal}</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>Was das bedeutet</translation>
    </message>
    <message>
        <source>Latest values</source>
        <translation>Letzte Werte</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The chart of this measure could not be drawn; its figures follow below.</source>
        <translation>Das Diagramm dieser Kennzahl ließ sich nicht zeichnen; ihre Zahlen folgen unten.</translation>
    </message>
    <message>
        <source>Health: {health}</source>
        <translation>Status: {health}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Recently done</source>
        <translation>Kürzlich erledigt</translation>
    </message>
    <message>
        <source>{step} — {owner}, {day}</source>
        <translation>{step} – {owner}, {day}</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>Week of {day}</source>
        <translation>Woche vom {day}</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n Quartal</numerusform>
            <numerusform>%n Quartale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>perspective</name>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>How we work</source>
        <translation>So arbeiten wir</translation>
    </message>
    <message>
        <source>Team and skills</source>
        <translation>Team und Können</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Next week, from {day}</source>
        <translation>Nächste Woche, ab {day}</translation>
    </message>
    <message>
        <source>This week, from {day}</source>
        <translation>Diese Woche, ab {day}</translation>
    </message>
    <message>
        <source>Print check-in sheet</source>
        <translation>Blatt für die Teamrunde drucken</translation>
    </message>
    <message>
        <source>Which week is it for?</source>
        <translation>Für welche Woche?</translation>
    </message>
    <message>
        <source>{name} - check-in sheet {first} to {last}</source>
        <translation>{name} - Blatt für die Teamrunde {first} bis {last}</translation>
    </message>
    <message>
        <source>Print the check-in sheet</source>
        <translation>Das Blatt für die Teamrunde drucken</translation>
    </message>
    <message>
        <source>{name} - plan for the staff huddle</source>
        <translation>{name} - Plan für die Teamrunde</translation>
    </message>
    <message>
        <source>Print the one-page plan</source>
        <translation>Den Plan auf einer Seite drucken</translation>
    </message>
    <message>
        <source>Export one-page plan as PDF</source>
        <translation>Plan auf einer Seite als PDF exportieren</translation>
    </message>
    <message>
        <source>{stem} - one-page plan.pdf</source>
        <translation>{stem} - Plan auf einer Seite.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>Das PDF konnte nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>{business}: no review held on or before {day} yet.</source>
        <translation>{business}: bis zum {day} noch keine Besprechung abgehalten.</translation>
    </message>
    <message>
        <source>{name}: {short} ({detail})</source>
        <translation>{name}: {short} ({detail})</translation>
    </message>
    <message>
        <source>{name}: {short}</source>
        <translation>{name}: {short}</translation>
    </message>
    <message>
        <source>{name} ({detail})</source>
        <translation>{name} ({detail})</translation>
    </message>
    <message>
        <source>new, {health}</source>
        <translation>neu, {health}</translation>
    </message>
    <message>
        <source>no figure yet, {planned} planned ({period})</source>
        <translation>noch kein Wert, geplant {planned} ({period})</translation>
    </message>
    <message>
        <source>{actual} against {planned} planned, {period}</source>
        <translation>{actual}, geplant {planned}, {period}</translation>
    </message>
    <message>
        <source>goal added</source>
        <translation>Ziel hinzugefügt</translation>
    </message>
    <message>
        <source>measure added</source>
        <translation>Kennzahl hinzugefügt</translation>
    </message>
    <message>
        <source>goal deleted</source>
        <translation>Ziel gelöscht</translation>
    </message>
    <message>
        <source>measure deleted</source>
        <translation>Kennzahl gelöscht</translation>
    </message>
    <message>
        <source>renamed (was “{before}”)</source>
        <translation>umbenannt (vorher „{before}“)</translation>
    </message>
    <message>
        <source>retitled (was “{before}”)</source>
        <translation>neuer Titel (vorher „{before}“)</translation>
    </message>
    <message>
        <source>target {before} → {after}</source>
        <translation>Zielwert {before} → {after}</translation>
    </message>
    <message>
        <source>target date {before} → {after}</source>
        <translation>Zieltermin {before} → {after}</translation>
    </message>
    <message>
        <source>starting point {before} → {after}</source>
        <translation>Ausgangswert {before} → {after}</translation>
    </message>
    <message>
        <source>start {before} → {after}</source>
        <translation>Start {before} → {after}</translation>
    </message>
    <message>
        <source>due date {before} → {after}</source>
        <translation>Frist {before} → {after}</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>gleichmäßig</translation>
    </message>
    <message>
        <source>stepped</source>
        <translation>in Stufen</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>saisonal</translation>
    </message>
    <message>
        <source>planned curve redrawn</source>
        <translation>geplanter Verlauf neu gezeichnet</translation>
    </message>
    <message>
        <source>planned curve redrawn ({before} → {after})</source>
        <translation>geplanter Verlauf neu gezeichnet ({before} → {after})</translation>
    </message>
    <message>
        <source>year ending {day}, {change}, days matched by weekday</source>
        <translation>Jahr bis zum {day}, {change}, Tage nach Wochentag zugeordnet</translation>
    </message>
    <message>
        <source>year ending {day}, {change}, days matched by date</source>
        <translation>Jahr bis zum {day}, {change}, Tage nach Datum zugeordnet</translation>
    </message>
    <message>
        <source>year ending {day}, {change}</source>
        <translation>Jahr bis zum {day}, {change}</translation>
    </message>
    <message>
        <source>no longer the plan drawn from last year</source>
        <translation>nicht mehr aus dem Vorjahr geplant</translation>
    </message>
    <message>
        <source>now planned from last year ({now})</source>
        <translation>jetzt aus dem Vorjahr geplant ({now})</translation>
    </message>
    <message>
        <source>planned from last year again ({now}; was {before})</source>
        <translation>wieder aus dem Vorjahr geplant ({now}; vorher {before})</translation>
    </message>
    <message>
        <source>now counted as the average of a day (was {before})</source>
        <translation>Zählweise jetzt: der Durchschnitt eines Tages (vorher: {before})</translation>
    </message>
    <message>
        <source>the total of a day</source>
        <translation>die Summe eines Tages</translation>
    </message>
    <message>
        <source>the latest figure of a day</source>
        <translation>der letzte Wert eines Tages</translation>
    </message>
    <message>
        <source>the total of a week</source>
        <translation>die Summe einer Woche</translation>
    </message>
    <message>
        <source>the average per day of a week</source>
        <translation>der Durchschnitt pro Tag einer Woche</translation>
    </message>
    <message>
        <source>the latest figure of a week</source>
        <translation>der letzte Wert einer Woche</translation>
    </message>
    <message>
        <source>the total of a month</source>
        <translation>die Summe eines Monats</translation>
    </message>
    <message>
        <source>the average per day of a month</source>
        <translation>der Durchschnitt pro Tag eines Monats</translation>
    </message>
    <message>
        <source>the latest figure of a month</source>
        <translation>der letzte Wert eines Monats</translation>
    </message>
    <message>
        <source>the total of a quarter</source>
        <translation>die Summe eines Quartals</translation>
    </message>
    <message>
        <source>the average per day of a quarter</source>
        <translation>der Durchschnitt pro Tag eines Quartals</translation>
    </message>
    <message>
        <source>the latest figure of a quarter</source>
        <translation>der letzte Wert eines Quartals</translation>
    </message>
    <message>
        <source>the total of a year</source>
        <translation>die Summe eines Jahres</translation>
    </message>
    <message>
        <source>the average per day of a year</source>
        <translation>der Durchschnitt pro Tag eines Jahres</translation>
    </message>
    <message>
        <source>the latest figure of a year</source>
        <translation>der letzte Wert eines Jahres</translation>
    </message>
    <message>
        <source>goal marked done (was active)</source>
        <translation>Ziel jetzt erledigt (vorher aktiv)</translation>
    </message>
    <message>
        <source>goal marked dropped (was active)</source>
        <translation>Ziel jetzt verworfen (vorher aktiv)</translation>
    </message>
    <message>
        <source>goal marked active (was done)</source>
        <translation>Ziel wieder aktiv (vorher erledigt)</translation>
    </message>
    <message>
        <source>goal marked dropped (was done)</source>
        <translation>Ziel jetzt verworfen (vorher erledigt)</translation>
    </message>
    <message>
        <source>goal marked active (was dropped)</source>
        <translation>Ziel wieder aktiv (vorher verworfen)</translation>
    </message>
    <message>
        <source>goal marked done (was dropped)</source>
        <translation>Ziel jetzt erledigt (vorher verworfen)</translation>
    </message>
    <message>
        <source>goal status changed</source>
        <translation>Status des Ziels geändert</translation>
    </message>
    <message>
        <source>now counted as the total of a day (was {before})</source>
        <translation>Zählweise jetzt: die Summe eines Tages (vorher: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a day (was {before})</source>
        <translation>Zählweise jetzt: der letzte Wert eines Tages (vorher: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a week (was {before})</source>
        <translation>Zählweise jetzt: die Summe einer Woche (vorher: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a week (was {before})</source>
        <translation>Zählweise jetzt: der Durchschnitt pro Tag einer Woche (vorher: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a week (was {before})</source>
        <translation>Zählweise jetzt: der letzte Wert einer Woche (vorher: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a month (was {before})</source>
        <translation>Zählweise jetzt: die Summe eines Monats (vorher: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a month (was {before})</source>
        <translation>Zählweise jetzt: der Durchschnitt pro Tag eines Monats (vorher: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a month (was {before})</source>
        <translation>Zählweise jetzt: der letzte Wert eines Monats (vorher: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a quarter (was {before})</source>
        <translation>Zählweise jetzt: die Summe eines Quartals (vorher: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a quarter (was {before})</source>
        <translation>Zählweise jetzt: der Durchschnitt pro Tag eines Quartals (vorher: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a quarter (was {before})</source>
        <translation>Zählweise jetzt: der letzte Wert eines Quartals (vorher: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a year (was {before})</source>
        <translation>Zählweise jetzt: die Summe eines Jahres (vorher: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a year (was {before})</source>
        <translation>Zählweise jetzt: der Durchschnitt pro Tag eines Jahres (vorher: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a year (was {before})</source>
        <translation>Zählweise jetzt: der letzte Wert eines Jahres (vorher: {before})</translation>
    </message>
    <message>
        <source>counting changed (was {before})</source>
        <translation>Zählweise geändert (vorher: {before})</translation>
    </message>
    <message>
        <source>the average of a day</source>
        <translation>der Durchschnitt eines Tages</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a value not set, as in: due date none → 31 Jan</comment>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand zuständig</translation>
    </message>
    <message>
        <source>{who}, no date</source>
        <translation>{who}, kein Termin</translation>
    </message>
    <message>
        <source>{who}, done {day}</source>
        <translation>{who}, erledigt am {day}</translation>
    </message>
    <message>
        <source>{who}, due {day}</source>
        <translation>{who}, fällig am {day}</translation>
    </message>
    <message>
        <source>{source}, {day}</source>
        <translation>{source}, {day}</translation>
    </message>
    <message>
        <source>since the huddle of {day} (today)</source>
        <translation>seit der Teamrunde vom {day} (heute)</translation>
    </message>
    <message>
        <source>since the monthly review of {day} (today)</source>
        <translation>seit der Monatsbesprechung vom {day} (heute)</translation>
    </message>
    <message>
        <source>since the quarterly review of {day} (today)</source>
        <translation>seit der Quartalsbesprechung vom {day} (heute)</translation>
    </message>
    <message numerus="yes">
        <source>since the huddle of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>seit der Teamrunde vom {day} (vor %n Tag)</numerusform>
            <numerusform>seit der Teamrunde vom {day} (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since the monthly review of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>seit der Monatsbesprechung vom {day} (vor %n Tag)</numerusform>
            <numerusform>seit der Monatsbesprechung vom {day} (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since the quarterly review of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>seit der Quartalsbesprechung vom {day} (vor %n Tag)</numerusform>
            <numerusform>seit der Quartalsbesprechung vom {day} (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{business}: what changed {since} to {day}</source>
        <translation>{business}: Änderungen {since} bis {day}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a section of the digest with nothing in it</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>not known: the last review kept no snapshot</source>
        <translation>unbekannt: Die letzte Besprechung hat keine Momentaufnahme festgehalten</translation>
    </message>
    <message>
        <source>Measures whose health changed</source>
        <translation>Kennzahlen mit geändertem Status</translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation>Änderungen am Plan</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>Steps newly overdue</source>
        <translation>Neu überfällige Schritte</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>Neue Rückmeldungen</translation>
    </message>
    <message>
        <source>Decisions of the last review</source>
        <translation>Beschlüsse der letzten Besprechung</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>{section}: {none}</source>
        <translation>{section}: {none}</translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s) recorded since.</source>
        <translation>
            <numerusform>Seitdem %n Ist-Wert erfasst.</numerusform>
            <numerusform>Seitdem %n Ist-Werte erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Erklärungen</translation>
    </message>
    <message>
        <source>This review kept no snapshot of the plan.</source>
        <translation>Diese Besprechung hat keine Momentaufnahme des Plans festgehalten.</translation>
    </message>
    <message>
        <source>The first review with a snapshot: later reviews show what changed.</source>
        <translation>Die erste Besprechung mit Momentaufnahme: Spätere Besprechungen zeigen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Changed in the plan since the review of {day}</source>
        <translation>Im Plan geändert seit der Besprechung vom {day}</translation>
    </message>
    <message>
        <source>Changed in the plan since the review of {day}: none</source>
        <translation>Im Plan geändert seit der Besprechung vom {day}: nichts</translation>
    </message>
    <message>
        <source>Health changed since {day}</source>
        <translation>Status geändert seit dem {day}</translation>
    </message>
    <message>
        <source>Health changed since {day}: none</source>
        <translation>Status geändert seit dem {day}: keiner</translation>
    </message>
    <message>
        <source>A deleted measure</source>
        <translation>Eine gelöschte Kennzahl</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>{business}: status on {day}</source>
        <translation>{business}: Stand am {day}</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Noch keine Ziele.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand zuständig</translation>
    </message>
    <message>
        <source>{goal}  ({owner}, due {day}): {health}</source>
        <translation>{goal}  ({owner}, fällig am {day}): {health}</translation>
    </message>
    <message>
        <source>{goal}  ({owner}, no due date): {health}</source>
        <translation>{goal}  ({owner}, keine Frist): {health}</translation>
    </message>
    <message>
        <source>Steps: {steps}</source>
        <translation>Schritte: {steps}</translation>
    </message>
    <message>
        <source>{measure}: no figure yet, planned {planned}: {health}</source>
        <translation>{measure}: noch kein Wert, geplant {planned}: {health}</translation>
    </message>
    <message>
        <source>{measure}: {actual}, planned {planned} ({period}): {health}</source>
        <translation>{measure}: {actual}, geplant {planned} ({period}): {health}</translation>
    </message>
    <message>
        <source>{period}: {actual}, planned {planned} by {day}</source>
        <translation>{period}: {actual}, geplant {planned} bis zum {day}</translation>
    </message>
    <message>
        <source>{share} of the plan made</source>
        <translation>{share} des Plans erreicht</translation>
    </message>
    <message>
        <source>progress {share} of the way, {planned} planned by then</source>
        <translation>Fortschritt {share} des Weges, {planned} bis dahin geplant</translation>
    </message>
    <message>
        <source>to be kept between {low} and {high}</source>
        <translation>soll zwischen {low} und {high} bleiben</translation>
    </message>
    <message>
        <source>to be at least {low}</source>
        <translation>soll mindestens {low} sein</translation>
    </message>
    <message>
        <source>to be at most {high}</source>
        <translation>soll höchstens {high} sein</translation>
    </message>
    <message>
        <source>{business}: no findings. Every goal has an owner, a date and a measure.</source>
        <translation>{business}: keine Hinweise. Jedes Ziel hat eine zuständige Person, einen Termin und eine Kennzahl.</translation>
    </message>
    <message numerus="yes">
        <source>{business}: %n finding(s)</source>
        <translation>
            <numerusform>{business}: %n Hinweis</numerusform>
            <numerusform>{business}: %n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
    <message>
        <source>info: {message}</source>
        <translation>Info: {message}</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message numerus="yes">
        <source>{done} of %n step(s) done, {overdue} overdue; {done_share} of the effort done, {due_share} planned by now: {health}</source>
        <translation>
            <numerusform>{done} von %n Schritt erledigt, {overdue} überfällig; {done_share} des Aufwands erledigt, {due_share} bis heute geplant: {health}</numerusform>
            <numerusform>{done} von %n Schritten erledigt, {overdue} überfällig; {done_share} des Aufwands erledigt, {due_share} bis heute geplant: {health}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done; {done_share} of the effort done, {due_share} planned by now: {health}</source>
        <translation>
            <numerusform>{done} von %n Schritt erledigt; {done_share} des Aufwands erledigt, {due_share} bis heute geplant: {health}</numerusform>
            <numerusform>{done} von %n Schritten erledigt; {done_share} des Aufwands erledigt, {due_share} bis heute geplant: {health}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>its folder {folder} does not exist</source>
        <translation>ihr Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>the backup is not usable ({reason})</source>
        <translation>die Sicherung ist nicht verwendbar ({reason})</translation>
    </message>
    <message>
        <source>the backup comes from a newer version of BakeryPlan</source>
        <translation>die Sicherung stammt aus einer neueren Version von BakeryPlan</translation>
    </message>
    <message>
        <source>it is a folder, not a plan file</source>
        <translation>das ist ein Ordner, keine Plandatei</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>keine Berechtigung zum Lesen</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>sie lässt sich nicht lesen ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it cannot be opened ({error})</source>
        <translation>sie lässt sich nicht öffnen ({error})</translation>
    </message>
    <message>
        <source>cannot open &quot;{file}&quot;: {reason}</source>
        <translation>Öffnen nicht möglich („{file}“): {reason}</translation>
    </message>
    <message>
        <source>cannot create &quot;{file}&quot;: {reason}</source>
        <translation>Anlegen nicht möglich („{file}“): {reason}</translation>
    </message>
    <message>
        <source>cannot edit &quot;{file}&quot;: {reason}</source>
        <translation>Bearbeiten nicht möglich („{file}“): {reason}</translation>
    </message>
    <message>
        <source>cannot change &quot;{file}&quot;: {reason}</source>
        <translation>Ändern nicht möglich („{file}“): {reason}</translation>
    </message>
    <message>
        <source>cannot restore &quot;{file}&quot;: {reason}</source>
        <translation>Wiederherstellen nicht möglich („{file}“): {reason}</translation>
    </message>
    <message>
        <source>cannot save to &quot;{file}&quot;: {reason}</source>
        <translation>Speichern nicht möglich („{file}“): {reason}</translation>
    </message>
    <message>
        <source>cannot back up &quot;{file}&quot;: {reason}</source>
        <translation>Sichern nicht möglich („{file}“): {reason}</translation>
    </message>
    <message>
        <source>cannot read the plan data &quot;{file}&quot;: {reason}</source>
        <translation>Plandaten nicht lesbar („{file}“): {reason}</translation>
    </message>
    <message>
        <source>cannot open: {reason}</source>
        <translation>Öffnen nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>cannot create: {reason}</source>
        <translation>Anlegen nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>cannot edit: {reason}</source>
        <translation>Bearbeiten nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>cannot change: {reason}</source>
        <translation>Ändern nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>cannot restore: {reason}</source>
        <translation>Wiederherstellen nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>cannot save to: {reason}</source>
        <translation>Speichern nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>cannot back up: {reason}</source>
        <translation>Sichern nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>cannot read the plan data: {reason}</source>
        <translation>Plandaten nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>a file with that name already exists</source>
        <translation>eine Datei mit diesem Namen gibt es schon</translation>
    </message>
    <message>
        <source>it is not a BakeryPlan plan file</source>
        <translation>das ist keine Plandatei von BakeryPlan</translation>
    </message>
    <message>
        <source>the plan file is damaged (a backup can be restored)</source>
        <translation>die Plandatei ist beschädigt (eine Sicherung lässt sich wiederherstellen)</translation>
    </message>
    <message>
        <source>it was saved by a newer version of BakeryPlan (plan format {found}, this version reads up to {supported})</source>
        <translation>sie wurde mit einer neueren Version von BakeryPlan gespeichert (Planformat {found}, diese Version liest bis {supported})</translation>
    </message>
    <message>
        <source>it is in use by {holder}</source>
        <translation>sie wird gerade benutzt von: {holder}</translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;</source>
        <translation>BakeryPlan auf dem Computer „{host}“</translation>
    </message>
    <message>
        <source>{reason}; if BakeryPlan no longer runs there, open the plan in the window to take it over</source>
        <translation>{reason}; falls BakeryPlan dort nicht mehr läuft, den Plan im Fenster öffnen, um ihn zu übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n day(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan auf dem Computer „{host}“, seit {since} (vor %n Tag)</numerusform>
            <numerusform>BakeryPlan auf dem Computer „{host}“, seit {since} (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n hour(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan auf dem Computer „{host}“, seit {since} (vor %n Stunde)</numerusform>
            <numerusform>BakeryPlan auf dem Computer „{host}“, seit {since} (vor %n Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (just now)</source>
        <translation>BakeryPlan auf dem Computer „{host}“, seit {since} (gerade eben)</translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n minute(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan auf dem Computer „{host}“, seit {since} (vor %n Minute)</numerusform>
            <numerusform>BakeryPlan auf dem Computer „{host}“, seit {since} (vor %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>sie ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder}); the plan was not changed</source>
        <translation>{cause} (Ordner der Sicherungen: {folder}); der Plan wurde nicht geändert</translation>
    </message>
    <message>
        <source>{record}, field &apos;{field}&apos;: {message}</source>
        <translation>{record}, Feld „{field}“: {message}</translation>
    </message>
    <message>
        <source>{record}: {message}</source>
        <translation>{record}: {message}</translation>
    </message>
    <message>
        <source>another copy of BakeryPlan that is starting or stopping, since {since}</source>
        <translation>eine andere Kopie von BakeryPlan, die gerade startet oder sich beendet, seit {since}</translation>
    </message>
    <message>
        <source>another copy of BakeryPlan that is starting or stopping</source>
        <translation>eine andere Kopie von BakeryPlan, die gerade startet oder sich beendet</translation>
    </message>
    <message>
        <source>BakeryPlan on this computer ({host}), process {pid}, since {since}</source>
        <translation>BakeryPlan auf diesem Computer ({host}), Prozess {pid}, seit {since}</translation>
    </message>
    <message>
        <source>BakeryPlan on this computer ({host}), process {pid}</source>
        <translation>BakeryPlan auf diesem Computer ({host}), Prozess {pid}</translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since}</source>
        <translation>BakeryPlan auf dem Computer „{host}“, seit {since}</translation>
    </message>
    <message>
        <source>its folder {folder} is read-only</source>
        <translation>ihr Ordner {folder} ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder})</source>
        <translation>{cause} (Ordner der Sicherungen: {folder})</translation>
    </message>
    <message>
        <source>a newer version of BakeryPlan stopped in the middle of changing it; open it with that version to repair it</source>
        <translation>eine neuere Version von BakeryPlan wurde mitten in einer Änderung unterbrochen; zum Reparieren mit dieser Version öffnen</translation>
    </message>
    <message>
        <source>it was not closed properly, and {reason}, so it cannot be repaired here: copy it together with &quot;{journal}&quot; to a folder you can write to and open the copy there</source>
        <translation>sie wurde nicht richtig geschlossen, und {reason}, daher lässt sie sich hier nicht reparieren: sie zusammen mit „{journal}“ in einen Ordner kopieren, in dem geschrieben werden darf, und dort die Kopie öffnen</translation>
    </message>
</context>
<context>
    <name>wizards</name>
    <message>
        <source>Read-only plan</source>
        <translation>Schreibgeschützter Plan</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Not enough text</source>
        <translation>Zu wenig Text</translation>
    </message>
    <message>
        <source>Easy to read</source>
        <translation>Leicht zu lesen</translation>
    </message>
    <message>
        <source>Fairly easy</source>
        <translation>Recht leicht</translation>
    </message>
    <message>
        <source>Hard to read</source>
        <translation>Schwer zu lesen</translation>
    </message>
    <message>
        <source>No score for this language</source>
        <translation>Keine Bewertung für diese Sprache</translation>
    </message>
    <message numerus="yes">
        <source>Your vision is short (%n word(s)). Say where the business is going and why it matters, in {least} to {most} words.</source>
        <translation>
            <numerusform>Die Vision ist kurz (%n Wort). In {least} bis {most} Wörtern sagen, wohin sich der Betrieb entwickelt und warum das wichtig ist.</numerusform>
            <numerusform>Die Vision ist kurz (%n Wörter). In {least} bis {most} Wörtern sagen, wohin sich der Betrieb entwickelt und warum das wichtig ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your vision has %n word(s). Try to say it in {most} words or fewer, so people remember it.</source>
        <translation>
            <numerusform>Die Vision hat %n Wort. Besser in höchstens {most} Wörtern sagen, damit man sie sich merkt.</numerusform>
            <numerusform>Die Vision hat %n Wörter. Besser in höchstens {most} Wörtern sagen, damit man sie sich merkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep a goal to one short sentence (this one has %n word(s)).</source>
        <translation>
            <numerusform>Ein Ziel in einem kurzen Satz fassen (dieses hat %n Wort).</numerusform>
            <numerusform>Ein Ziel in einem kurzen Satz fassen (dieses hat %n Wörter).</numerusform>
        </translation>
    </message>
    <message>
        <source>“{word}”</source>
        <comment>A word quoted in a sentence</comment>
        <translation>„{word}“</translation>
    </message>
    <message>
        <source>Swap jargon for everyday words: {words}.</source>
        <translation>Fachjargon durch Alltagswörter ersetzen: {words}.</translation>
    </message>
    <message>
        <source>Write your vision in a few plain sentences: where is the business going?</source>
        <translation>Die Vision in ein paar einfachen Sätzen aufschreiben: Wohin entwickelt sich der Betrieb?</translation>
    </message>
    <message>
        <source>Add a number, so everyone can tell when the goal is reached (like &quot;40 loaves a day&quot;).</source>
        <translation>Eine Zahl ergänzen, damit alle sehen, wann das Ziel erreicht ist (etwa „40 Brote am Tag“).</translation>
    </message>
    <message>
        <source>Add a date, like &quot;by spring 2028&quot;, or set a due date.</source>
        <translation>Einen Termin ergänzen, etwa „bis Frühjahr 2028“, oder eine Frist setzen.</translation>
    </message>
    <message>
        <source>Name one person who owns this goal.</source>
        <translation>Eine Person nennen, die für dieses Ziel zuständig ist.</translation>
    </message>
    <message>
        <source>This is hard to read. Try shorter sentences and everyday words.</source>
        <translation>Das ist schwer zu lesen. Kürzere Sätze und Alltagswörter versuchen.</translation>
    </message>
</context>
<context>
    <name>year</name>
    <message>
        <source>The year&apos;s plan is reached already: {figure} (plan {plan}).</source>
        <translation>Der Jahresplan ist schon erreicht: {figure} (Plan {plan}).</translation>
    </message>
    <message>
        <source>The year reached its plan: {figure} (plan {plan}).</source>
        <translation>Das Jahr hat seinen Plan erreicht: {figure} (Plan {plan}).</translation>
    </message>
    <message>
        <source>The year reached its plan: {figure} a day on average (plan {plan}).</source>
        <translation>Das Jahr hat seinen Plan erreicht: {figure} pro Tag im Durchschnitt (Plan {plan}).</translation>
    </message>
    <message>
        <source>The year ended at {figure}: {short}{share} short of its plan of {plan}.</source>
        <translation>Das Jahr endete bei {figure}: {short}{share} unter dem Plan von {plan}.</translation>
    </message>
    <message>
        <source>The year averaged {figure} a day: {short}{share} short of its plan of {plan}.</source>
        <translation>Das Jahr lag im Durchschnitt bei {figure} pro Tag: {short}{share} unter dem Plan von {plan}.</translation>
    </message>
    <message>
        <source>At this pace the year totals {figure} (plan {plan}).</source>
        <translation>Bei diesem Tempo kommt das Jahr auf {figure} (Plan {plan}).</translation>
    </message>
    <message>
        <source>At this pace the year averages {figure} a day (plan {plan}).</source>
        <translation>Bei diesem Tempo kommt das Jahr auf durchschnittlich {figure} pro Tag (Plan {plan}).</translation>
    </message>
    <message>
        <source> for the {periods} to {day}</source>
        <translation> für die {periods} bis {day}</translation>
    </message>
</context>
</TS>
