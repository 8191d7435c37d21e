<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ActualsModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Period&apos;s figure</source>
        <translation>Wynik okresu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowane</translation>
    </message>
    <message numerus="yes">
        <source>{period}: {what} of %n entry(s).</source>
        <translation>
            <numerusform>{period}: {what} z %n wpisu.</numerusform>
            <numerusform>{period}: {what} z %n wpisów.</numerusform>
            <numerusform>{period}: {what} z %n wpisów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not over yet: compared with the plan due by today.</source>
        <translation>Okres jeszcze trwa: porównanie z planem na dziś.</translation>
    </message>
    <message>
        <source>{amount} so far</source>
        <translation>{amount} do tej pory</translation>
    </message>
    <message>
        <source>{amount} (on plan)</source>
        <translation>{amount} (zgodnie z planem)</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>lepiej</translation>
    </message>
    <message>
        <source>short</source>
        <translation>gorzej</translation>
    </message>
    <message>
        <source>type a value, then Enter</source>
        <translation>wpisz wartość i naciśnij Enter</translation>
    </message>
    <message>
        <source>Type a date like {example}, or keep today&apos;s.</source>
        <translation>Wpisz datę, np. {example}, albo zostaw dzisiejszą.</translation>
    </message>
    <message>
        <source>“{text}” is outside the years {first} to {last}.</source>
        <translation>„{text}” wykracza poza lata {first}–{last}.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}” to nie liczba.</translation>
    </message>
    <message>
        <source>“{text}” is outside the range {low} to {high}.</source>
        <translation>„{text}” wykracza poza zakres od {low} do {high}.</translation>
    </message>
    <message>
        <source>a date like {example}</source>
        <translation>data, np. {example}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>“{text}” is not {what}.</source>
        <translation>„{text}” to nie jest {what}.</translation>
    </message>
    <message>
        <source>{day} is after today: record what has happened, on the day it happened.</source>
        <translation>{day} to data w przyszłości: wpisuj to, co już się wydarzyło, z dniem, w którym się wydarzyło.</translation>
    </message>
    <message>
        <source>{local} or {iso}</source>
        <translation>{local} albo {iso}</translation>
    </message>
</context>
<context>
    <name>ActualsPanel</name>
    <message>
        <source>Measure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Wskaźnik:</translation>
    </message>
    <message>
        <source>Recorded actuals</source>
        <translation>Wpisane wyniki</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Usuń zaznaczone</translation>
    </message>
    <message>
        <source>This plan is open read-only: entries can be read here.</source>
        <translation>Ten plan jest otwarty tylko do odczytu: wpisy można tu tylko przeglądać.</translation>
    </message>
    <message>
        <source>Type in the last row: a date (like {example}), Tab, a value, then Enter, or Tab, a note and Enter. Delete removes the selected rows. Every change can be undone.</source>
        <translation>Wpisz w ostatnim wierszu: datę (np. {example}), Tab, wartość i Enter, albo Tab, notatkę i Enter. Klawisz Delete usuwa zaznaczone wiersze. Każdą zmianę można cofnąć.</translation>
    </message>
    <message>
        <source>No measure yet.</source>
        <translation>Nie ma jeszcze wskaźnika.</translation>
    </message>
    <message numerus="yes">
        <source>Target {target} by {by}, counted as {counted}. %n value(s) recorded.</source>
        <translation>
            <numerusform>Wartość docelowa {target} do {by}, liczona jako {counted}. Wpisano %n wartość.</numerusform>
            <numerusform>Wartość docelowa {target} do {by}, liczona jako {counted}. Wpisano %n wartości.</numerusform>
            <numerusform>Wartość docelowa {target} do {by}, liczona jako {counted}. Wpisano %n wartości.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>{goal} — steps</source>
        <extracomment>A chart subject: (&quot;measure&quot;, measure id) or (&quot;goal&quot;, goal id) for a goal&apos;s step burn-up.</extracomment>
        <translation>{goal} — kroki</translation>
    </message>
    <message>
        <source>Chart of</source>
        <translation>Wykres dla</translation>
    </message>
    <message>
        <source>Chart &amp;of:</source>
        <translation>&amp;Wykres dla:</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Pokaż jako &amp;tabelę</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>&amp;Eksportuj wykres…</translation>
    </message>
    <message>
        <source>&amp;Last year</source>
        <translation>&amp;Zeszły rok</translation>
    </message>
    <message>
        <source>Draw last year&apos;s entries behind the plan drawn from them</source>
        <translation>Pokaż zeszłoroczne wpisy za planem, który na nich oparto</translation>
    </message>
    <message>
        <source>Add a goal with a measure to see its chart.</source>
        <translation>Dodaj cel ze wskaźnikiem, aby zobaczyć jego wykres.</translation>
    </message>
    <message>
        <source>Chart as a table</source>
        <translation>Wykres jako tabela</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Okresy</translation>
    </message>
    <message>
        <source>Show as char&amp;t</source>
        <translation>Pokaż jako wy&amp;kres</translation>
    </message>
    <message>
        <source>Periods, as the chart counts them</source>
        <translation>Okresy tak, jak liczy je wykres</translation>
    </message>
    <message>
        <source>Steps done against planned</source>
        <translation>Wykonane kroki wobec planu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Planned share</source>
        <translation>Udział planowany</translation>
    </message>
    <message>
        <source>Done share</source>
        <translation>Udział wykonany</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
</context>
<context>
    <name>CountingFields</name>
    <message>
        <source>the average per day</source>
        <translation>średnia dzienna</translation>
    </message>
    <message>
        <source>the latest figure</source>
        <translation>ostatnia wartość</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>tydzień od {day}</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>dnia</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>tygodnia</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>miesiąca</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>kwartału</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>roku</translation>
    </message>
    <message numerus="yes">
        <source>the last %n day(s)</source>
        <translation>
            <numerusform>ostatni %n dzień</numerusform>
            <numerusform>ostatnie %n dni</numerusform>
            <numerusform>ostatnie %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>ostatni %n tydzień</numerusform>
            <numerusform>ostatnie %n tygodnie</numerusform>
            <numerusform>ostatnie %n tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n month(s)</source>
        <translation>
            <numerusform>ostatni %n miesiąc</numerusform>
            <numerusform>ostatnie %n miesiące</numerusform>
            <numerusform>ostatnie %n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n quarter(s)</source>
        <translation>
            <numerusform>ostatni %n kwartał</numerusform>
            <numerusform>ostatnie %n kwartały</numerusform>
            <numerusform>ostatnie %n kwartałów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n year(s)</source>
        <translation>
            <numerusform>ostatni %n rok</numerusform>
            <numerusform>ostatnie %n lata</numerusform>
            <numerusform>ostatnie %n lat</numerusform>
        </translation>
    </message>
    <message>
        <source>the total for the day</source>
        <translation>suma za dzień</translation>
    </message>
    <message>
        <source>the total for the week</source>
        <translation>suma za tydzień</translation>
    </message>
    <message>
        <source>the total for the month</source>
        <translation>suma za miesiąc</translation>
    </message>
    <message>
        <source>the total for the quarter</source>
        <translation>suma za kwartał</translation>
    </message>
    <message>
        <source>the total for the year</source>
        <translation>suma za rok</translation>
    </message>
    <message>
        <source>the average per day over the week</source>
        <translation>średnia dzienna w tygodniu</translation>
    </message>
    <message>
        <source>the average per day over the month</source>
        <translation>średnia dzienna w miesiącu</translation>
    </message>
    <message>
        <source>the average per day over the quarter</source>
        <translation>średnia dzienna w kwartale</translation>
    </message>
    <message>
        <source>the average per day over the year</source>
        <translation>średnia dzienna w roku</translation>
    </message>
    <message>
        <source>Day&apos;s total</source>
        <translation>Suma za dzień</translation>
    </message>
    <message>
        <source>Week&apos;s total</source>
        <translation>Suma za tydzień</translation>
    </message>
    <message>
        <source>Month&apos;s total</source>
        <translation>Suma za miesiąc</translation>
    </message>
    <message>
        <source>Quarter&apos;s total</source>
        <translation>Suma za kwartał</translation>
    </message>
    <message>
        <source>Year&apos;s total</source>
        <translation>Suma za rok</translation>
    </message>
    <message>
        <source>Day&apos;s daily average</source>
        <translation>Średnia dzienna</translation>
    </message>
    <message>
        <source>Week&apos;s daily average</source>
        <translation>Średnia dzienna w tygodniu</translation>
    </message>
    <message>
        <source>Month&apos;s daily average</source>
        <translation>Średnia dzienna w miesiącu</translation>
    </message>
    <message>
        <source>Quarter&apos;s daily average</source>
        <translation>Średnia dzienna w kwartale</translation>
    </message>
    <message>
        <source>Year&apos;s daily average</source>
        <translation>Średnia dzienna w roku</translation>
    </message>
    <message>
        <source>Day&apos;s figure</source>
        <translation>Wynik dnia</translation>
    </message>
    <message>
        <source>Week&apos;s figure</source>
        <translation>Wynik tygodnia</translation>
    </message>
    <message>
        <source>Month&apos;s figure</source>
        <translation>Wynik miesiąca</translation>
    </message>
    <message>
        <source>Quarter&apos;s figure</source>
        <translation>Wynik kwartału</translation>
    </message>
    <message>
        <source>Year&apos;s figure</source>
        <translation>Wynik roku</translation>
    </message>
    <message>
        <source>What the target speaks of</source>
        <translation>Czego dotyczy wartość docelowa</translation>
    </message>
    <message>
        <source>Count it as</source>
        <translation>Licz jako</translation>
    </message>
    <message>
        <source>Judge health over the last</source>
        <translation>Oceniaj stan za ostatnie</translation>
    </message>
    <message>
        <source>Health looks back over this many complete periods; the usual is {count}.</source>
        <translation>Stan ocenia się na podstawie tylu pełnych okresów wstecz; zwykle jest to {count}.</translation>
    </message>
</context>
<context>
    <name>CurvePreview</name>
    <message>
        <source>Preview of the planned path</source>
        <translation>Podgląd planowanej ścieżki</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>like {example}</source>
        <translation>np. {example}</translation>
    </message>
    <message>
        <source>Pick a date on the calendar</source>
        <translation>Wybierz datę w kalendarzu</translation>
    </message>
    <message>
        <source>{field}: the date is outside the years {first} to {last}</source>
        <translation>{field}: data wykracza poza lata {first}–{last}</translation>
    </message>
    <message>
        <source>{field}: please type a date, like {example}</source>
        <translation>{field}: wpisz datę, np. {example}</translation>
    </message>
</context>
<context>
    <name>DemoPlan</name>
    <message>
        <source>Maria Lopez</source>
        <comment>The owner and head baker, a woman. A local name is welcome: its first word is {owner} in other texts</comment>
        <translation>Maria Kowalska</translation>
    </message>
    <message>
        <source>Sunrise Bakery</source>
        <comment>The sample bakery&apos;s name, also {business} in the vision</comment>
        <translation>Piekarnia Jutrzenka</translation>
    </message>
    <message>
        <source>Sam O&apos;Brien</source>
        <comment>The shop lead, a man. A local name is welcome: its first word is {shop_lead} in other texts</comment>
        <translation>Tomasz Wiśniewski</translation>
    </message>
    <message>
        <source>Tomás Keane</source>
        <comment>The apprentice baker, a young man. A local name is welcome: its first word is {apprentice} in other texts</comment>
        <translation>Kuba Zieliński</translation>
    </message>
    <message>
        <source>Aoife Byrne</source>
        <comment>The weekend baker, a woman. A local name is welcome: its first word is {weekend_baker} in other texts</comment>
        <translation>Ania Lewandowska</translation>
    </message>
    <message>
        <source>Declan Murphy</source>
        <comment>The delivery driver, a man (no longer with the bakery). A local name is welcome</comment>
        <translation>Marek Wójcik</translation>
    </message>
    <message>
        <source>Harbour Cafe</source>
        <comment>A cafe&apos;s name, also {harbour_cafe} in other texts; a local one is welcome</comment>
        <translation>Kawiarnia Przystań</translation>
    </message>
    <message>
        <source>Mill Lane Cafe</source>
        <comment>Another cafe&apos;s name, also {mill_lane_cafe} in other texts; a local one is welcome</comment>
        <translation>Kawiarnia Pod Młynem</translation>
    </message>
    <message>
        <source>Owner and head baker</source>
        <translation>Właścicielka i główna piekarka</translation>
    </message>
    <message>
        <source>Shop lead</source>
        <translation>Kierownik sklepu</translation>
    </message>
    <message>
        <source>Apprentice baker</source>
        <translation>Uczeń piekarza</translation>
    </message>
    <message>
        <source>Weekend baker</source>
        <translation>Piekarka weekendowa</translation>
    </message>
    <message>
        <source>Delivery driver (left in the summer)</source>
        <translation>Kierowca dostaw (odszedł latem)</translation>
    </message>
    <message>
        <source>Mondays and Tuesdays are still baked like Fridays; the bank holiday week left a whole rack unsold.</source>
        <translation>W poniedziałki i wtorki wciąż pieczemy tyle co w piątki; w tygodniu ze świętem został cały regał niesprzedanego pieczywa.</translation>
    </message>
    <message>
        <source>Butter went up twice since the summer.</source>
        <translation>Masło od lata podrożało dwa razy.</translation>
    </message>
    <message>
        <source>Reviews mention the weekday queue at 8 am.</source>
        <translation>W opiniach klienci piszą o kolejce o 8 rano w dni powszednie.</translation>
    </message>
    <message>
        <source>Only {harbour_cafe} so far: the tasting visits have not happened yet.</source>
        <translation>Na razie tylko {harbour_cafe}: wizyt z degustacją jeszcze nie było.</translation>
    </message>
    <message>
        <source>Bake the afternoon batch to order from next month.</source>
        <translation>Od przyszłego miesiąca popołudniowy wypiek tylko na zamówienie.</translation>
    </message>
    <message>
        <source>{owner} books the cafe visits this week.</source>
        <translation>{owner} w tym tygodniu umawia wizyty w kawiarniach.</translation>
    </message>
    <message>
        <source>{apprentice} does two solo bakes a week.</source>
        <translation>{apprentice} robi dwa samodzielne wypieki w tygodniu.</translation>
    </message>
    <message>
        <source>Revenue is ahead of plan thanks to Sunday opening. Waste is still too high on Mondays and Tuesdays. Only one cafe so far: the tasting visits have not happened yet.</source>
        <translation>Sprzedaż jest powyżej planu dzięki otwarciu w niedziele. W poniedziałki i wtorki wciąż wyrzucamy za dużo. Na razie tylko jedna kawiarnia: wizyt z degustacją jeszcze nie było.</translation>
    </message>
    <message>
        <source>Bake good bread and sell more of it.</source>
        <translation>Piec dobry chleb i więcej go sprzedawać.</translation>
    </message>
    <message>
        <source>We need to pay the bills and keep the shop open.</source>
        <translation>Musimy płacić rachunki i utrzymać sklep.</translation>
    </message>
    <message>
        <source>{business} bakes honest bread for our neighbours every morning. Next year more people start their day with us, in our shop and in the cafes nearby. We throw less bread away, and our team learns and stays.</source>
        <translation>{business} co rano piecze uczciwy chleb dla sąsiadów. W przyszłym roku więcej ludzi zaczyna dzień z nami, w naszym sklepie i w okolicznych kawiarniach. Wyrzucamy mniej chleba, a nasz zespół się uczy i zostaje z nami.</translation>
    </message>
    <message>
        <source>A busy, friendly shop pays fair wages and lets us keep real sourdough at a fair price.</source>
        <translation>Pełny, życzliwy sklep pozwala płacić uczciwe pensje i sprzedawać prawdziwy chleb na zakwasie w uczciwej cenie.</translation>
    </message>
    <message>
        <source>More sales in the shop and to cafes keep the bakery safe.</source>
        <translation>Większa sprzedaż w sklepie i do kawiarni daje piekarni bezpieczeństwo.</translation>
    </message>
    <message>
        <source>Flour and butter prices keep rising.</source>
        <translation>Ceny mąki i masła ciągle rosną.</translation>
    </message>
    <message>
        <source>Most new customers find us on Google Maps.</source>
        <translation>Większość nowych klientów znajduje nas w Mapach Google.</translation>
    </message>
    <message>
        <source>Wholesale uses the oven in the quiet hours.</source>
        <translation>Dostawy hurtowe wykorzystują piec w spokojnych godzinach.</translation>
    </message>
    <message>
        <source>Every unsold loaf is money and flour thrown away.</source>
        <translation>Każdy niesprzedany bochenek to wyrzucone pieniądze i mąka.</translation>
    </message>
    <message>
        <source>{owner} needs a day off, and {apprentice} wants to become a baker.</source>
        <translation>{owner} potrzebuje dnia wolnego, a {apprentice} chce zostać piekarzem.</translation>
    </message>
    <message>
        <source>Anyone should be able to feed the starter.</source>
        <translation>Każdy powinien umieć dokarmić zakwas.</translation>
    </message>
    <message numerus="yes">
        <source>Supply bread to %n local cafe(s) by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>
            <numerusform>Dostarczać chleb do %n okolicznej kawiarni, termin: {month}</numerusform>
            <numerusform>Dostarczać chleb do %n okolicznych kawiarni, termin: {month}</numerusform>
            <numerusform>Dostarczać chleb do %n okolicznych kawiarni, termin: {month}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{apprentice} bakes %n sourdough batch(es) on his own by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>
            <numerusform>{apprentice} sam piecze %n partię chleba na zakwasie, termin: {month}</numerusform>
            <numerusform>{apprentice} sam piecze %n partie chleba na zakwasie, termin: {month}</numerusform>
            <numerusform>{apprentice} sam piecze %n partii chleba na zakwasie, termin: {month}</numerusform>
        </translation>
    </message>
    <message>
        <source>Grow weekly revenue to {amount} by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Zwiększyć tygodniową sprzedaż do {amount}, termin: {month}</translation>
    </message>
    <message>
        <source>Keep ingredient costs between {low} and {high} of sales until {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Utrzymać koszt składników między {low} a {high} sprzedaży, termin: {month}</translation>
    </message>
    <message>
        <source>Raise our Google review rating to {rating} by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Podnieść ocenę w Google do {rating}, termin: {month}</translation>
    </message>
    <message>
        <source>Cut unsold bread to {share} of what we bake by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Ograniczyć niesprzedany chleb do {share} wypieku, termin: {month}</translation>
    </message>
    <message>
        <source>Write down our sourdough routine by {day}</source>
        <comment>{day}: a date such as &apos;11 January 2027&apos;</comment>
        <translation>Spisać naszą metodę pracy z zakwasem do {day}</translation>
    </message>
    <message>
        <source>stars</source>
        <comment>A unit, written after numbers: &apos;4.7 stars&apos;</comment>
        <translation>gwiazdki</translation>
    </message>
    <message>
        <source>cafes</source>
        <comment>A unit, written after numbers: &apos;2 cafes&apos;</comment>
        <translation>kawiarnie</translation>
    </message>
    <message>
        <source>bakes</source>
        <comment>A unit, written after numbers: &apos;12 bakes&apos;</comment>
        <translation>wypieków</translation>
    </message>
    <message>
        <source>Weekly revenue</source>
        <translation>Sprzedaż tygodniowa</translation>
    </message>
    <message>
        <source>Ingredient cost share of sales</source>
        <translation>Koszt składników jako część sprzedaży</translation>
    </message>
    <message>
        <source>Google review rating</source>
        <translation>Ocena w Google</translation>
    </message>
    <message>
        <source>Cafes supplied</source>
        <translation>Zaopatrywane kawiarnie</translation>
    </message>
    <message>
        <source>Unsold bread</source>
        <translation>Niesprzedany chleb</translation>
    </message>
    <message>
        <source>Sourdough bakes done alone</source>
        <translation>Samodzielne wypieki na zakwasie</translation>
    </message>
    <message>
        <source>First Sunday opening</source>
        <translation>Pierwsze otwarcie w niedzielę</translation>
    </message>
    <message>
        <source>Bank holiday week: fewer customers than we baked for</source>
        <translation>Tydzień ze świętem: mniej klientów, niż napiekliśmy</translation>
    </message>
    <message>
        <source>{harbour_cafe}, five mornings a week</source>
        <translation>{harbour_cafe}, pięć poranków w tygodniu</translation>
    </message>
    <message>
        <source>Add a savoury lunch range of three items</source>
        <translation>Wprowadzić trzy wytrawne przekąski na lunch</translation>
    </message>
    <message>
        <source>Open on Sunday mornings</source>
        <translation>Otwierać w niedzielę rano</translation>
    </message>
    <message>
        <source>Take Christmas pre-orders at the till</source>
        <translation>Przyjmować przy kasie zamówienia na święta</translation>
    </message>
    <message>
        <source>Compare flour prices from two mills</source>
        <translation>Porównać ceny mąki z dwóch młynów</translation>
    </message>
    <message>
        <source>Put a &apos;Review us on Google&apos; card by the till</source>
        <translation>Postawić przy kasie kartkę „Oceń nas w Google”</translation>
    </message>
    <message>
        <source>Reply to every Google review within two days</source>
        <translation>Odpowiadać na każdą opinię w Google w ciągu dwóch dni</translation>
    </message>
    <message>
        <source>Write cafe prices and delivery terms</source>
        <translation>Spisać ceny i warunki dostaw dla kawiarni</translation>
    </message>
    <message>
        <source>Visit six cafes with a tasting box</source>
        <translation>Odwiedzić sześć kawiarni z pudełkiem do degustacji</translation>
    </message>
    <message>
        <source>Buy a second set of delivery crates</source>
        <translation>Kupić drugi komplet skrzynek do dostaw</translation>
    </message>
    <message>
        <source>Sign a supply agreement with {mill_lane_cafe}</source>
        <translation>Podpisać umowę na dostawy: {mill_lane_cafe}</translation>
    </message>
    <message>
        <source>Count unsold loaves every evening</source>
        <translation>Co wieczór liczyć niesprzedane bochenki</translation>
    </message>
    <message>
        <source>Sell day-old bread at half price</source>
        <translation>Sprzedawać wczorajszy chleb za pół ceny</translation>
    </message>
    <message>
        <source>Bake the afternoon batch to order</source>
        <translation>Piec popołudniową partię na zamówienie</translation>
    </message>
    <message>
        <source>{apprentice} shadows {owner} on sourdough mornings</source>
        <translation>{apprentice} towarzyszy przy porannym wypieku na zakwasie; prowadzi {owner}</translation>
    </message>
    <message>
        <source>First solo bake with {owner} checking</source>
        <translation>Pierwszy samodzielny wypiek; sprawdza {owner}</translation>
    </message>
    <message>
        <source>{apprentice} runs the weekend sourdough bakes</source>
        <translation>{apprentice} prowadzi weekendowe wypieki na zakwasie</translation>
    </message>
    <message>
        <source>Photograph each stage of feeding the starter</source>
        <translation>Sfotografować każdy etap dokarmiania zakwasu</translation>
    </message>
    <message>
        <source>Write the routine on one laminated page</source>
        <translation>Spisać metodę na jednej zalaminowanej kartce</translation>
    </message>
    <message>
        <source>Millbrook Flour</source>
        <comment>A mill&apos;s name; a local one is welcome</comment>
        <translation>Młyn Podgórze</translation>
    </message>
    <message>
        <source>The evening waste count takes five minutes. The sheet by the back door works.</source>
        <translation>Wieczorne liczenie strat zajmuje pięć minut. Kartka przy tylnych drzwiach się sprawdza.</translation>
    </message>
    <message>
        <source>Keep it; {shop_lead} types the totals into the plan every Monday.</source>
        <translation>Zostawiamy; {shop_lead} w każdy poniedziałek wpisuje sumy do planu.</translation>
    </message>
    <message>
        <source>Sunday opening needs two people from 8 to 10.</source>
        <translation>Otwarcie w niedzielę wymaga dwóch osób od 8 do 10.</translation>
    </message>
    <message>
        <source>{weekend_baker} covers Sundays.</source>
        <translation>{weekend_baker} bierze niedziele.</translation>
    </message>
    <message numerus="yes">
        <source>Flour goes up {rise} next quarter. We can fix the price if you order for %n month(s).</source>
        <translation>
            <numerusform>Mąka podrożeje o {rise} w przyszłym kwartale. Możemy zablokować cenę, jeśli zamówicie na %n miesiąc.</numerusform>
            <numerusform>Mąka podrożeje o {rise} w przyszłym kwartale. Możemy zablokować cenę, jeśli zamówicie na %n miesiące.</numerusform>
            <numerusform>Mąka podrożeje o {rise} w przyszłym kwartale. Możemy zablokować cenę, jeśli zamówicie na %n miesięcy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide at the quarterly review.</source>
        <translation>Decyzja na przeglądzie kwartalnym.</translation>
    </message>
    <message>
        <source>Dairy co-op</source>
        <translation>Spółdzielnia mleczarska</translation>
    </message>
    <message>
        <source>We can deliver butter twice a week instead of once.</source>
        <translation>Możemy dowozić masło dwa razy w tygodniu zamiast raz.</translation>
    </message>
    <message>
        <source>Once a week is enough for now.</source>
        <translation>Na razie wystarczy raz w tygodniu.</translation>
    </message>
    <message>
        <source>Could I learn the rye starter too?</source>
        <translation>Czy mogę nauczyć się też zakwasu żytniego?</translation>
    </message>
    <message>
        <source>Yes, after the first solo bakes.</source>
        <translation>Tak, po pierwszych samodzielnych wypiekach.</translation>
    </message>
    <message>
        <source>Google review</source>
        <comment>Where a customer&apos;s words came from</comment>
        <translation>Opinia w Google</translation>
    </message>
    <message>
        <source>The queue is too long at 8 am on weekdays.</source>
        <translation>W dni powszednie o 8 rano kolejka jest za długa.</translation>
    </message>
    <message numerus="yes">
        <source>We would take %n loaf/loaves a day if you deliver before 7:30.</source>
        <translation>
            <numerusform>Bralibyśmy %n bochenek dziennie, jeśli dowieziecie przed 7:30.</numerusform>
            <numerusform>Bralibyśmy %n bochenki dziennie, jeśli dowieziecie przed 7:30.</numerusform>
            <numerusform>Bralibyśmy %n bochenków dziennie, jeśli dowieziecie przed 7:30.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mrs Walsh, regular customer</source>
        <comment>A customer&apos;s name and who she is; a local name is welcome</comment>
        <translation>Pani Halina, stała klientka</translation>
    </message>
    <message>
        <source>Can you bake a seeded rye on Saturdays?</source>
        <translation>Czy możecie piec w soboty chleb żytni z ziarnami?</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>Goals are what the business wants to reach, each with someone who owns it, a date and a number that shows progress.</source>
        <translation>Cele to to, co firma chce osiągnąć: każdy ma osobę odpowiedzialną, termin i liczbę, która pokazuje postęp.</translation>
    </message>
    <message>
        <source>Add your first goal…</source>
        <translation>Dodaj pierwszy cel…</translation>
    </message>
    <message>
        <source>Add a goal with a number…</source>
        <translation>Dodaj cel z liczbą…</translation>
    </message>
    <message>
        <source>Here you record the real figures, day by day or week by week, and see them against the plan. First add a goal with a number to measure.</source>
        <translation>Tu wpisuje się prawdziwe wyniki, dzień po dniu albo tydzień po tygodniu, i porównuje je z planem. Najpierw dodaj cel z liczbą do mierzenia.</translation>
    </message>
    <message>
        <source>The chart shows how a number moves against its plan, week after week. Add a goal with a number to measure, or with steps, to see one.</source>
        <translation>Wykres pokazuje, jak liczba zmienia się wobec planu, tydzień po tygodniu. Aby go zobaczyć, dodaj cel z liczbą do mierzenia albo z krokami.</translation>
    </message>
    <message>
        <source>Everyone who owns a goal or a step, yourself too, so every piece of work has a name on it.</source>
        <translation>Wszyscy, którzy odpowiadają za cel lub krok, także Ty, żeby każda praca miała przypisaną osobę.</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Dodaj osobę…</translation>
    </message>
    <message>
        <source>What your team, customers and suppliers tell you: note it, answer it, and turn a good idea into a step.</source>
        <translation>To, co mówią zespół, klienci i dostawcy: zapisz, odpowiedz, a dobry pomysł zamień w krok.</translation>
    </message>
    <message>
        <source>Add feedback…</source>
        <translation>Dodaj uwagi…</translation>
    </message>
    <message>
        <source>Look at the plan together at a regular rhythm, see what changed, and keep what you decided.</source>
        <translation>Regularnie przeglądajcie plan razem, sprawdzajcie, co się zmieniło, i zapisujcie, co ustaliliście.</translation>
    </message>
    <message>
        <source>Hold your first review…</source>
        <translation>Zrób pierwszy przegląd…</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <source>Something went wrong inside BakeryPlan, so what you just did may not have happened.

Your plan file is safe: every change is saved on its own, whole or not at all.</source>
        <translation>W BakeryPlan coś poszło nie tak, więc ostatnia czynność mogła się nie wykonać.

Plik planu jest bezpieczny: każda zmiana zapisuje się osobno, w całości albo wcale.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}
Please send that file along if you report the problem.</source>
        <translation>Szczegóły są w pliku dziennika:
{path}
Zgłaszając problem, prosimy dołączyć ten plik.</translation>
    </message>
    <message>
        <source>The details could not be written to the log file {path}.</source>
        <translation>Nie udało się zapisać szczegółów w pliku dziennika {path}.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Received</source>
        <translation>Otrzymano</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od kogo</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation>Powiązany cel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No feedback yet. Use Add feedback to note what your team, customers and suppliers tell you, link it to a goal, and answer it at the next review.</source>
        <translation>Nie ma jeszcze uwag. Przyciskiem Dodaj uwagi zapisz, co mówią zespół, klienci i dostawcy, powiąż to z celem i odpowiedz na następnym przeglądzie.</translation>
    </message>
    <message>
        <source>&amp;Add feedback…</source>
        <translation>&amp;Dodaj uwagi…</translation>
    </message>
    <message>
        <source>Ed&amp;it and respond…</source>
        <translation>&amp;Edytuj i odpowiedz…</translation>
    </message>
    <message>
        <source>&amp;Link to goal…</source>
        <translation>&amp;Powiąż z celem…</translation>
    </message>
    <message>
        <source>Make a s&amp;tep…</source>
        <translation>Zrób z tego &amp;krok…</translation>
    </message>
    <message>
        <source>Add a step for this feedback and mark it adopted, in one go</source>
        <translation>Dodaj krok na podstawie tej uwagi i od razu oznacz ją jako przyjętą</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Status of the selected feedback</source>
        <translation>Status wybranej uwagi</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Response: {response}</source>
        <translation>Odpowiedź: {response}</translation>
    </message>
    <message>
        <source>Link to goal</source>
        <translation>Powiąż z celem</translation>
    </message>
    <message>
        <source>Which goal is this feedback about?</source>
        <translation>Którego celu dotyczy ta uwaga?</translation>
    </message>
    <message>
        <source>Make a step</source>
        <translation>Utwórz krok</translation>
    </message>
    <message>
        <source>A step belongs to a goal. Add a goal on the Goals tab first.</source>
        <translation>Krok należy do celu. Najpierw dodaj cel na karcie Cele.</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Usuń uwagę</translation>
    </message>
    <message>
        <source>Delete this feedback? You can undo this.</source>
        <translation>Usunąć tę uwagę? Można to cofnąć.</translation>
    </message>
</context>
<context>
    <name>FirstGoal</name>
    <message>
        <source>Add your first goal</source>
        <translation>Dodaj pierwszy cel</translation>
    </message>
    <message>
        <source>Your plan is ready. The next step is a first goal: something the business wants to reach, who owns it, by when, and a number that shows progress.

The goal wizard asks for each in turn; it takes a few minutes.</source>
        <translation>Plan jest gotowy. Następny krok to pierwszy cel: co firma chce osiągnąć, kto za to odpowiada, do kiedy i jaka liczba pokaże postęp.

Kreator celu zapyta o każdą z tych rzeczy po kolei; zajmie to kilka minut.</translation>
    </message>
    <message>
        <source>Add your first goal…</source>
        <translation>Dodaj pierwszy cel…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>{field}: the number is outside the range {low} to {high}</source>
        <translation>{field}: liczba wykracza poza zakres od {low} do {high}</translation>
    </message>
    <message>
        <source>{field}: please type a number, like 12 or 3.5</source>
        <translation>{field}: wpisz liczbę, np. 12 albo 3,5</translation>
    </message>
    <message>
        <source>{field} is needed.</source>
        <translation>Pole „{field}” jest wymagane.</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <source>The goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Say what you want to achieve, who leads it and by when.</source>
        <translation>Napisz, co chcesz osiągnąć, kto za to odpowiada i do kiedy.</translation>
    </message>
    <message>
        <source>e.g. Sell 400 sourdough loaves a week by June</source>
        <translation>np. Sprzedawać 400 chlebów na zakwasie tygodniowo do czerwca</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Why this goal matters (optional)</source>
        <translation>Dlaczego ten cel jest ważny (opcjonalnie)</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Cel:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Obszar:</translation>
    </message>
    <message>
        <source>Who leads it:</source>
        <translation>Kto odpowiada:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Do kiedy:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Dlaczego:</translation>
    </message>
    <message>
        <source>How you will know</source>
        <translation>Jak poznasz postęp</translation>
    </message>
    <message>
        <source>A number to watch makes progress visible. You can skip this.</source>
        <translation>Liczba do obserwowania pokazuje postęp. Można to pominąć.</translation>
    </message>
    <message>
        <source>Measure this goal with a number</source>
        <translation>Mierz ten cel liczbą</translation>
    </message>
    <message>
        <source>&amp;Add this measure to the goal</source>
        <translation>&amp;Dodaj ten wskaźnik do celu</translation>
    </message>
    <message>
        <source>Plan from last &amp;year…</source>
        <translation>Plan na podstawie zeszłego &amp;roku…</translation>
    </message>
    <message>
        <source>Draw a seasonal plan from a year of another measure&apos;s entries</source>
        <translation>Utwórz plan sezonowy na podstawie rocznych wpisów innego wskaźnika</translation>
    </message>
    <message>
        <source>Is the goal clear?</source>
        <translation>Czy cel jest jasny?</translation>
    </message>
    <message>
        <source>The measure&apos;s target date, {when}, is after the goal is due ({due}).</source>
        <translation>Termin wskaźnika ({when}) przypada po terminie celu ({due}).</translation>
    </message>
    <message>
        <source>No measure will be added: tick the box to add “{name}”.</source>
        <translation>Żaden wskaźnik nie zostanie dodany: zaznacz pole, aby dodać „{name}”.</translation>
    </message>
    <message>
        <source>No measure will be added. Type a name to add one, or go on: progress is then followed by the steps.</source>
        <translation>Żaden wskaźnik nie zostanie dodany. Wpisz nazwę, aby go dodać, albo przejdź dalej: postęp będzie wtedy liczony po krokach.</translation>
    </message>
    <message>
        <source>Type a name for the measure, or untick the box to skip it.</source>
        <translation>Wpisz nazwę wskaźnika albo odznacz pole, aby go pominąć.</translation>
    </message>
    <message>
        <source>“{name}” will be added to the goal.</source>
        <translation>Wskaźnik „{name}” zostanie dodany do celu.</translation>
    </message>
    <message>
        <source> A number to reach</source>
        <translation> Liczba do osiągnięcia</translation>
    </message>
    <message>
        <source> No number yet: how much?</source>
        <translation> Brak liczby: ile?</translation>
    </message>
    <message>
        <source> A date</source>
        <translation> Termin</translation>
    </message>
    <message>
        <source> No date yet: by when?</source>
        <translation> Brak terminu: do kiedy?</translation>
    </message>
    <message>
        <source> An owner</source>
        <translation> Osoba odpowiedzialna</translation>
    </message>
    <message>
        <source> Nobody leads it yet: who?</source>
        <translation> Nikt jeszcze nie odpowiada: kto?</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Check the goal. Finish adds it to the plan; Undo takes it out.</source>
        <translation>Sprawdź cel. „Zakończ” dodaje go do planu, „Cofnij” go usuwa.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Dodaj cel</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>jeszcze nikt</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>jeszcze bez terminu</translation>
    </message>
    <message>
        <source>Goal: {title}</source>
        <translation>Cel: {title}</translation>
    </message>
    <message>
        <source>Area: {name}</source>
        <translation>Obszar: {name}</translation>
    </message>
    <message>
        <source>Led by: {name}</source>
        <translation>Odpowiada: {name}</translation>
    </message>
    <message>
        <source>Due: {due}</source>
        <translation>Termin: {due}</translation>
    </message>
    <message>
        <source>Measure: {name}, from {start} to {target} by {when}</source>
        <translation>Wskaźnik: {name}, z {start} na {target} do {when}</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n step(s) is/are due after the goal.</source>
        <translation>
            <numerusform>Ostrzeżenie: %n krok ma termin późniejszy niż cel.</numerusform>
            <numerusform>Ostrzeżenie: %n kroki mają termin późniejszy niż cel.</numerusform>
            <numerusform>Ostrzeżenie: %n kroków ma termin późniejszy niż cel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a day, counted as {counting}; health judges the last %n day(s).</source>
        <translation>
            <numerusform>  Wartość docelowa dotyczy dnia, liczona jako {counting}; stan ocenia się za ostatni %n dzień.</numerusform>
            <numerusform>  Wartość docelowa dotyczy dnia, liczona jako {counting}; stan ocenia się za ostatnie %n dni.</numerusform>
            <numerusform>  Wartość docelowa dotyczy dnia, liczona jako {counting}; stan ocenia się za ostatnie %n dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a week, counted as {counting}; health judges the last %n week(s).</source>
        <translation>
            <numerusform>  Wartość docelowa dotyczy tygodnia, liczona jako {counting}; stan ocenia się za ostatni %n tydzień.</numerusform>
            <numerusform>  Wartość docelowa dotyczy tygodnia, liczona jako {counting}; stan ocenia się za ostatnie %n tygodnie.</numerusform>
            <numerusform>  Wartość docelowa dotyczy tygodnia, liczona jako {counting}; stan ocenia się za ostatnie %n tygodni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a month, counted as {counting}; health judges the last %n month(s).</source>
        <translation>
            <numerusform>  Wartość docelowa dotyczy miesiąca, liczona jako {counting}; stan ocenia się za ostatni %n miesiąc.</numerusform>
            <numerusform>  Wartość docelowa dotyczy miesiąca, liczona jako {counting}; stan ocenia się za ostatnie %n miesiące.</numerusform>
            <numerusform>  Wartość docelowa dotyczy miesiąca, liczona jako {counting}; stan ocenia się za ostatnie %n miesięcy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a quarter, counted as {counting}; health judges the last %n quarter(s).</source>
        <translation>
            <numerusform>  Wartość docelowa dotyczy kwartału, liczona jako {counting}; stan ocenia się za ostatni %n kwartał.</numerusform>
            <numerusform>  Wartość docelowa dotyczy kwartału, liczona jako {counting}; stan ocenia się za ostatnie %n kwartały.</numerusform>
            <numerusform>  Wartość docelowa dotyczy kwartału, liczona jako {counting}; stan ocenia się za ostatnie %n kwartałów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a year, counted as {counting}; health judges the last %n year(s).</source>
        <translation>
            <numerusform>  Wartość docelowa dotyczy roku, liczona jako {counting}; stan ocenia się za ostatni %n rok.</numerusform>
            <numerusform>  Wartość docelowa dotyczy roku, liczona jako {counting}; stan ocenia się za ostatnie %n lata.</numerusform>
            <numerusform>  Wartość docelowa dotyczy roku, liczona jako {counting}; stan ocenia się za ostatnie %n lat.</numerusform>
        </translation>
    </message>
    <message>
        <source>No measure: progress is followed by the steps.</source>
        <translation>Bez wskaźnika: postęp liczony jest po krokach.</translation>
    </message>
    <message>
        <source>Steps ({count}):</source>
        <translation>Kroki ({count}):</translation>
    </message>
    <message>
        <source>  • {title}: {owner}, by {due}</source>
        <translation>  • {title}: {owner}, do {due}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>bez terminu</translation>
    </message>
    <message>
        <source>New people: {names}</source>
        <translation>Nowe osoby: {names}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Ostrzeżenie: {warning}</translation>
    </message>
    <message>
        <source>This plan is open read-only, so goals cannot be added here.</source>
        <translation>Ten plan jest otwarty tylko do odczytu, więc nie można tu dodawać celów.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Break the goal into small steps. Each needs someone and a date.</source>
        <translation>Podziel cel na małe kroki. Każdy potrzebuje osoby i terminu.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Do kiedy</translation>
    </message>
    <message>
        <source>Add a &amp;step</source>
        <translation>Dodaj &amp;krok</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Usuń krok</translation>
    </message>
    <message>
        <source>Someone ne&amp;w to help? Add them here:</source>
        <translation>Ktoś &amp;nowy do pomocy? Dodaj go tutaj:</translation>
    </message>
    <message>
        <source>e.g. Test three sourdough recipes</source>
        <translation>np. Wypróbować trzy przepisy na zakwas</translation>
    </message>
    <message>
        <source>&quot;{step}&quot;</source>
        <translation>„{step}”</translation>
    </message>
    <message>
        <source>&quot;{step}&quot; is due after the goal ({goal_due}).</source>
        <translation>„{step}” ma termin późniejszy niż cel ({goal_due}).</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>No goal yet</source>
        <translation>Nie ma jeszcze celu</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Brak osoby</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Bez terminu</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} z %n kroku wykonane</numerusform>
            <numerusform>{done} z %n kroków wykonane</numerusform>
            <numerusform>{done} z %n kroków wykonane</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Osiągnięty</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Porzucony</translation>
    </message>
    <message>
        <source>Measure: {name}</source>
        <translation>Wskaźnik: {name}</translation>
    </message>
    <message>
        <source>keep {low} to {high}</source>
        <translation>utrzymać od {low} do {high}</translation>
    </message>
    <message>
        <source>keep at least {low}</source>
        <translation>utrzymać co najmniej {low}</translation>
    </message>
    <message>
        <source>keep at most {high}</source>
        <translation>utrzymać najwyżej {high}</translation>
    </message>
    <message>
        <source>planned {planned}</source>
        <translation>plan {planned}</translation>
    </message>
    <message>
        <source>aim {target}</source>
        <translation>docelowo {target}</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>z {target}</translation>
    </message>
    <message>
        <source>nothing recorded, {aim}</source>
        <translation>nic nie wpisano, {aim}</translation>
    </message>
    <message>
        <source>✓ Done {day}</source>
        <translation>✓ Wykonano {day}</translation>
    </message>
    <message>
        <source>! Overdue</source>
        <translation>! Po terminie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Do zrobienia</translation>
    </message>
    <message>
        <source>Goals, measures and steps</source>
        <extracomment>What the tree shows: a change of anything else leaves it alone.</extracomment>
        <translation>Cele, wskaźniki i kroki</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Dodaj &amp;cel…</translation>
    </message>
    <message>
        <source>&amp;Quick goal…</source>
        <translation>&amp;Szybki cel…</translation>
    </message>
    <message>
        <source>Add a goal in one plain form</source>
        <translation>Dodaj cel w jednym prostym formularzu</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>Dodaj &amp;wskaźnik…</translation>
    </message>
    <message>
        <source>Add s&amp;tep…</source>
        <translation>Dodaj &amp;krok…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>W &amp;dół</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Oznacz jako w&amp;ykonane</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>W górę (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>W dół (Alt+Down)</translation>
    </message>
    <message>
        <source>Mark not d&amp;one</source>
        <translation>Oznacz jako niew&amp;ykonane</translation>
    </message>
    <message>
        <source>{measures}, {actuals}, {steps}</source>
        <translation>{measures}, {actuals}, {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n wskaźnik</numerusform>
            <numerusform>%n wskaźniki</numerusform>
            <numerusform>%n wskaźników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s)</source>
        <translation>
            <numerusform>%n wynik</numerusform>
            <numerusform>%n wyniki</numerusform>
            <numerusform>%n wyników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n krok</numerusform>
            <numerusform>%n kroki</numerusform>
            <numerusform>%n kroków</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the goal “{title}” with its measures, recorded actuals and steps ({counts})? You can undo this.</source>
        <translation>Usunąć cel „{title}” razem ze wskaźnikami, wpisanymi wynikami i krokami ({counts})? Można to cofnąć.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Usuń cel</translation>
    </message>
    <message>
        <source>Delete the measure “{name}” and all its recorded actuals ({count})? You can undo this.</source>
        <translation>Usunąć wskaźnik „{name}” i wszystkie jego wpisane wyniki ({count})? Można to cofnąć.</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Usuń wskaźnik</translation>
    </message>
    <message>
        <source>Delete the step “{title}”? You can undo this.</source>
        <translation>Usunąć krok „{title}”? Można to cofnąć.</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Usuń krok</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>How BakeryPlan works</source>
        <translation>Jak działa BakeryPlan</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message numerus="yes">
        <source>The weekly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>Przegląd tygodniowy miał termin {day}: %n dzień spóźnienia.</numerusform>
            <numerusform>Przegląd tygodniowy miał termin {day}: %n dni spóźnienia.</numerusform>
            <numerusform>Przegląd tygodniowy miał termin {day}: %n dni spóźnienia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>Przegląd miesięczny miał termin {day}: %n dzień spóźnienia.</numerusform>
            <numerusform>Przegląd miesięczny miał termin {day}: %n dni spóźnienia.</numerusform>
            <numerusform>Przegląd miesięczny miał termin {day}: %n dni spóźnienia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>Przegląd kwartalny miał termin {day}: %n dzień spóźnienia.</numerusform>
            <numerusform>Przegląd kwartalny miał termin {day}: %n dni spóźnienia.</numerusform>
            <numerusform>Przegląd kwartalny miał termin {day}: %n dni spóźnienia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>Przegląd miał termin {day}: %n dzień spóźnienia.</numerusform>
            <numerusform>Przegląd miał termin {day}: %n dni spóźnienia.</numerusform>
            <numerusform>Przegląd miał termin {day}: %n dni spóźnienia.</numerusform>
        </translation>
    </message>
    <message>
        <source>The weekly review is due today, {day}.</source>
        <translation>Przegląd tygodniowy ma termin dzisiaj, {day}.</translation>
    </message>
    <message>
        <source>The monthly review is due today, {day}.</source>
        <translation>Przegląd miesięczny ma termin dzisiaj, {day}.</translation>
    </message>
    <message>
        <source>The quarterly review is due today, {day}.</source>
        <translation>Przegląd kwartalny ma termin dzisiaj, {day}.</translation>
    </message>
    <message>
        <source>The review is due today, {day}.</source>
        <translation>Przegląd ma termin dzisiaj, {day}.</translation>
    </message>
    <message numerus="yes">
        <source>The weekly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>Przegląd tygodniowy ma termin {day}, za %n dzień.</numerusform>
            <numerusform>Przegląd tygodniowy ma termin {day}, za %n dni.</numerusform>
            <numerusform>Przegląd tygodniowy ma termin {day}, za %n dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>Przegląd miesięczny ma termin {day}, za %n dzień.</numerusform>
            <numerusform>Przegląd miesięczny ma termin {day}, za %n dni.</numerusform>
            <numerusform>Przegląd miesięczny ma termin {day}, za %n dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>Przegląd kwartalny ma termin {day}, za %n dzień.</numerusform>
            <numerusform>Przegląd kwartalny ma termin {day}, za %n dni.</numerusform>
            <numerusform>Przegląd kwartalny ma termin {day}, za %n dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>Przegląd ma termin {day}, za %n dzień.</numerusform>
            <numerusform>Przegląd ma termin {day}, za %n dni.</numerusform>
            <numerusform>Przegląd ma termin {day}, za %n dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every week.</source>
        <translation>Nie było jeszcze przeglądu; plan zakłada wspólne spojrzenie na niego co tydzień.</translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every month.</source>
        <translation>Nie było jeszcze przeglądu; plan zakłada wspólne spojrzenie na niego co miesiąc.</translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every quarter.</source>
        <translation>Nie było jeszcze przeglądu; plan zakłada wspólne spojrzenie na niego co kwartał.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>&amp;Record today&apos;s figures</source>
        <translation>&amp;Wpisz dzisiejsze wyniki</translation>
    </message>
    <message>
        <source>Print huddle &amp;sheet…</source>
        <translation>Drukuj &amp;kartę odprawy…</translation>
    </message>
    <message>
        <source>I&amp;mport actuals…</source>
        <translation>I&amp;mportuj wyniki…</translation>
    </message>
    <message>
        <source>Numbers behind plan</source>
        <translation>Liczby poniżej planu</translation>
    </message>
    <message>
        <source>Every number is on track or has not started yet.</source>
        <translation>Wszystkie liczby są zgodne z planem albo jeszcze nie wystartowały.</translation>
    </message>
    <message>
        <source>Steps due this week or late</source>
        <translation>Kroki na ten tydzień lub po terminie</translation>
    </message>
    <message>
        <source>No step is due this week and none is late.</source>
        <translation>Żaden krok nie ma terminu w tym tygodniu i żaden nie jest po terminie.</translation>
    </message>
    <message>
        <source>Feedback waiting for an answer</source>
        <translation>Uwagi czekające na odpowiedź</translation>
    </message>
    <message>
        <source>All feedback has an answer.</source>
        <translation>Wszystkie uwagi mają odpowiedź.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Następny przegląd</translation>
    </message>
    <message>
        <source>Latest entries</source>
        <translation>Ostatnie wpisy</translation>
    </message>
    <message>
        <source>No figures recorded yet. Record today&apos;s figures to see progress.</source>
        <translation>Nie wpisano jeszcze żadnych wyników. Wpisz dzisiejsze wyniki, aby zobaczyć postęp.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Do sprawdzenia</translation>
    </message>
    <message>
        <source>Nothing to fix: every goal has an owner, a date and a way to measure it.</source>
        <translation>Nie ma nic do poprawienia: każdy cel ma osobę odpowiedzialną, termin i sposób pomiaru.</translation>
    </message>
    <message>
        <source>{today} · week of {week}</source>
        <translation>{today} · tydzień od {week}</translation>
    </message>
    <message>
        <source>{label}: {actual} against {planned} planned ({difference})</source>
        <translation>{label}: {actual} wobec planu {planned} ({difference})</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late (due {day})</source>
        <translation>
            <numerusform>%n dzień po terminie (termin {day})</numerusform>
            <numerusform>%n dni po terminie (termin {day})</numerusform>
            <numerusform>%n dni po terminie (termin {day})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who}, {day} · waiting %n day(s)</source>
        <translation>
            <numerusform>{who}, {day} · czeka %n dzień</numerusform>
            <numerusform>{who}, {day} · czeka %n dni</numerusform>
            <numerusform>{who}, {day} · czeka %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>termin dziś</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>termin {day}</translation>
    </message>
    <message>
        <source>nobody owns it yet</source>
        <translation>nikt jeszcze za to nie odpowiada</translation>
    </message>
    <message>
        <source>for “{goal}”</source>
        <translation>do celu „{goal}”</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(bez treści)</translation>
    </message>
    <message>
        <source>No regular review is set. Looking at the plan together, every month say, keeps it alive.</source>
        <translation>Nie ustawiono regularnych przeglądów. Wspólne spojrzenie na plan, na przykład raz w miesiącu, sprawia, że plan żyje.</translation>
    </message>
    <message>
        <source>Last review: {day}</source>
        <translation>Ostatni przegląd: {day}</translation>
    </message>
    <message>
        <source>Hold a re&amp;view…</source>
        <translation>&amp;Zrób przegląd…</translation>
    </message>
    <message>
        <source>Hold a review</source>
        <translation>Zrób przegląd</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>Do poprawy</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Warto sprawdzić</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Show: {finding}</source>
        <translation>Pokaż: {finding}</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Wykonane: {title}</translation>
    </message>
    <message>
        <source>Mark done: {title}</source>
        <translation>Oznacz jako wykonane: {title}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Day first (31/01/2024)</source>
        <translation>Najpierw &amp;dzień (31/01/2024)</translation>
    </message>
    <message>
        <source>&amp;Month first (01/31/2024)</source>
        <translation>Najpierw &amp;miesiąc (01/31/2024)</translation>
    </message>
    <message>
        <source>&amp;Year first (2024/01/31)</source>
        <translation>Najpierw &amp;rok (2024/01/31)</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Say which column holds the day, and how it is written.</source>
        <translation>Wskaż kolumnę z datą i sposób jej zapisu.</translation>
    </message>
    <message>
        <source>Order of day, month and year</source>
        <translation>Kolejność dnia, miesiąca i roku</translation>
    </message>
    <message>
        <source>Date &amp;column:</source>
        <translation>&amp;Kolumna z datą:</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Wybierz kolumnę z datą.</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>to nie data</translation>
    </message>
    <message>
        <source>In this file:</source>
        <translation>W tym pliku:</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Choose the export from your till, card terminal, bank, web shop or accounts.</source>
        <translation>Wybierz plik wyeksportowany z kasy, terminala płatniczego, banku, sklepu internetowego lub programu księgowego.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>The CSV or text file to import</source>
        <translation>Plik CSV lub tekstowy do importu</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>bez nagłówka</translation>
    </message>
    <message>
        <source>line </source>
        <translation>wiersz </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Nagłówek:</translation>
    </message>
    <message>
        <source>The first rows as read</source>
        <translation>Pierwsze wiersze po odczytaniu</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Importuj wyniki</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Pliki CSV i tekstowe (*.csv *.txt *.tsv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>wiersz {line}</translation>
    </message>
    <message numerus="yes">
        <source>Read as {encoding}; separator: {delimiter}; header: {header}; %n row(s).</source>
        <translation>
            <numerusform>Odczytano jako {encoding}; separator: {delimiter}; nagłówek: {header}; %n wiersz.</numerusform>
            <numerusform>Odczytano jako {encoding}; separator: {delimiter}; nagłówek: {header}; %n wiersze.</numerusform>
            <numerusform>Odczytano jako {encoding}; separator: {delimiter}; nagłówek: {header}; %n wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Above the table (%n line(s), not imported):
{lines}</source>
        <translation>
            <numerusform>Nad tabelą (%n wiersz, nie zostanie zaimportowany):
{lines}</numerusform>
            <numerusform>Nad tabelą (%n wiersze, nie zostaną zaimportowane):
{lines}</numerusform>
            <numerusform>Nad tabelą (%n wierszy, nie zostaną zaimportowane):
{lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>średnik</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>kreska pionowa</translation>
    </message>
    <message>
        <source>Read it with the recipe &quot;{name}&quot; (this file&apos;s header matches)</source>
        <translation>Odczytaj według szablonu „{name}” (nagłówek tego pliku pasuje)</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Co zostanie zaimportowane</translation>
    </message>
    <message>
        <source>Check the figures. Finish adds them to the plan; Undo takes them out.</source>
        <translation>Sprawdź liczby. „Zakończ” dodaje je do planu, „Cofnij” je usuwa.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Pominięto, bo</translation>
    </message>
    <message>
        <source>&amp;Save as a recipe named</source>
        <translation>&amp;Zapisz jako szablon o nazwie</translation>
    </message>
    <message>
        <source>Recipe name</source>
        <translation>Nazwa szablonu</translation>
    </message>
    <message>
        <source>e.g. &quot;Till, daily sales&quot; or &quot;Bank account&quot;</source>
        <translation>np. „Kasa, sprzedaż dzienna” albo „Konto bankowe”</translation>
    </message>
    <message>
        <source>No day&apos;s figure could be read with these settings.</source>
        <translation>Przy tych ustawieniach nie udało się odczytać wyniku żadnego dnia.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Say which measure gets the figures and what makes a day&apos;s value.</source>
        <translation>Wskaż, do którego wskaźnika trafią liczby i z czego powstaje wartość dnia.</translation>
    </message>
    <message>
        <source>The &amp;amounts in</source>
        <translation>&amp;Kwoty z kolumny</translation>
    </message>
    <message>
        <source>The number of &amp;rows</source>
        <translation>&amp;Liczba wierszy</translation>
    </message>
    <message>
        <source>The number of different &amp;values in</source>
        <translation>Liczba różnych w&amp;artości w kolumnie</translation>
    </message>
    <message>
        <source>A day&apos;s value is</source>
        <translation>Wartość dnia to</translation>
    </message>
    <message>
        <source>All amounts</source>
        <translation>Wszystkie kwoty</translation>
    </message>
    <message>
        <source>Only income (amounts above zero)</source>
        <translation>Tylko wpływy (kwoty powyżej zera)</translation>
    </message>
    <message>
        <source>Only expenses (amounts below zero, counted as positive)</source>
        <translation>Tylko wydatki (kwoty poniżej zera, liczone jako dodatnie)</translation>
    </message>
    <message>
        <source>Decimal point: 1,234.56</source>
        <translation>Kropka dziesiętna: 1,234.56</translation>
    </message>
    <message>
        <source>Decimal comma: 1.234,56</source>
        <translation>Przecinek dziesiętny: 1.234,56</translation>
    </message>
    <message>
        <source>Only rows with these values</source>
        <translation>Tylko wiersze z tymi wartościami</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Wskaźnik:</translation>
    </message>
    <message>
        <source>&amp;Which amounts:</source>
        <translation>&amp;Jakie kwoty:</translation>
    </message>
    <message>
        <source>Amounts are &amp;written with:</source>
        <translation>&amp;Zapis kwot:</translation>
    </message>
    <message>
        <source>Only rows where:</source>
        <translation>Tylko wiersze, w których:</translation>
    </message>
    <message>
        <source>is one of:</source>
        <translation>ma jedną z wartości:</translation>
    </message>
    <message>
        <source>&amp;Note from:</source>
        <translation>&amp;Notatka z kolumny:</translation>
    </message>
    <message>
        <source>(all rows)</source>
        <translation>(wszystkie wiersze)</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(bez notatki)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Odczytywanie pliku…</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was written.</source>
        <translation>Odczyt przerwano; nic nie zapisano.</translation>
    </message>
    <message>
        <source>Lines skipped: {skipped} (reasons on the right). Rows left out by filters: {filtered}.</source>
        <translation>Pominięte wiersze: {skipped} (powody po prawej). Wiersze odrzucone przez filtry: {filtered}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), total {total}, into “{measure}”.</source>
        <translation>
            <numerusform>%n dzień, suma {total}, do wskaźnika „{measure}”.</numerusform>
            <numerusform>%n dni, suma {total}, do wskaźnika „{measure}”.</numerusform>
            <numerusform>%n dni, suma {total}, do wskaźnika „{measure}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read from %n row(s) of the file.</source>
        <translation>
            <numerusform>Odczytano z %n wiersza pliku.</numerusform>
            <numerusform>Odczytano z %n wierszy pliku.</numerusform>
            <numerusform>Odczytano z %n wierszy pliku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these days was/were imported before from “{source}”: Finish asks whether to replace it/them or skip it/them.</source>
        <translation>
            <numerusform>%n z tych dni był już wcześniej zaimportowany z „{source}”: po kliknięciu „Zakończ” padnie pytanie, czy go zastąpić, czy pominąć.</numerusform>
            <numerusform>%n z tych dni były już wcześniej zaimportowane z „{source}”: po kliknięciu „Zakończ” padnie pytanie, czy je zastąpić, czy pominąć.</numerusform>
            <numerusform>%n z tych dni było już wcześniej zaimportowanych z „{source}”: po kliknięciu „Zakończ” padnie pytanie, czy je zastąpić, czy pominąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these days ({first} to {last}) was/were imported before from “{source}”. Replace the entries of those days with the file&apos;s figures, or skip those days and add only the new ones?</source>
        <translation>
            <numerusform>%n z tych dni ({first}–{last}) był już wcześniej zaimportowany z „{source}”. Zastąpić wpisy z tego dnia liczbami z pliku czy pominąć ten dzień i dodać tylko nowe?</numerusform>
            <numerusform>%n z tych dni ({first}–{last}) były już wcześniej zaimportowane z „{source}”. Zastąpić wpisy z tych dni liczbami z pliku czy pominąć te dni i dodać tylko nowe?</numerusform>
            <numerusform>%n z tych dni ({first}–{last}) było już wcześniej zaimportowanych z „{source}”. Zastąpić wpisy z tych dni liczbami z pliku czy pominąć te dni i dodać tylko nowe?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day in this file is already imported.</source>
        <translation>Wszystkie dni z tego pliku są już zaimportowane.</translation>
    </message>
    <message>
        <source>This plan has no measures yet. Add a measure to a goal first.</source>
        <translation>Ten plan nie ma jeszcze wskaźników. Najpierw dodaj wskaźnik do celu.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so nothing can be imported into it.</source>
        <translation>Ten plan jest otwarty tylko do odczytu, więc nie można do niego nic zaimportować.</translation>
    </message>
</context>
<context>
    <name>LazyPanels</name>
    <message>
        <source>This tab could not be shown.</source>
        <translation>Nie udało się wyświetlić tej karty.</translation>
    </message>
    <message>
        <source>This tab could not be shown. The details are in the log file:
{path}</source>
        <translation>Nie udało się wyświetlić tej karty. Szczegóły są w pliku dziennika:
{path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (tylko do odczytu)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Wizja</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Wykres postępu</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Przeglądy</translation>
    </message>
    <message>
        <source>Ctrl+{number}</source>
        <translation>Ctrl+{number}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Tylko odczyt</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>No backup of &quot;{name}&quot; could be made: {reason}.

The plan itself is fine and every change is still saved to it, but until a backup can be made a mistake cannot be undone from a backup. Continue without a backup, or close the plan (and free some space or fix the folder first)?</source>
        <translation>Nie udało się zrobić kopii zapasowej pliku „{name}”: {reason}.

Sam plan jest w porządku i każda zmiana nadal się w nim zapisuje, ale dopóki nie powstanie kopia zapasowa, pomyłki nie da się cofnąć z kopii. Kontynuować bez kopii czy zamknąć plan (i najpierw zwolnić miejsce na dysku lub naprawić folder)?</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>Brak kopii zapasowej</translation>
    </message>
    <message>
        <source>Continue without a backup</source>
        <translation>Kontynuuj bez kopii</translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation>Zamknij plan</translation>
    </message>
    <message>
        <source>This plan is open read-only: you can look, print and export, but not change it.</source>
        <translation>Ten plan jest otwarty tylko do odczytu: można go przeglądać, drukować i eksportować, ale nie zmieniać.</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation>Wartość planowana</translation>
    </message>
    <message>
        <source>Points of the planned path</source>
        <translation>Punkty planowanej ścieżki</translation>
    </message>
    <message>
        <source>Steady (a straight line)</source>
        <translation>Równo (linia prosta)</translation>
    </message>
    <message>
        <source>In steps (e.g. each quarter)</source>
        <translation>Skokowo (np. co kwartał)</translation>
    </message>
    <message>
        <source>Seasonal (my own points)</source>
        <translation>Sezonowo (własne punkty)</translation>
    </message>
    <message>
        <source>Planned path</source>
        <translation>Planowana ścieżka</translation>
    </message>
    <message>
        <source>Fill in &amp;quarterly steps</source>
        <translation>Wypełnij &amp;kwartalnie</translation>
    </message>
    <message>
        <source>Add a &amp;point</source>
        <translation>Dodaj &amp;punkt</translation>
    </message>
    <message>
        <source>&amp;Remove point</source>
        <translation>&amp;Usuń punkt</translation>
    </message>
    <message>
        <source>e.g. Loaves sold per week</source>
        <translation>np. Sprzedane bochenki tygodniowo</translation>
    </message>
    <message>
        <source>e.g. loaves, €, %</source>
        <translation>np. bochenki, zł, %</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Więcej znaczy lepiej</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Mniej znaczy lepiej</translation>
    </message>
    <message>
        <source>Keep within a range</source>
        <translation>Utrzymać w przedziale</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data początkowa</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Termin docelowy</translation>
    </message>
    <message>
        <source>What you count:</source>
        <translation>Co liczysz:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Jednostka:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Kierunek:</translation>
    </message>
    <message>
        <source>From (now) / to (target):</source>
        <translation>Od (teraz) / do (docelowo):</translation>
    </message>
    <message>
        <source>Keep between:</source>
        <translation>Utrzymać między:</translation>
    </message>
    <message>
        <source>Start / target date:</source>
        <translation>Data początkowa / docelowa:</translation>
    </message>
    <message>
        <source>The target speaks of:</source>
        <translation>Wartość docelowa dotyczy:</translation>
    </message>
    <message>
        <source>Count it as:</source>
        <translation>Licz jako:</translation>
    </message>
    <message>
        <source>Judge health over:</source>
        <translation>Oceniaj stan za:</translation>
    </message>
    <message>
        <source>Planned path:</source>
        <translation>Planowana ścieżka:</translation>
    </message>
    <message>
        <source>{field} is needed.</source>
        <translation>Pole „{field}” jest wymagane.</translation>
    </message>
</context>
<context>
    <name>MeasureRules</name>
    <message>
        <source>“Higher is better”, but the target is below the starting value: raise the target, or choose “Lower is better”.</source>
        <translation>Wybrano „Więcej znaczy lepiej”, ale wartość docelowa jest niższa niż wartość początkowa: podnieś wartość docelową albo wybierz „Mniej znaczy lepiej”.</translation>
    </message>
    <message>
        <source>“Lower is better”, but the target is above the starting value: lower the target, or choose “Higher is better”.</source>
        <translation>Wybrano „Mniej znaczy lepiej”, ale wartość docelowa jest wyższa niż wartość początkowa: obniż wartość docelową albo wybierz „Więcej znaczy lepiej”.</translation>
    </message>
    <message>
        <source>Keeping within a band needs at least one limit: give the lowest or the highest value to keep to.</source>
        <translation>Utrzymanie w przedziale wymaga co najmniej jednej granicy: podaj najniższą albo najwyższą dopuszczalną wartość.</translation>
    </message>
    <message>
        <source>The band&apos;s low limit must be below its high limit.</source>
        <translation>Dolna granica przedziału musi być niższa niż górna.</translation>
    </message>
    <message>
        <source>The target date is before the start date: move one of them.</source>
        <translation>Termin wskaźnika jest wcześniejszy niż data początkowa: przesuń jedną z nich.</translation>
    </message>
    <message>
        <source>A point of the planned path is after the target date: move it to the target date or earlier, or move the target date.</source>
        <translation>Punkt planowanej ścieżki wypada po terminie wskaźnika: przesuń go na termin lub wcześniej albo przesuń termin.</translation>
    </message>
</context>
<context>
    <name>MenuTasks</name>
    <message>
        <source>No chart to export</source>
        <translation>Brak wykresu do eksportu</translation>
    </message>
    <message>
        <source>This plan has no measures yet, so there is no chart to export. Add a measure to a goal on the Goals tab first.</source>
        <translation>Ten plan nie ma jeszcze wskaźników, więc nie ma wykresu do eksportu. Najpierw dodaj wskaźnik do celu na karcie Cele.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Eksportuj wykres</translation>
    </message>
    <message>
        <source>Which measure&apos;s chart do you want to export?</source>
        <translation>Wykres którego wskaźnika wyeksportować?</translation>
    </message>
    <message>
        <source>About BakeryPlan</source>
        <translation>O programie BakeryPlan</translation>
    </message>
    <message>
        <source>BakeryPlan {version}

Plan your business on one page: a vision, goals with measures, owners and dates, and what really happened.

Your plan stays on this computer. BakeryPlan never connects to the internet.</source>
        <translation>BakeryPlan {version}

Plan firmy na jednej stronie: wizja, cele ze wskaźnikami, osobami odpowiedzialnymi i terminami oraz to, co naprawdę się wydarzyło.

Plan zostaje na tym komputerze. BakeryPlan nigdy nie łączy się z internetem.</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <source>Your business</source>
        <translation>Twoja firma</translation>
    </message>
    <message>
        <source>The name appears on every page you print.</source>
        <translation>Nazwa pojawia się na każdej drukowanej stronie.</translation>
    </message>
    <message>
        <source>e.g. Sunrise Bakery</source>
        <translation>np. Piekarnia Pod Słońcem</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <source>Business na&amp;me:</source>
        <translation>&amp;Nazwa firmy:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Wa&amp;luta:</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Twój zespół</translation>
    </message>
    <message>
        <source>Who works with you? You can add people later too.</source>
        <translation>Kto z Tobą pracuje? Osoby można dodać także później.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Dodaj &amp;osobę</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>&amp;Usuń osobę</translation>
    </message>
    <message>
        <source>Add {owner} (owner) to the &amp;team</source>
        <translation>Dodaj do &amp;zespołu: {owner} (właściciel)</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>właściciel</translation>
    </message>
    <message>
        <source>e.g. Baker</source>
        <translation>np. Piekarz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Where to keep the plan</source>
        <translation>Gdzie zapisać plan</translation>
    </message>
    <message>
        <source>Your plan is one file. Every change is saved in it at once.</source>
        <translation>Plan to jeden plik. Każda zmiana zapisuje się w nim od razu.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>Write the &amp;vision next</source>
        <translation>Potem napisz &amp;wizję</translation>
    </message>
    <message>
        <source>&amp;Plan file:</source>
        <translation>&amp;Plik planu:</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mój plan</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation>Zapisz nowy plan jako</translation>
    </message>
    <message>
        <source>Type a file name for the plan.</source>
        <translation>Wpisz nazwę pliku planu.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Plik o tej nazwie już istnieje. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Nowy plan</translation>
    </message>
    <message>
        <source>The plan could not be created</source>
        <translation>Nie udało się utworzyć planu</translation>
    </message>
    <message>
        <source>The plan could not be created: {reason}</source>
        <translation>Nie udało się utworzyć planu: {reason}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <extracomment>A check across fields: given the parsed values, None or (the problem in words, the key of the field to put right).</extracomment>
        <translation>Bez daty</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Wyczyść datę</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Odpowiada za</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>No one yet. Use Add person for everyone who owns goals and steps, yourself too, so every piece of work has a name on it.</source>
        <translation>Nie ma jeszcze nikogo. Przyciskiem Dodaj osobę wpisz wszystkich, którzy odpowiadają za cele i kroki, także siebie, żeby każda praca miała przypisaną osobę.</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Dodaj osobę…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Dea&amp;ctivate</source>
        <translation>Dez&amp;aktywuj</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Jeszcze nic</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n cel</numerusform>
            <numerusform>%n cele</numerusform>
            <numerusform>%n celów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n otwarty krok</numerusform>
            <numerusform>%n otwarte kroki</numerusform>
            <numerusform>%n otwartych kroków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n goal(s) and step(s) they own will have no owner. Deactivating keeps the history instead.</source>
        <translation>
            <numerusform>%n cel lub krok, za który ta osoba odpowiada, zostanie bez osoby odpowiedzialnej. Dezaktywacja zachowuje historię.</numerusform>
            <numerusform>%n cele i kroki, za które ta osoba odpowiada, zostaną bez osoby odpowiedzialnej. Dezaktywacja zachowuje historię.</numerusform>
            <numerusform>%n celów i kroków, za które ta osoba odpowiada, zostanie bez osoby odpowiedzialnej. Dezaktywacja zachowuje historię.</numerusform>
        </translation>
    </message>
    <message>
        <source>{goals}, {steps}</source>
        <translation>{goals}, {steps}</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>Ponownie &amp;aktywuj</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Usunąć „{name}”?</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Można to cofnąć.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Usuń osobę</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>(nobody yet)</source>
        <translation>(jeszcze nikt)</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (nowa osoba)</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Imię i nazwisko nowej osoby</translation>
    </message>
    <message>
        <source>Role (optional)</source>
        <translation>Rola (opcjonalnie)</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Dodaj &amp;osobę</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>This plan is closed; nothing was changed.</source>
        <translation>Ten plan jest zamknięty; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so it cannot be changed here. Close the other window that has it open, then open it again.</source>
        <translation>Ten plan jest otwarty tylko do odczytu, więc nie można go tu zmienić. Zamknij drugie okno, w którym jest otwarty, i otwórz go ponownie.</translation>
    </message>
    <message>
        <source>The change could not be saved to the plan file: {detail}</source>
        <translation>Nie udało się zapisać zmiany w pliku planu: {detail}</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder})</source>
        <translation>{cause} (folder kopii zapasowych {folder})</translation>
    </message>
</context>
<context>
    <name>PlanFromHistory</name>
    <message>
        <source>Plan from last year</source>
        <translation>Plan na podstawie zeszłego roku</translation>
    </message>
    <message>
        <source>Plan “{name}” for the twelve months after a year of its entries: each day is compared with its day last year, and the change is applied to the year.</source>
        <translation>Zaplanuj „{name}” na dwanaście miesięcy po roku wpisów: każdy dzień porównuje się z odpowiadającym mu dniem zeszłego roku, a zmianę stosuje się do całego roku.</translation>
    </message>
    <message>
        <source>Entries of</source>
        <translation>Wpisy wskaźnika</translation>
    </message>
    <message>
        <source>Last year ends on</source>
        <translation>Zeszły rok kończy się</translation>
    </message>
    <message>
        <source>Change on last year in percent</source>
        <translation>Zmiana wobec zeszłego roku w procentach</translation>
    </message>
    <message>
        <source>Total for the new year</source>
        <translation>Suma na nowy rok</translation>
    </message>
    <message>
        <source>Change on last year</source>
        <translation>Zmiana wobec zeszłego roku</translation>
    </message>
    <message>
        <source>Total for the year</source>
        <translation>Suma za rok</translation>
    </message>
    <message>
        <source>Same weekday, holidays moved to their dates</source>
        <translation>Ten sam dzień tygodnia, święta przesunięte na swoje daty</translation>
    </message>
    <message>
        <source>Same weekday, holidays not moved</source>
        <translation>Ten sam dzień tygodnia, święta bez przesunięcia</translation>
    </message>
    <message>
        <source>Same calendar date</source>
        <translation>Ta sama data w kalendarzu</translation>
    </message>
    <message>
        <source>Match each day with</source>
        <translation>Dopasuj każdy dzień do</translation>
    </message>
    <message>
        <source>Entries of:</source>
        <translation>Wpisy wskaźnika:</translation>
    </message>
    <message>
        <source>Last year ends on:</source>
        <translation>Zeszły rok kończy się:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Zmiana:</translation>
    </message>
    <message>
        <source>Match each day with:</source>
        <translation>Dopasuj każdy dzień do:</translation>
    </message>
    <message>
        <source>Last year is incomplete</source>
        <translation>Zeszły rok jest niepełny</translation>
    </message>
    <message>
        <source>Fill the missing days from the weeks around</source>
        <translation>Uzupełnij brakujące dni na podstawie sąsiednich tygodni</translation>
    </message>
    <message>
        <source>Plan only what last year&apos;s entries show</source>
        <translation>Planuj tylko to, co pokazują zeszłoroczne wpisy</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Zeszły rok</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nowy plan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Totals by month</source>
        <translation>Sumy miesięczne</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>Użyj tego planu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Average per open day</source>
        <translation>Średnio na dzień otwarcia</translation>
    </message>
    <message>
        <source>{figure} last year: {last}. New plan: {planned} ({change}), {start} to {end}.</source>
        <translation>{figure} w zeszłym roku: {last}. Nowy plan: {planned} ({change}), od {start} do {end}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Year, per day</source>
        <translation>Rok, na dzień</translation>
    </message>
    <message numerus="yes">
        <source>{month} (%n day(s))</source>
        <translation>
            <numerusform>{month} (%n dzień)</numerusform>
            <numerusform>{month} (%n dni)</numerusform>
            <numerusform>{month} (%n dni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), last year and the new plan</source>
        <translation>
            <numerusform>%n okres, zeszły rok i nowy plan</numerusform>
            <numerusform>%n okresy, zeszły rok i nowy plan</numerusform>
            <numerusform>%n okresów, zeszły rok i nowy plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>As the system: {language}</source>
        <translation>Jak w systemie: {language}</translation>
    </message>
    <message>
        <source>The window speaks the new language the next time BakeryPlan opens. Printouts, the progress pack and the plan&apos;s status are always in the plan&apos;s own language, set in Business details.</source>
        <translation>Okno przełączy się na nowy język przy następnym uruchomieniu BakeryPlan. Wydruki, raport postępów i stan planu są zawsze w języku planu, ustawianym w danych firmy.</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Język okna:</translation>
    </message>
</context>
<context>
    <name>ReviewRhythm</name>
    <message>
        <source>No rhythm set: nothing is ever due.</source>
        <translation>Bez ustalonego rytmu: nic nie ma terminu.</translation>
    </message>
    <message>
        <source>No review held yet: hold the first one.</source>
        <translation>Nie było jeszcze przeglądu: zrób pierwszy.</translation>
    </message>
    <message numerus="yes">
        <source>The next review is %n day(s) overdue (due {day}).</source>
        <translation>
            <numerusform>Następny przegląd jest %n dzień po terminie (termin {day}).</numerusform>
            <numerusform>Następny przegląd jest %n dni po terminie (termin {day}).</numerusform>
            <numerusform>Następny przegląd jest %n dni po terminie (termin {day}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review due {day}.</source>
        <translation>Następny przegląd: {day}.</translation>
    </message>
    <message>
        <source>How often the plan is reviewed</source>
        <translation>Jak często plan jest przeglądany</translation>
    </message>
    <message>
        <source>Re&amp;view the plan:</source>
        <translation>&amp;Przegląd planu:</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <source>What did you decide? A decision can become a step or a new target right away.</source>
        <translation>Co ustaliliście? Decyzja może od razu stać się krokiem albo nową wartością docelową.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Staje się</translation>
    </message>
    <message>
        <source>e.g. Bake the Monday batch to order</source>
        <translation>np. Poniedziałkowy wypiek robić na zamówienie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Just note it</source>
        <translation>Tylko zapisz</translation>
    </message>
    <message>
        <source>Make it a step</source>
        <translation>Zrób z tego krok</translation>
    </message>
    <message>
        <source>Change a measure&apos;s target</source>
        <translation>Zmień wartość docelową wskaźnika</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Do kiedy</translation>
    </message>
    <message>
        <source>&amp;Add decision</source>
        <translation>&amp;Dodaj decyzję</translation>
    </message>
    <message>
        <source>&amp;Remove decision</source>
        <translation>&amp;Usuń decyzję</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>D&amp;ecyzja:</translation>
    </message>
    <message>
        <source>About &amp;feedback:</source>
        <translation>Dotyczy &amp;uwagi:</translation>
    </message>
    <message>
        <source>It becomes:</source>
        <translation>Staje się:</translation>
    </message>
    <message>
        <source>Step (goal, who, by):</source>
        <translation>Krok (cel, kto, do kiedy):</translation>
    </message>
    <message>
        <source>New target:</source>
        <translation>Nowa wartość docelowa:</translation>
    </message>
    <message>
        <source>now {target}</source>
        <translation>teraz {target}</translation>
    </message>
    <message>
        <source>Type the decision first.</source>
        <translation>Najpierw wpisz decyzję.</translation>
    </message>
    <message>
        <source>The new target {problem}.</source>
        <translation>Nowa wartość docelowa: {problem}.</translation>
    </message>
    <message>
        <source>Type the new target as a number, like 9500.</source>
        <translation>Wpisz nową wartość docelową jako liczbę, np. 9500.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>jeszcze nikt</translation>
    </message>
    <message>
        <source>a step for {who}, by {when}</source>
        <translation>krok dla: {who}, do {when}</translation>
    </message>
    <message>
        <source>{name}: target {before} → {after}</source>
        <translation>{name}: wartość docelowa {before} → {after}</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>zapisane</translation>
    </message>
    <message>
        <source>What changed since the last review</source>
        <translation>Co się zmieniło od ostatniego przeglądu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>This is the plan&apos;s first review.</source>
        <translation>To pierwszy przegląd tego planu.</translation>
    </message>
    <message>
        <source>Where each measure stands today. Next time this page shows what changed.</source>
        <translation>Gdzie dziś jest każdy wskaźnik. Następnym razem ta strona pokaże, co się zmieniło.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <source>Look at what happened, and at what was changed in the plan.</source>
        <translation>Zobacz, co się wydarzyło i co zmieniono w planie.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>not known: no snapshot last time</source>
        <translation>nieznane: ostatnio nie zapisano stanu planu</translation>
    </message>
    <message>
        <source>Measures whose health changed</source>
        <translation>Wskaźniki, których stan się zmienił</translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation>Zmiany w planie</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Wykonane kroki</translation>
    </message>
    <message>
        <source>Steps newly overdue</source>
        <translation>Kroki, które właśnie przekroczyły termin</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Otrzymane uwagi</translation>
    </message>
    <message>
        <source>Decided at the last review</source>
        <translation>Ustalenia z ostatniego przeglądu</translation>
    </message>
    <message>
        <source>nothing written down</source>
        <translation>nic nie zapisano</translation>
    </message>
    <message>
        <source>Why are these measures behind?</source>
        <translation>Dlaczego te wskaźniki są poniżej planu?</translation>
    </message>
    <message>
        <source>Every measure is on track, achieved or not started yet.</source>
        <translation>Każdy wskaźnik jest zgodny z planem, osiągnięty albo jeszcze nierozpoczęty.</translation>
    </message>
    <message>
        <source>No measure is behind or at risk: nothing to explain.</source>
        <translation>Żaden wskaźnik nie jest poniżej planu ani zagrożony: nie ma czego wyjaśniać.</translation>
    </message>
    <message>
        <source>A sentence for each is enough. The progress pack prints it beside the measure.</source>
        <translation>Wystarczy jedno zdanie dla każdego. Raport postępów wydrukuje je obok wskaźnika.</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <source>Last time:</source>
        <translation>Ostatnio:</translation>
    </message>
    <message>
        <source>Why {name} is {health}</source>
        <translation>Dlaczego „{name}”: {health}?</translation>
    </message>
    <message>
        <source>Why? e.g. two wet Saturdays, the oven was down</source>
        <translation>Dlaczego? np. dwie deszczowe soboty, zepsuty piec</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Dlaczego:</translation>
    </message>
    <message>
        <source>Notes and the next review</source>
        <translation>Notatki i następny przegląd</translation>
    </message>
    <message>
        <source>Finish keeps the review. Undo takes all of it back.</source>
        <translation>„Zakończ” zapisuje przegląd. „Cofnij” wycofuje go w całości.</translation>
    </message>
    <message>
        <source>What was said (optional)</source>
        <translation>Co zostało powiedziane (opcjonalnie)</translation>
    </message>
    <message>
        <source>&amp;Kind of review:</source>
        <translation>&amp;Rodzaj przeglądu:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>&amp;Review the plan:</source>
        <translation>&amp;Przegląd planu:</translation>
    </message>
    <message>
        <source>Finish will keep:</source>
        <translation>„Zakończ” zapisze:</translation>
    </message>
    <message>
        <source>Hold a review</source>
        <translation>Zrób przegląd</translation>
    </message>
    <message>
        <source>{kind} of {day}, with a snapshot of the plan as it stands.</source>
        <translation>{kind} z dnia {day}, z zapisem obecnego stanu planu.</translation>
    </message>
    <message>
        <source>Explanations: {count}</source>
        <translation>Wyjaśnienia: {count}</translation>
    </message>
    <message>
        <source> (none yet for: {names})</source>
        <translation> (jeszcze brak dla: {names})</translation>
    </message>
    <message>
        <source>Decisions: {count}</source>
        <translation>Decyzje: {count}</translation>
    </message>
    <message>
        <source>Feedback answered: {text}</source>
        <translation>Odpowiedzi na uwagi: {text}</translation>
    </message>
    <message>
        <source>The plan will be reviewed: {how}</source>
        <translation>Przegląd planu: {how}</translation>
    </message>
    <message>
        <source>This plan is open read-only, so a review cannot be kept here.</source>
        <translation>Ten plan jest otwarty tylko do odczytu, więc nie można tu zapisać przeglądu.</translation>
    </message>
</context>
<context>
    <name>ReviewsPanel</name>
    <message>
        <source>No review held yet.</source>
        <translation>Nie było jeszcze przeglądu.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) changed health</source>
        <translation>
            <numerusform>%n wskaźnik zmienił stan</numerusform>
            <numerusform>%n wskaźniki zmieniły stan</numerusform>
            <numerusform>%n wskaźników zmieniło stan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the plan</source>
        <translation>
            <numerusform>%n zmiana w planie</numerusform>
            <numerusform>%n zmiany w planie</numerusform>
            <numerusform>%n zmian w planie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s) recorded</source>
        <translation>
            <numerusform>%n wpisany wynik</numerusform>
            <numerusform>%n wpisane wyniki</numerusform>
            <numerusform>%n wpisanych wyników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n krok wykonany</numerusform>
            <numerusform>%n kroki wykonane</numerusform>
            <numerusform>%n kroków wykonanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly overdue</source>
        <translation>
            <numerusform>%n nowy po terminie</numerusform>
            <numerusform>%n nowe po terminie</numerusform>
            <numerusform>%n nowych po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new feedback</source>
        <translation>
            <numerusform>%n nowa uwaga</numerusform>
            <numerusform>%n nowe uwagi</numerusform>
            <numerusform>%n nowych uwag</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the last review ({day}): {changes}</source>
        <translation>Od ostatniego przeglądu ({day}): {changes}</translation>
    </message>
    <message>
        <source>What changed since the last review</source>
        <translation>Co się zmieniło od ostatniego przeglądu</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Przeglądy</translation>
    </message>
    <message>
        <source>No review yet. After a huddle or a monthly look at the plan, use Add review to keep what was said and decided.</source>
        <translation>Nie ma jeszcze przeglądów. Po odprawie albo comiesięcznym spojrzeniu na plan zapisz przyciskiem Dodaj przegląd, co powiedziano i ustalono.</translation>
    </message>
    <message>
        <source>Notes of the selected review</source>
        <translation>Notatki z wybranego przeglądu</translation>
    </message>
    <message>
        <source>Decisions of the selected review</source>
        <translation>Decyzje z wybranego przeglądu</translation>
    </message>
    <message>
        <source>What the selected review kept</source>
        <translation>Co zapisano w wybranym przeglądzie</translation>
    </message>
    <message>
        <source>Explanations and changes</source>
        <translation>Wyjaśnienia i zmiany</translation>
    </message>
    <message>
        <source>&amp;Hold a review…</source>
        <translation>&amp;Zrób przegląd…</translation>
    </message>
    <message>
        <source>What changed, explanations, decisions: kept with a snapshot</source>
        <translation>Zmiany, wyjaśnienia, decyzje: zapisane razem ze stanem planu</translation>
    </message>
    <message>
        <source>&amp;Add review…</source>
        <translation>&amp;Dodaj przegląd…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Pick a review in the list to read it here.</source>
        <translation>Wybierz przegląd z listy, aby go tu przeczytać.</translation>
    </message>
    <message>
        <source>Delete the review held on {day}? You can undo this.</source>
        <translation>Usunąć przegląd z dnia {day}? Można to cofnąć.</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Usuń przegląd</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Everyday actions</source>
        <translation>Codzienne czynności</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>What needs you this week</source>
        <translation>Co trzeba zrobić w tym tygodniu</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Dodaj cel</translation>
    </message>
    <message>
        <source>Add a goal, step by step</source>
        <translation>Dodaj cel krok po kroku</translation>
    </message>
    <message>
        <source>Record figures</source>
        <translation>Wpisz wyniki</translation>
    </message>
    <message>
        <source>Type today&apos;s figures on the Actuals tab</source>
        <translation>Wpisz dzisiejsze wyniki na karcie Wyniki</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Bring in figures from a till or bank file</source>
        <translation>Wczytaj wyniki z pliku z kasy lub banku</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Hold a review of the plan</source>
        <translation>Zrób przegląd planu</translation>
    </message>
    <message>
        <source>Huddle sheet</source>
        <translation>Karta odprawy</translation>
    </message>
    <message>
        <source>Print the sheet for this week&apos;s team huddle</source>
        <translation>Wydrukuj kartę na cotygodniową odprawę zespołu</translation>
    </message>
    <message>
        <source>One-page plan</source>
        <translation>Plan na 1 stronie</translation>
    </message>
    <message>
        <source>Print the plan on one page for the team</source>
        <translation>Wydrukuj plan na jednej stronie dla zespołu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>How BakeryPlan works</source>
        <translation>Jak działa BakeryPlan</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Our vision</source>
        <translation>Nasza wizja</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Treść wizji</translation>
    </message>
    <message>
        <source>&amp;Revise with wizard…</source>
        <translation>&amp;Popraw z kreatorem…</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>Wcześniejsze wersje</translation>
    </message>
    <message>
        <source>Text of the selected revision</source>
        <translation>Treść wybranej wersji</translation>
    </message>
    <message>
        <source>No vision yet.</source>
        <translation>Nie ma jeszcze wizji.</translation>
    </message>
    <message>
        <source>Write in a few plain sentences where the business is going and why.</source>
        <translation>Napisz w kilku prostych zdaniach, dokąd zmierza firma i dlaczego.</translation>
    </message>
    <message>
        <source>&amp;Write with wizard…</source>
        <translation>&amp;Napisz z kreatorem…</translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Dlaczego to ważne: {why}</translation>
    </message>
    <message>
        <source>Written {day}</source>
        <translation>Napisano {day}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Jeszcze brak</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Wizja</translation>
    </message>
    <message>
        <source>The vision wizard is not available.</source>
        <translation>Kreator wizji jest niedostępny.</translation>
    </message>
</context>
<context>
    <name>VisionWizard</name>
    <message>
        <source>Who you serve</source>
        <translation>Dla kogo pracujesz</translation>
    </message>
    <message>
        <source>Who are your customers? Think of the people who come back every week.</source>
        <translation>Kim są Twoi klienci? Pomyśl o osobach, które wracają co tydzień.</translation>
    </message>
    <message>
        <source>Families and office workers in Riverside who want good bread before work.</source>
        <translation>Rodziny i pracownicy biur z Nadrzecza, którzy chcą kupić dobry chleb przed pracą.</translation>
    </message>
    <message>
        <source>What you do best</source>
        <translation>Co robisz najlepiej</translation>
    </message>
    <message>
        <source>What do you do better than anyone nearby?</source>
        <translation>Co robisz lepiej niż ktokolwiek w okolicy?</translation>
    </message>
    <message>
        <source>Slow-rising sourdough and a warm welcome at the counter.</source>
        <translation>Chleb na długo dojrzewającym zakwasie i serdeczne powitanie przy ladzie.</translation>
    </message>
    <message>
        <source>What you want to be known for</source>
        <translation>Z czego firma ma być znana</translation>
    </message>
    <message>
        <source>When people talk about your business, what should they say?</source>
        <translation>Co ludzie mają mówić, kiedy rozmawiają o Twojej firmie?</translation>
    </message>
    <message>
        <source>Bread that is still warm at seven, and a name for every regular.</source>
        <translation>Chleb jeszcze ciepły o siódmej i każdy stały klient znany z imienia.</translation>
    </message>
    <message>
        <source>Where you will be in 3 to 5 years</source>
        <translation>Gdzie firma będzie za 3–5 lat</translation>
    </message>
    <message>
        <source>Picture the business in three to five years. What is true then? Start with &apos;we&apos;.</source>
        <translation>Wyobraź sobie firmę za trzy do pięciu lat. Jak wtedy jest? Zacznij od „my”.</translation>
    </message>
    <message>
        <source>We run two shops and supply six local cafes.</source>
        <translation>Mamy dwa sklepy i zaopatrujemy sześć okolicznych kawiarni.</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Dlaczego to ważne</translation>
    </message>
    <message>
        <source>Why does this matter to you, your team and your customers?</source>
        <translation>Dlaczego to ważne dla Ciebie, Twojego zespołu i klientów?</translation>
    </message>
    <message>
        <source>Good bread brings people together, and our team deserves steady work.</source>
        <translation>Dobry chleb łączy ludzi, a nasz zespół zasługuje na stałą pracę.</translation>
    </message>
    <message>
        <source>Question {number} of {count}. Short and plain is best.</source>
        <translation>Pytanie {number} z {count}. Najlepiej krótko i prosto.</translation>
    </message>
    <message>
        <source>Write a sentence or two in your own words.</source>
        <translation>Napisz jedno lub dwa zdania własnymi słowami.</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>Na przykład: {example}</translation>
    </message>
    <message>
        <source>Your vision, in your words</source>
        <translation>Twoja wizja, Twoimi słowami</translation>
    </message>
    <message>
        <source>Here is a draft made from your answers. Change anything; short and plain is best.</source>
        <translation>Oto szkic na podstawie Twoich odpowiedzi. Zmień, co chcesz; najlepiej krótko i prosto.</translation>
    </message>
    <message>
        <source>An example from a bakery:</source>
        <translation>Przykład z piekarni:</translation>
    </message>
    <message>
        <source>Write two or three plain sentences: who you serve, what you do best, and where the business will be in a few years. Go Back to answer the questions and a draft is made for you.</source>
        <translation>Napisz dwa lub trzy proste zdania: dla kogo pracujesz, co robisz najlepiej i gdzie firma będzie za kilka lat. Wróć przyciskiem „Wstecz”, odpowiedz na pytania, a szkic powstanie sam.</translation>
    </message>
    <message>
        <source>Start typing your vision here.</source>
        <translation>Zacznij tu pisać swoją wizję.</translation>
    </message>
    <message>
        <source>Write your vision</source>
        <translation>Napisz wizję</translation>
    </message>
    <message>
        <source>This plan is open read-only, so the vision cannot be changed here.</source>
        <translation>Ten plan jest otwarty tylko do odczytu, więc nie można tu zmienić wizji.</translation>
    </message>
    <message>
        <source>We bake honest bread and pastries for the people of our neighbourhood, every morning. We are best at slow-rising sourdough and a warm welcome at the counter. We want to be known as the place where the bread is still warm at seven. In three to five years, we run two shops and supply six local cafes, and every baker on the team can run a morning bake alone.</source>
        <translation>Pieczemy uczciwy chleb i bułki dla ludzi z naszej okolicy, każdego ranka. Najlepiej wychodzi nam chleb na długo dojrzewającym zakwasie i serdeczne powitanie przy ladzie. Chcemy, żeby mówiono o nas: tam o siódmej chleb jest jeszcze ciepły. Za trzy do pięciu lat mamy dwa sklepy, zaopatrujemy sześć okolicznych kawiarni, a każdy piekarz w zespole sam poprowadzi poranny wypiek.</translation>
    </message>
    <message>
        <source>We serve {answer}.</source>
        <translation>Nasi klienci to {answer}.</translation>
    </message>
    <message>
        <source>We are best at {answer}.</source>
        <translation>Najlepiej wychodzi nam {answer}.</translation>
    </message>
    <message>
        <source>We want to be known for {answer}.</source>
        <translation>Chcemy, żeby mówiono o nas: {answer}.</translation>
    </message>
    <message>
        <source>In three to five years, {answer}.</source>
        <translation>Za trzy do pięciu lat: {answer}.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Witamy w {app}</translation>
    </message>
    <message>
        <source>Plan your business in plain words: a vision, a few goals with numbers, owners and dates, and the steps to get there. Everything stays on this computer, in one file.</source>
        <translation>Zaplanuj swoją firmę prostymi słowami: wizja, kilka celów z liczbami, osobami odpowiedzialnymi i terminami oraz kroki, które do nich prowadzą. Wszystko zostaje na tym komputerze, w jednym pliku.</translation>
    </message>
    <message>
        <source>Try the demo bakery</source>
        <translation>Wypróbuj przykładową piekarnię</translation>
    </message>
    <message>
        <source>Look around a sample plan for Sunrise Bakery. Change anything you like.</source>
        <translation>Obejrzyj przykładowy plan piekarni Sunrise Bakery. Zmieniaj, co chcesz.</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Zacznij nowy plan</translation>
    </message>
    <message>
        <source>A few questions about your business and team, then your vision.</source>
        <translation>Kilka pytań o firmę i zespół, a potem o wizję.</translation>
    </message>
    <message>
        <source>Open a plan…</source>
        <translation>Otwórz plan…</translation>
    </message>
    <message>
        <source>Open a plan file you already have.</source>
        <translation>Otwórz plik planu, który już masz.</translation>
    </message>
    <message>
        <source>Recent plans:</source>
        <translation>Ostatnie plany:</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nowy plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ostatnio otwie&amp;rane</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Przywróć z kopii &amp;zapasowej…</translation>
    </message>
    <message>
        <source>&amp;Import actuals…</source>
        <translation>&amp;Importuj wyniki…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Eksportuj &amp;wykres…</translation>
    </message>
    <message>
        <source>Export progress &amp;pack…</source>
        <translation>Eksportuj raport &amp;postępów…</translation>
    </message>
    <message>
        <source>&amp;Print one-page plan…</source>
        <translation>&amp;Drukuj plan na jednej stronie…</translation>
    </message>
    <message>
        <source>Export one-page plan as P&amp;DF…</source>
        <translation>Eksportuj plan na jednej stronie jako PD&amp;F…</translation>
    </message>
    <message>
        <source>Print check-in &amp;sheet…</source>
        <translation>Drukuj kartę odpr&amp;awy…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Write &amp;vision with wizard…</source>
        <translation>Napisz &amp;wizję z kreatorem…</translation>
    </message>
    <message>
        <source>New goal with &amp;wizard…</source>
        <translation>Nowy cel z &amp;kreatorem…</translation>
    </message>
    <message>
        <source>&amp;Hold a review…</source>
        <translation>&amp;Zrób przegląd…</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Dodaj &amp;cel…</translation>
    </message>
    <message>
        <source>Add goal in one &amp;form…</source>
        <translation>Dodaj cel w jednym &amp;formularzu…</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Dodaj &amp;osobę…</translation>
    </message>
    <message>
        <source>Add &amp;feedback…</source>
        <translation>Dodaj &amp;uwagi…</translation>
    </message>
    <message>
        <source>Add &amp;review…</source>
        <translation>Dodaj &amp;przegląd…</translation>
    </message>
    <message>
        <source>Business &amp;details…</source>
        <translation>&amp;Dane firmy…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>P&amp;omoc</translation>
    </message>
    <message>
        <source>&amp;How BakeryPlan works</source>
        <translation>&amp;Jak działa BakeryPlan</translation>
    </message>
    <message>
        <source>&amp;About BakeryPlan</source>
        <translation>&amp;O programie BakeryPlan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Brak ostatnio otwieranych planów</translation>
    </message>
</context>
<context>
    <name>WordingFeedback</name>
    <message>
        <source>A word many readers may not use. Could you say it more simply?</source>
        <translation>Wielu czytelników może nie znać tego słowa. Czy da się to powiedzieć prościej?</translation>
    </message>
    <message>
        <source>How it reads</source>
        <translation>Jak to się czyta</translation>
    </message>
    <message>
        <source>Length: {words} words in {sentences} sentences</source>
        <translation>Długość: słowa – {words}, zdania – {sentences}</translation>
    </message>
    <message>
        <source>Reading ease: {label}</source>
        <translation>Łatwość czytania: {label}</translation>
    </message>
    <message>
        <source>Reading ease: {label} ({score:.0f} of 100)</source>
        <translation>Łatwość czytania: {label} ({score:.0f} na 100)</translation>
    </message>
    <message>
        <source>Words to say more simply: {words}</source>
        <translation>Słowa do uproszczenia: {words}</translation>
    </message>
    <message>
        <source>No jargon found.</source>
        <translation>Nie znaleziono żargonu.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Last year</source>
        <extracomment>Markers on more points than this would merge into a smear; thin them out. Extra room at both ends of the time axis, so a marker on the last day is not cut.</extracomment>
        <translation>Zeszły rok</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>On-track band</source>
        <translation>Pas „zgodnie z planem”</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>{period}   Planned: {planned}   Actual: {actual}</source>
        <translation>{period}   Plan: {planned}   Wynik: {actual}</translation>
    </message>
    <message>
        <source>{period} (so far)</source>
        <translation>{period} (do tej pory)</translation>
    </message>
    <message>
        <source>Planned share of steps</source>
        <translation>Planowana część kroków</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>{day}   Planned: {planned}   Done: {done}</source>
        <translation>{day}   Plan: {planned}   Wykonane: {done}</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Dziś do tej pory</translation>
    </message>
    <message>
        <source>Planned so far today</source>
        <translation>Plan na dziś do tej pory</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Ten tydzień do tej pory</translation>
    </message>
    <message>
        <source>Planned so far this week</source>
        <translation>Plan na ten tydzień do tej pory</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Ten miesiąc do tej pory</translation>
    </message>
    <message>
        <source>Planned so far this month</source>
        <translation>Plan na ten miesiąc do tej pory</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Ten kwartał do tej pory</translation>
    </message>
    <message>
        <source>Planned so far this quarter</source>
        <translation>Plan na ten kwartał do tej pory</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Ten rok do tej pory</translation>
    </message>
    <message>
        <source>Planned so far this year</source>
        <translation>Plan na ten rok do tej pory</translation>
    </message>
</context>
<context>
    <name>chart_export</name>
    <message>
        <source>PNG image, 300 dpi (*.png)</source>
        <translation>Obraz PNG, 300 dpi (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Rysunek SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Eksportuj wykres</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>Nie wyeksportowano wykresu</translation>
    </message>
    <message>
        <source>The chart could not be saved as {path}: {error}</source>
        <translation>Nie udało się zapisać wykresu jako {path}: {error}</translation>
    </message>
    <message>
        <source>{business} progress pack</source>
        <translation>{business}: raport postępów</translation>
    </message>
    <message>
        <source>Export progress pack</source>
        <translation>Eksportuj raport postępów</translation>
    </message>
    <message>
        <source>Writing the progress pack to {name}…</source>
        <translation>Zapisywanie raportu postępów do {name}…</translation>
    </message>
    <message>
        <source>Progress pack not exported</source>
        <translation>Nie wyeksportowano raportu postępów</translation>
    </message>
    <message>
        <source>The progress pack could not be saved as {path}: {error}</source>
        <translation>Nie udało się zapisać raportu postępów jako {path}: {error}</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>Eksport się nie udał.</translation>
    </message>
    <message>
        <source>This takes a few seconds, and longer for a plan with many measures.</source>
        <translation>To potrwa kilka sekund, a przy planie z wieloma wskaźnikami dłużej.</translation>
    </message>
    <message>
        <source>Cannot export a chart as {name}: the file name must end in .png, .svg or .pdf.</source>
        <translation>Nie można wyeksportować wykresu jako {name}: nazwa pliku musi kończyć się na .png, .svg lub .pdf.</translation>
    </message>
    <message>
        <source>No measure with id {id}. {known}</source>
        <extracomment>The kept export chart and renderer are shared: one export draws at a time.</extracomment>
        <translation>Nie ma wskaźnika o id {id}. {known}</translation>
    </message>
    <message>
        <source>Several measures are called {name} (ids {ids}); give the id instead.</source>
        <translation>Kilka wskaźników nazywa się {name} (id: {ids}); podaj id.</translation>
    </message>
    <message>
        <source>No measure called {name}. {known}</source>
        <translation>Nie ma wskaźnika o nazwie {name}. {known}</translation>
    </message>
    <message>
        <source>This plan has no measures yet.</source>
        <translation>Ten plan nie ma jeszcze wskaźników.</translation>
    </message>
    <message>
        <source>Measures in this plan: {names}.</source>
        <translation>Wskaźniki w tym planie: {names}.</translation>
    </message>
</context>
<context>
    <name>chart_table</name>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowany</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Wpisany ręcznie</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>brak wpisów</translation>
    </message>
</context>
<context>
    <name>checkin_sheet</name>
    <message>
        <source>Check-in sheet: week of {day}</source>
        <translation>Karta odprawy: tydzień od {day}</translation>
    </message>
    <message>
        <source>Write the figure when counted</source>
        <translation>Wpisz wynik po policzeniu</translation>
    </message>
    <message>
        <source>Write the day&apos;s total</source>
        <translation>Wpisz sumę dnia</translation>
    </message>
    <message>
        <source>{planned} by the week&apos;s end</source>
        <translation>{planned} do końca tygodnia</translation>
    </message>
    <message>
        <source>{planned} a day</source>
        <translation>{planned} dziennie</translation>
    </message>
    <message>
        <source>{planned} this week</source>
        <translation>{planned} w tym tygodniu</translation>
    </message>
    <message>
        <source>{planned} a day on average</source>
        <translation>średnio {planned} dziennie</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>jeszcze nikt</translation>
    </message>
    <message>
        <source>Write each day&apos;s figure in its box as you count it, and a note on anything unusual (a closed day, a big order). Hand it to {owner} at the end of the week.</source>
        <translation>Wpisuj wynik każdego dnia do jego kratki zaraz po policzeniu, a przy czymś nietypowym dopisz notatkę (dzień zamknięty, duże zamówienie). Na koniec tygodnia kartę odbiera {owner}.</translation>
    </message>
    <message>
        <source>Write each day&apos;s figure in its box as you count it, and a note on anything unusual (a closed day, a big order).</source>
        <translation>Wpisuj wynik każdego dnia do jego kratki zaraz po policzeniu, a przy czymś nietypowym dopisz notatkę (dzień zamknięty, duże zamówienie).</translation>
    </message>
    <message>
        <source>Steps due this week</source>
        <translation>Kroki na ten tydzień</translation>
    </message>
    <message>
        <source>No step is due this week.</source>
        <translation>Żaden krok nie ma terminu w tym tygodniu.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s): see the Goals tab.</source>
        <translation>
            <numerusform>… i jeszcze %n krok: zobacz kartę „Cele”.</numerusform>
            <numerusform>… i jeszcze %n kroki: zobacz kartę „Cele”.</numerusform>
            <numerusform>… i jeszcze %n kroków: zobacz kartę „Cele”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>{business}: {title}</source>
        <translation>{business}: {title}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>No measure is counted by the day or the week: nothing to count on paper.</source>
        <translation>Żaden wskaźnik nie jest liczony dziennie ani tygodniowo: nie ma nic do liczenia na papierze.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more measure(s): see the Actuals tab.</source>
        <translation>
            <numerusform>… i jeszcze %n wskaźnik: zobacz kartę „Wyniki”.</numerusform>
            <numerusform>… i jeszcze %n wskaźniki: zobacz kartę „Wyniki”.</numerusform>
            <numerusform>… i jeszcze %n wskaźników: zobacz kartę „Wyniki”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>give one plan file to open, or a subcommand (see --help)</source>
        <translation>podaj jeden plik planu do otwarcia albo polecenie (zobacz --help)</translation>
    </message>
    <message>
        <source>no plan file at &quot;{path}&quot;</source>
        <translation>nie ma pliku planu „{path}”</translation>
    </message>
    <message>
        <source>{message} (see {help})</source>
        <translation>{message} (zobacz {help})</translation>
    </message>
    <message>
        <source>Offline planning for a small business. Without a subcommand, or with a plan file, opens the window.</source>
        <translation>Planowanie offline dla małej firmy. Bez polecenia albo z plikiem planu otwiera okno.</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>polecenia</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date like 2026-11-27</source>
        <translation>„{text}” nie jest datą w rodzaju 2026-11-27</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is outside the years {first} to {last}</source>
        <translation>„{text}” wykracza poza lata {first}–{last}</translation>
    </message>
    <message>
        <source>write the Sunrise Bakery demo plan</source>
        <translation>zapisz przykładowy plan piekarni Jutrzenka</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>zastąp istniejący plik</translation>
    </message>
    <message>
        <source>create a new, empty plan (or one from a JSON file)</source>
        <translation>utwórz nowy, pusty plan (albo plan z pliku JSON)</translation>
    </message>
    <message>
        <source>business name (default: the file name)</source>
        <translation>nazwa firmy (domyślnie: nazwa pliku)</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>imię i nazwisko właściciela</translation>
    </message>
    <message>
        <source>ISO currency code (default EUR)</source>
        <translation>kod waluty ISO (domyślnie EUR)</translation>
    </message>
    <message>
        <source>locale such as en_GB or de_DE</source>
        <translation>ustawienia regionalne, np. pl_PL lub en_GB</translation>
    </message>
    <message>
        <source>export the whole plan as JSON</source>
        <translation>eksportuj cały plan jako JSON</translation>
    </message>
    <message>
        <source>export actuals (or, with --status, each measure&apos;s status) as CSV</source>
        <translation>eksportuj wyniki (albo, z --status, stan każdego wskaźnika) jako CSV</translation>
    </message>
    <message>
        <source>one row per measure with health</source>
        <translation>jeden wiersz na wskaźnik, ze stanem</translation>
    </message>
    <message>
        <source>each goal and measure: expected, actual, health, forecast</source>
        <translation>każdy cel i wskaźnik: plan, wynik, stan, prognoza</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>wynik do odczytu maszynowego</translation>
    </message>
    <message>
        <source>what needs attention: overdue steps, waiting feedback, gaps in owners, dates, measures</source>
        <translation>co jest do sprawdzenia: kroki po terminie, czekające uwagi, braki osób odpowiedzialnych, terminów i wskaźników</translation>
    </message>
    <message>
        <source>make a backup copy of the plan now</source>
        <translation>zrób teraz kopię zapasową planu</translation>
    </message>
    <message>
        <source>list the backups of a plan, newest first</source>
        <translation>pokaż kopie zapasowe planu, od najnowszej</translation>
    </message>
    <message>
        <source>replace the plan with a backup (backs up the plan first)</source>
        <translation>zastąp plan kopią zapasową (najpierw robi kopię planu)</translation>
    </message>
    <message>
        <source>export a measure&apos;s planned-vs-actual chart</source>
        <translation>eksportuj wykres wskaźnika: plan a wynik</translation>
    </message>
    <message>
        <source>measure name</source>
        <translation>nazwa wskaźnika</translation>
    </message>
    <message>
        <source>write the lenders&apos; progress pack (PDF)</source>
        <translation>zapisz raport postępów dla banku (PDF)</translation>
    </message>
    <message>
        <source>write the one-page plan for the staff huddle (PDF)</source>
        <translation>zapisz plan na jednej stronie na odprawę zespołu (PDF)</translation>
    </message>
    <message>
        <source>what changed since the last review held on or before a day</source>
        <translation>co się zmieniło od ostatniego przeglądu w danym dniu lub wcześniej</translation>
    </message>
    <message>
        <source>write the paper check-in sheet for a week (PDF)</source>
        <translation>zapisz papierową kartę odprawy na tydzień (PDF)</translation>
    </message>
    <message>
        <source>any day of the week wanted (default: next week)</source>
        <translation>dowolny dzień wybranego tygodnia (domyślnie: przyszły tydzień)</translation>
    </message>
    <message>
        <source>as of this date (default today)</source>
        <translation>na ten dzień (domyślnie dziś)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; would hold a PDF: name it something.pdf</source>
        <translation>„{name}” będzie zawierać PDF: nazwij go cośtam.pdf</translation>
    </message>
    <message>
        <source>a plan file name must end in {suffix}, not &quot;{name}&quot;</source>
        <translation>nazwa pliku planu musi kończyć się na {suffix}, a nie „{name}”</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; already exists; choose another name</source>
        <translation>„{path}” już istnieje; wybierz inną nazwę</translation>
    </message>
    <message>
        <source>folder &quot;{folder}&quot; does not exist</source>
        <translation>folder „{folder}” nie istnieje</translation>
    </message>
    <message>
        <source>cannot replace &quot;{name}&quot;: {protection}. Nothing was changed</source>
        <translation>nie można zastąpić „{name}”: {protection}. Nic nie zmieniono</translation>
    </message>
    <message>
        <source>{problem}; --force only replaces a BakeryPlan plan</source>
        <translation>{problem}; --force zastępuje tylko plan BakeryPlan</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; already exists; add --force to replace it</source>
        <translation>„{path}” już istnieje; dodaj --force, aby go zastąpić</translation>
    </message>
    <message>
        <source>Wrote the demo plan of {business} to {path}</source>
        <translation>Zapisano przykładowy plan firmy {business} w {path}</translation>
    </message>
    <message>
        <source>Created &quot;{business}&quot; in {path}</source>
        <translation>Utworzono „{business}” w {path}</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not a currency code such as EUR, GBP or USD</source>
        <translation>„{code}” nie jest kodem waluty, takim jak EUR, GBP czy PLN</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a locale such as en_GB, de_DE or fr_FR</source>
        <translation>„{name}” nie jest ustawieniem regionalnym, takim jak en_GB, de_DE czy pl_PL</translation>
    </message>
    <message>
        <source>Exported {plan} to {file}</source>
        <translation>Wyeksportowano {plan} do {file}</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Zapisano {file}</translation>
    </message>
    <message>
        <source>No backups of {plan} yet.</source>
        <translation>Nie ma jeszcze kopii zapasowych planu {plan}.</translation>
    </message>
    <message>
        <source>no backup file at &quot;{path}&quot;</source>
        <translation>nie ma pliku kopii zapasowej „{path}”</translation>
    </message>
    <message>
        <source>Restored {plan} from {backup}; the replaced plan is kept as {kept}</source>
        <translation>Przywrócono {plan} z kopii {backup}; zastąpiony plan zachowano jako {kept}</translation>
    </message>
    <message>
        <source>Restored {plan} from {backup}</source>
        <translation>Przywrócono {plan} z kopii {backup}</translation>
    </message>
    <message>
        <source>the chart file must end in .png, .svg or .pdf</source>
        <translation>plik wykresu musi kończyć się na .png, .svg lub .pdf</translation>
    </message>
    <message>
        <source>--from {start} must be before --to {end}</source>
        <translation>--from {start} musi być wcześniej niż --to {end}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} for the week of {day} (%n measure(s) left out: too many for one page)</source>
        <translation>
            <numerusform>Zapisano {file} na tydzień od {day} (pominięto %n wskaźnik: za dużo na jedną stronę)</numerusform>
            <numerusform>Zapisano {file} na tydzień od {day} (pominięto %n wskaźniki: za dużo na jedną stronę)</numerusform>
            <numerusform>Zapisano {file} na tydzień od {day} (pominięto %n wskaźników: za dużo na jedną stronę)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file} for the week of {day}</source>
        <translation>Zapisano {file} na tydzień od {day}</translation>
    </message>
    <message>
        <source>import a till, card-terminal, bank, web-shop or accounting export into a measure</source>
        <translation>importuj do wskaźnika plik z kasy, terminala płatniczego, banku, sklepu internetowego lub księgowości</translation>
    </message>
    <message>
        <source>the measure&apos;s name</source>
        <translation>nazwa wskaźnika</translation>
    </message>
    <message>
        <source>read the file with a saved recipe</source>
        <translation>odczytaj plik według zapisanego szablonu importu</translation>
    </message>
    <message>
        <source>header text or number from 1</source>
        <translation>tekst nagłówka albo numer od 1</translation>
    </message>
    <message>
        <source>sum this column&apos;s amounts</source>
        <translation>sumuj kwoty z tej kolumny</translation>
    </message>
    <message>
        <source>count the rows of each day</source>
        <translation>licz wiersze każdego dnia</translation>
    </message>
    <message>
        <source>count each day&apos;s different values of COL</source>
        <translation>licz różne wartości COL w każdym dniu</translation>
    </message>
    <message>
        <source>only rows whose COL is VALUE (repeat for several values)</source>
        <translation>tylko wiersze, w których COL ma wartość VALUE (powtórz dla kilku wartości)</translation>
    </message>
    <message>
        <source>amounts to keep</source>
        <translation>które kwoty brać</translation>
    </message>
    <message>
        <source>the column of notes</source>
        <translation>kolumna z notatkami</translation>
    </message>
    <message>
        <source>save the mapping as a recipe</source>
        <translation>zapisz ustawienia jako szablon importu</translation>
    </message>
    <message>
        <source>replace days this source imported before</source>
        <translation>zastąp dni, które to źródło już wcześniej zaimportowało</translation>
    </message>
    <message>
        <source>keep days this source imported before</source>
        <translation>zachowaj dni, które to źródło już wcześniej zaimportowało</translation>
    </message>
    <message>
        <source>write nothing</source>
        <translation>nic nie zapisuj</translation>
    </message>
    <message>
        <source>today (default: today)</source>
        <translation>dzisiejsza data (domyślnie: dziś)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <source>no measure called &quot;{name}&quot; (measures: {names})</source>
        <translation>nie ma wskaźnika o nazwie „{name}” (wskaźniki: {names})</translation>
    </message>
    <message numerus="yes">
        <source>%n measures are called &quot;{name}&quot;: rename one in the window first</source>
        <translation>
            <numerusform>%n wskaźnik nazywa się „{name}”: najpierw zmień nazwę jednego z nich w oknie</numerusform>
            <numerusform>%n wskaźniki nazywają się „{name}”: najpierw zmień nazwę jednego z nich w oknie</numerusform>
            <numerusform>%n wskaźników nazywa się „{name}”: najpierw zmień nazwę jednego z nich w oknie</numerusform>
        </translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>jeszcze żaden nie zapisany</translation>
    </message>
    <message>
        <source>no import recipe called &quot;{name}&quot; (recipes: {names})</source>
        <translation>nie ma szablonu importu o nazwie „{name}” (szablony: {names})</translation>
    </message>
    <message>
        <source>the file has no column &quot;{text}&quot; (columns: {names}; or a number from 1)</source>
        <translation>plik nie ma kolumny „{text}” (kolumny: {names}; albo numer od 1)</translation>
    </message>
    <message>
        <source>--where &quot;{where}&quot; needs the form COLUMN=VALUE</source>
        <translation>--where &quot;{where}&quot; wymaga postaci KOLUMNA=WARTOŚĆ</translation>
    </message>
    <message>
        <source>no day&apos;s figure could be read from the file; nothing was written</source>
        <translation>z pliku nie udało się odczytać wyniku żadnego dnia; nic nie zapisano</translation>
    </message>
    <message>
        <source>no day&apos;s figure could be read from the file (line {line}: {reason}); nothing was written</source>
        <translation>z pliku nie udało się odczytać wyniku żadnego dnia (wiersz {line}: {reason}); nic nie zapisano</translation>
    </message>
    <message numerus="yes">
        <source>%n of these days ({first} to {last}) were already imported from &quot;{source}&quot; into &quot;{measure}&quot;: add --replace to replace them or --skip-existing to keep them; nothing was written</source>
        <translation>
            <numerusform>%n z tych dni ({first}–{last}) był już zaimportowany z „{source}” do „{measure}”: dodaj --replace, aby go zastąpić, albo --skip-existing, aby go zachować; nic nie zapisano</numerusform>
            <numerusform>%n z tych dni ({first}–{last}) były już zaimportowane z „{source}” do „{measure}”: dodaj --replace, aby je zastąpić, albo --skip-existing, aby je zachować; nic nie zapisano</numerusform>
            <numerusform>%n z tych dni ({first}–{last}) było już zaimportowanych z „{source}” do „{measure}”: dodaj --replace, aby je zastąpić, albo --skip-existing, aby je zachować; nic nie zapisano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n day(s) into &quot;{measure}&quot; (source &quot;{source}&quot;).</source>
        <translation>
            <numerusform>Zaimportowano by %n dzień do „{measure}” (źródło „{source}”).</numerusform>
            <numerusform>Zaimportowano by %n dni do „{measure}” (źródło „{source}”).</numerusform>
            <numerusform>Zaimportowano by %n dni do „{measure}” (źródło „{source}”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) into &quot;{measure}&quot; (source &quot;{source}&quot;).</source>
        <translation>
            <numerusform>Zaimportowano %n dzień do „{measure}” (źródło „{source}”).</numerusform>
            <numerusform>Zaimportowano %n dni do „{measure}” (źródło „{source}”).</numerusform>
            <numerusform>Zaimportowano %n dni do „{measure}” (źródło „{source}”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The figures come from %n row(s) of the file.</source>
        <translation>
            <numerusform>Liczby pochodzą z %n wiersza pliku.</numerusform>
            <numerusform>Liczby pochodzą z %n wierszy pliku.</numerusform>
            <numerusform>Liczby pochodzą z %n wierszy pliku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries of the same days were replaced.</source>
        <translation>
            <numerusform>Zastąpiono %n wcześniejszy wpis z tych samych dni.</numerusform>
            <numerusform>Zastąpiono %n wcześniejsze wpisy z tych samych dni.</numerusform>
            <numerusform>Zastąpiono %n wcześniejszych wpisów z tych samych dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported before were kept as they were.</source>
        <translation>
            <numerusform>%n wcześniej zaimportowany dzień pozostał bez zmian.</numerusform>
            <numerusform>%n wcześniej zaimportowane dni pozostały bez zmian.</numerusform>
            <numerusform>%n wcześniej zaimportowanych dni pozostało bez zmian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were left out by the filters.</source>
        <translation>
            <numerusform>Filtry pominęły %n wiersz.</numerusform>
            <numerusform>Filtry pominęły %n wiersze.</numerusform>
            <numerusform>Filtry pominęły %n wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>  skipped line {line}: {reason}</source>
        <translation>  pominięto wiersz {line}: {reason}</translation>
    </message>
    <message>
        <source>plan a measure&apos;s next year from its entries of last year, with a change</source>
        <translation>zaplanuj przyszły rok wskaźnika na podstawie jego wpisów z zeszłego roku, ze zmianą</translation>
    </message>
    <message>
        <source>the last day of the reference year; the plan covers the twelve months after it</source>
        <translation>ostatni dzień roku odniesienia; plan obejmuje dwanaście miesięcy po nim</translation>
    </message>
    <message>
        <source>change on last year: 8, +8 %%, -5</source>
        <translation>zmiana wobec zeszłego roku: 8, +8 %%, -5</translation>
    </message>
    <message>
        <source>the new year&apos;s total instead</source>
        <translation>zamiast tego suma na nowy rok</translation>
    </message>
    <message>
        <source>match days by weekday with holidays moved (default), by weekday only, or by date</source>
        <translation>dopasuj dni według dnia tygodnia z przesunięciem świąt (domyślnie), tylko według dnia tygodnia albo według daty</translation>
    </message>
    <message>
        <source>fill days last year misses from the weeks around</source>
        <translation>uzupełnij dni brakujące w zeszłym roku na podstawie sąsiednich tygodni</translation>
    </message>
    <message>
        <source>plan only what last year&apos;s entries show</source>
        <translation>planuj tylko to, co pokazują wpisy z zeszłego roku</translation>
    </message>
    <message>
        <source>{problem} Add --fill-gaps to fill the missing days from the weeks around, or --known-only to plan only what the year&apos;s entries show.</source>
        <translation>{problem} Dodaj --fill-gaps, aby uzupełnić brakujące dni na podstawie sąsiednich tygodni, albo --known-only, aby planować tylko to, co pokazują wpisy z tego roku.</translation>
    </message>
    <message>
        <source>Last year&apos;s total: {last}; the new plan&apos;s ({start} to {end}): {planned}.</source>
        <translation>Suma z zeszłego roku: {last}; nowego planu ({start}–{end}): {planned}.</translation>
    </message>
    <message>
        <source>Last year&apos;s average per open day: {last}; the new plan&apos;s ({start} to {end}): {planned}.</source>
        <translation>Średnia z zeszłego roku na dzień otwarcia: {last}; nowego planu ({start}–{end}): {planned}.</translation>
    </message>
    <message>
        <source>{measure}: planned from the year ending {day}, {change}.</source>
        <translation>{measure}: plan na podstawie roku kończącego się {day}, {change}.</translation>
    </message>
    <message>
        <source>Moved: {days}.</source>
        <translation>Przesunięto: {days}.</translation>
    </message>
    <message numerus="yes">
        <source>%n missing day(s) of last year filled from the weeks around.</source>
        <translation>
            <numerusform>Uzupełniono %n brakujący dzień zeszłego roku na podstawie sąsiednich tygodni.</numerusform>
            <numerusform>Uzupełniono %n brakujące dni zeszłego roku na podstawie sąsiednich tygodni.</numerusform>
            <numerusform>Uzupełniono %n brakujących dni zeszłego roku na podstawie sąsiednich tygodni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the new plan of {measure} to {path}.</source>
        <translation>Zapisano nowy plan wskaźnika {measure} w {path}.</translation>
    </message>
    <message>
        <source>Dry run: nothing written.</source>
        <translation>Próba: nic nie zapisano.</translation>
    </message>
    <message>
        <source>day starting   planned   last year</source>
        <translation>dzień od   plan   zeszły rok</translation>
    </message>
    <message>
        <source>week starting   planned   last year</source>
        <translation>tydzień od   plan   zeszły rok</translation>
    </message>
    <message>
        <source>month starting   planned   last year</source>
        <translation>miesiąc od   plan   zeszły rok</translation>
    </message>
    <message>
        <source>quarter starting   planned   last year</source>
        <translation>kwartał od   plan   zeszły rok</translation>
    </message>
    <message>
        <source>year starting   planned   last year</source>
        <translation>rok od   plan   zeszły rok</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Delete goal</source>
        <translation>usunięcie celu</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>usunięcie wskaźnika</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>usunięcie osoby</translation>
    </message>
    <message>
        <source>Add goal with wizard</source>
        <translation>dodanie celu z kreatorem</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>import wyników</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>dodanie osoby</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>zmiana osoby</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>dodanie celu</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>zmiana celu</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>dodanie wskaźnika</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>zmiana wskaźnika</translation>
    </message>
    <message>
        <source>Plan from last year</source>
        <translation>plan na podstawie zeszłego roku</translation>
    </message>
    <message>
        <source>Add actual</source>
        <translation>dodanie wyniku</translation>
    </message>
    <message>
        <source>Edit actual</source>
        <translation>zmiana wyniku</translation>
    </message>
    <message>
        <source>Delete actual</source>
        <translation>usunięcie wyniku</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>dodanie kroku</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>zmiana kroku</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>usunięcie kroku</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>dodanie uwagi</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>zmiana uwagi</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>usunięcie uwagi</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>dodanie przeglądu</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>zmiana przeglądu</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>usunięcie przeglądu</translation>
    </message>
    <message>
        <source>Edit business details</source>
        <translation>poprawienie danych firmy</translation>
    </message>
    <message>
        <source>Revise vision</source>
        <translation>poprawienie wizji</translation>
    </message>
    <message>
        <source>Delete actuals</source>
        <translation>usunięcie wyników</translation>
    </message>
    <message>
        <source>Hold review</source>
        <translation>przeprowadzenie przeglądu</translation>
    </message>
    <message>
        <source>Made a step: {title}</source>
        <translation>utworzenie kroku: {title}</translation>
    </message>
    <message>
        <source>Make a step of feedback</source>
        <translation>utworzenie kroku z uwagi</translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation>przeniesienie celu</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>przeniesienie kroku</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>BakeryPlan plans (*.bakeryplan);;All files (*)</source>
        <translation>Plany BakeryPlan (*.bakeryplan);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Otwórz plan</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; already exists. Replace it?</source>
        <translation>„{name}” już istnieje. Zastąpić?</translation>
    </message>
    <message>
        <source>You have typed something here. Close and lose what you typed?</source>
        <translation>Coś tu zostało wpisane. Zamknąć i stracić wpisany tekst?</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Edytuj dalej</translation>
    </message>
    <message>
        <source>&amp;Close and lose it</source>
        <translation>&amp;Zamknij bez zapisywania</translation>
    </message>
    <message>
        <source>Saved as {name}
in the folder {folder}</source>
        <translation>Zapisano jako {name}
w folderze {folder}</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Otwórz folder</translation>
    </message>
    <message>
        <source>Skip those days</source>
        <translation>Pomiń te dni</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Zastąp je</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Today so far</source>
        <translation>Dziś do tej pory</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Ten tydzień do tej pory</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Ten miesiąc do tej pory</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Ten kwartał do tej pory</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Ten rok do tej pory</translation>
    </message>
    <message>
        <source>{count} to {day}, {mean}</source>
        <translation>{count} do {day}, {mean}</translation>
    </message>
    <message>
        <source>average</source>
        <translation>średnia</translation>
    </message>
    <message>
        <source>average per {period}</source>
        <translation>średnio na {period}</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message numerus="yes">
        <source>Step &quot;{name}&quot; is %n day(s) overdue (owner: {owner}).</source>
        <translation>
            <numerusform>Krok „{name}” jest %n dzień po terminie (odpowiada: {owner}).</numerusform>
            <numerusform>Krok „{name}” jest %n dni po terminie (odpowiada: {owner}).</numerusform>
            <numerusform>Krok „{name}” jest %n dni po terminie (odpowiada: {owner}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step &quot;{name}&quot; is %n day(s) overdue (no owner).</source>
        <translation>
            <numerusform>Krok „{name}” jest %n dzień po terminie (nikt za niego nie odpowiada).</numerusform>
            <numerusform>Krok „{name}” jest %n dni po terminie (nikt za niego nie odpowiada).</numerusform>
            <numerusform>Krok „{name}” jest %n dni po terminie (nikt za niego nie odpowiada).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; is due on {day}, after its goal &quot;{goal}&quot; (due {goal_due}).</source>
        <translation>Krok „{name}” ma termin {day}, później niż jego cel „{goal}” (termin {goal_due}).</translation>
    </message>
    <message>
        <source>Measure &quot;{name}&quot; missed its target date, {day}: {progress} (last actual {last}).</source>
        <translation>Wskaźnik „{name}” minął swój termin ({day}): {progress} (ostatni wynik {last}).</translation>
    </message>
    <message>
        <source>Measure &quot;{name}&quot; missed its target date, {day}: no actual yet.</source>
        <translation>Wskaźnik „{name}” minął swój termin ({day}): nie ma jeszcze żadnego wyniku.</translation>
    </message>
    <message numerus="yes">
        <source>Measure &quot;{name}&quot; has had no actual since {day} (%n day(s)).</source>
        <translation>
            <numerusform>Wskaźnik „{name}” nie ma nowego wyniku od {day} (%n dzień).</numerusform>
            <numerusform>Wskaźnik „{name}” nie ma nowego wyniku od {day} (%n dni).</numerusform>
            <numerusform>Wskaźnik „{name}” nie ma nowego wyniku od {day} (%n dni).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measure &quot;{name}&quot; has no actual yet, %n day(s) after its start.</source>
        <translation>
            <numerusform>Wskaźnik „{name}” nie ma jeszcze wyniku, %n dzień po starcie.</numerusform>
            <numerusform>Wskaźnik „{name}” nie ma jeszcze wyniku, %n dni po starcie.</numerusform>
            <numerusform>Wskaźnik „{name}” nie ma jeszcze wyniku, %n dni po starcie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No goal yet for &quot;{area}&quot;.</source>
        <translation>Nie ma jeszcze celu w obszarze „{area}”.</translation>
    </message>
    <message>
        <source>There is no vision yet: write in a few plain sentences where the business is going and why.</source>
        <translation>Nie ma jeszcze wizji: napisz w kilku prostych zdaniach, dokąd zmierza firma i dlaczego.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no measure; its progress is seen from its steps only.</source>
        <translation>Cel „{name}” nie ma wskaźnika; jego postęp widać tylko po krokach.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no measure and no steps, so nobody can see its progress.</source>
        <translation>Cel „{name}” nie ma wskaźnika ani kroków, więc nikt nie widzi jego postępu.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no owner.</source>
        <translation>Cel „{name}” nie ma osoby odpowiedzialnej.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no due date.</source>
        <translation>Cel „{name}” nie ma terminu.</translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; has no owner.</source>
        <translation>Krok „{name}” nie ma osoby odpowiedzialnej.</translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; has no due date.</source>
        <translation>Krok „{name}” nie ma terminu.</translation>
    </message>
    <message>
        <source>{name} owns no goal and no step.</source>
        <translation>{name} nie odpowiada za żaden cel ani krok.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback &quot;{text}&quot; from {who} ({source}, {day}) has waited %n day(s) for an answer.</source>
        <translation>
            <numerusform>Uwaga „{text}” ({who}, {source}, {day}) czeka na odpowiedź już %n dzień.</numerusform>
            <numerusform>Uwaga „{text}” ({who}, {source}, {day}) czeka na odpowiedź już %n dni.</numerusform>
            <numerusform>Uwaga „{text}” ({who}, {source}, {day}) czeka na odpowiedź już %n dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback &quot;{text}&quot; ({source}, {day}) has waited %n day(s) for an answer.</source>
        <translation>
            <numerusform>Uwaga „{text}” ({source}, {day}) czeka na odpowiedź już %n dzień.</numerusform>
            <numerusform>Uwaga „{text}” ({source}, {day}) czeka na odpowiedź już %n dni.</numerusform>
            <numerusform>Uwaga „{text}” ({source}, {day}) czeka na odpowiedź już %n dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>team</source>
        <comment>feedback from</comment>
        <translation>zespół</translation>
    </message>
    <message>
        <source>customer</source>
        <comment>feedback from</comment>
        <translation>klient</translation>
    </message>
    <message>
        <source>supplier</source>
        <comment>feedback from</comment>
        <translation>dostawca</translation>
    </message>
    <message>
        <source>Hold the first one to see what changes from one review to the next.</source>
        <translation>Zrób pierwszy, żeby zobaczyć, co zmienia się od przeglądu do przeglądu.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it weekly.</source>
        <translation>Nie było jeszcze żadnego przeglądu; plan zakłada przegląd co tydzień.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it quarterly.</source>
        <translation>Nie było jeszcze żadnego przeglądu; plan zakłada przegląd co kwartał.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it monthly.</source>
        <translation>Nie było jeszcze żadnego przeglądu; plan zakłada przegląd co miesiąc.</translation>
    </message>
    <message numerus="yes">
        <source>The weekly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>Przegląd tygodniowy jest %n dzień po terminie: termin minął {due}, a ostatni przegląd był {held}.</numerusform>
            <numerusform>Przegląd tygodniowy jest %n dni po terminie: termin minął {due}, a ostatni przegląd był {held}.</numerusform>
            <numerusform>Przegląd tygodniowy jest %n dni po terminie: termin minął {due}, a ostatni przegląd był {held}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>Przegląd kwartalny jest %n dzień po terminie: termin minął {due}, a ostatni przegląd był {held}.</numerusform>
            <numerusform>Przegląd kwartalny jest %n dni po terminie: termin minął {due}, a ostatni przegląd był {held}.</numerusform>
            <numerusform>Przegląd kwartalny jest %n dni po terminie: termin minął {due}, a ostatni przegląd był {held}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>Przegląd miesięczny jest %n dzień po terminie: termin minął {due}, a ostatni przegląd był {held}.</numerusform>
            <numerusform>Przegląd miesięczny jest %n dni po terminie: termin minął {due}, a ostatni przegląd był {held}.</numerusform>
            <numerusform>Przegląd miesięczny jest %n dni po terminie: termin minął {due}, a ostatni przegląd był {held}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <source>Target reached.</source>
        <translation>Wartość docelowa osiągnięta.</translation>
    </message>
    <message>
        <source>Not moving towards the target at the recent pace.</source>
        <translation>W ostatnim tempie nie zbliża się do wartości docelowej.</translation>
    </message>
    <message>
        <source>At this pace the target is reached on {day}, on time.</source>
        <translation>W tym tempie wartość docelowa zostanie osiągnięta {day}, na czas.</translation>
    </message>
    <message>
        <source>At this pace: {day}, {span} late.</source>
        <translation>W tym tempie: {day}, {span} po terminie.</translation>
    </message>
    <message>
        <source>At this pace the target is reached on {day}, {span} early.</source>
        <translation>W tym tempie wartość docelowa zostanie osiągnięta {day}, {span} przed terminem.</translation>
    </message>
    <message>
        <source>At this pace you reach {value} by {day} (target {target}).</source>
        <translation>W tym tempie do {day} będzie {value} (docelowo {target}).</translation>
    </message>
    <message>
        <source>The target date, {day}, has passed: {progress}.</source>
        <translation>Termin docelowy ({day}) minął: {progress}.</translation>
    </message>
    <message>
        <source>Not moving towards the target.</source>
        <translation>Nie zbliża się do wartości docelowej.</translation>
    </message>
    <message>
        <source>At this pace it is reached on {day}, {span} late.</source>
        <translation>W tym tempie zostanie osiągnięta {day}, {span} po terminie.</translation>
    </message>
    <message>
        <source>{value} against a target of {target}</source>
        <translation>{value} wobec wartości docelowej {target}</translation>
    </message>
    <message>
        <source>{value} of {target} reached</source>
        <translation>osiągnięto {value} z {target}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>New measure</source>
        <translation>Nowy wskaźnik</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Edytuj wskaźnik</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Wskaźnik</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Jednostka</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Więcej znaczy lepiej</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Mniej znaczy lepiej</translation>
    </message>
    <message>
        <source>Keep within a band</source>
        <translation>Utrzymać w przedziale</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Kierunek</translation>
    </message>
    <message>
        <source>Starting &amp;point</source>
        <translation>&amp;Punkt wyjścia</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>Wartość &amp;docelowa</translation>
    </message>
    <message>
        <source>Band &amp;low</source>
        <translation>Dolna &amp;granica</translation>
    </message>
    <message>
        <source>Band &amp;high</source>
        <translation>Górna gra&amp;nica</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Po&amp;czątek</translation>
    </message>
    <message>
        <source>Target &amp;date</source>
        <translation>&amp;Termin docelowy</translation>
    </message>
    <message>
        <source>What the target speaks &amp;of</source>
        <translation>Czeg&amp;o dotyczy wartość docelowa</translation>
    </message>
    <message>
        <source>Count it &amp;as</source>
        <translation>L&amp;icz jako</translation>
    </message>
    <message>
        <source>Judge health o&amp;ver</source>
        <translation>Oc&amp;eniaj stan za</translation>
    </message>
    <message>
        <source>Pla&amp;nned path</source>
        <translation>Planowana ścieżk&amp;a</translation>
    </message>
    <message>
        <source>Plan from last &amp;year…</source>
        <translation>Plan na podstawie zeszłego &amp;roku…</translation>
    </message>
    <message>
        <source>Draw a seasonal plan from a year of this measure&apos;s entries</source>
        <translation>Utwórz plan sezonowy na podstawie rocznych wpisów tego wskaźnika</translation>
    </message>
    <message>
        <source>Seasonal plan:</source>
        <translation>Plan sezonowy:</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Jeszcze nikt</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Bez celu</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Odłożona</translation>
    </message>
    <message>
        <source>Huddle</source>
        <translation>Odprawa</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>Przegląd miesięczny</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Przegląd kwartalny</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Bez harmonogramu</translation>
    </message>
    <message>
        <source>Every week (a huddle)</source>
        <translation>Co tydzień (odprawa)</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Co kwartał</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Edytuj cel</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nowy cel</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Cel</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Obszar</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>O&amp;dpowiada</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Osiągnięty</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Porzucony</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Nothing: a main goal</source>
        <translation>Nic: to cel główny</translation>
    </message>
    <message>
        <source>P&amp;art of</source>
        <translation>&amp;Należy do</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>Dlaczego to &amp;ważne</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nowy krok</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Edytuj krok</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Krok</translation>
    </message>
    <message>
        <source>Do&amp;ne on</source>
        <translation>&amp;Wykonano dnia</translation>
    </message>
    <message>
        <source>&amp;Effort (hours)</source>
        <translation>&amp;Nakład (godziny)</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>K&amp;oszt</translation>
    </message>
    <message>
        <source>Make a step of feedback</source>
        <translation>Utwórz krok z uwagi</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edytuj osobę</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktywna</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Edytuj uwagę</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>Nowa uwaga</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Uwaga</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>Ź&amp;ródło</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Od &amp;kogo</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Otrzymano</translation>
    </message>
    <message>
        <source>&amp;Linked goal</source>
        <translation>&amp;Powiązany cel</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>Odpowie&amp;dź</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>Edytuj przegląd</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Nowy przegląd</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>Odbył się &amp;dnia</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notatki</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>D&amp;ecyzje</translation>
    </message>
    <message>
        <source>Business details</source>
        <translation>Dane firmy</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Nazwa firmy</translation>
    </message>
    <message>
        <source>&amp;Currency (like EUR, GBP, USD)</source>
        <translation>&amp;Waluta (np. PLN, EUR, USD)</translation>
    </message>
    <message>
        <source>&amp;Language and country</source>
        <translation>&amp;Język i kraj</translation>
    </message>
    <message>
        <source>&amp;Financial year starts in</source>
        <translation>&amp;Rok obrachunkowy od</translation>
    </message>
    <message>
        <source>&amp;Weeks start on</source>
        <translation>&amp;Tydzień zaczyna się od</translation>
    </message>
    <message>
        <source>&amp;Review the plan</source>
        <translation>&amp;Przegląd planu</translation>
    </message>
    <message>
        <source>Currency: pick one from the list, or type a code such as EUR or GBP.</source>
        <translation>Waluta: wybierz z listy albo wpisz kod, np. PLN lub EUR.</translation>
    </message>
    <message>
        <source>Language and country: pick one from the list.</source>
        <translation>Język i kraj: wybierz z listy.</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>On track</source>
        <translation>Zgodnie z planem</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Poniżej planu</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Zagrożone</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Osiągnięte</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nierozpoczęte</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>The year ending {day} is incomplete.</source>
        <translation>Rok kończący się {day} jest niepełny.</translation>
    </message>
    <message>
        <source>“{name}” has no entries in the year from {start} to {end}: choose a year with entries.</source>
        <translation>„{name}” nie ma wpisów w roku od {start} do {end}: wybierz rok z wpisami.</translation>
    </message>
    <message numerus="yes">
        <source>Too little history: “{name}” has entries on %n day(s) of the year ending {day}; a plan for a year needs at least {weeks} of them.</source>
        <translation>
            <numerusform>Za mało danych: „{name}” ma wpisy z %n dnia roku kończącego się {day}; plan na rok wymaga co najmniej {weeks} takich dni.</numerusform>
            <numerusform>Za mało danych: „{name}” ma wpisy z %n dni roku kończącego się {day}; plan na rok wymaga co najmniej {weeks} takich dni.</numerusform>
            <numerusform>Za mało danych: „{name}” ma wpisy z %n dni roku kończącego się {day}; plan na rok wymaga co najmniej {weeks} takich dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is read as its latest figure (a rating, a share, a headcount), so last year has no totals to copy: plan from last year works for measures counted as a total or a daily average.</source>
        <translation>„{name}” jest liczony jako ostatnia wartość (ocena, udział, liczba osób), więc w zeszłym roku nie ma sum do przeniesienia: plan na podstawie zeszłego roku działa dla wskaźników liczonych jako suma lub średnia dzienna.</translation>
    </message>
    <message>
        <source>“{name}” should stay within a band; plan from last year is for measures where more is better (sales, customers, loaves).</source>
        <translation>„{name}” ma się mieścić w przedziale; plan na podstawie zeszłego roku jest dla wskaźników, w których więcej znaczy lepiej (sprzedaż, klienci, bochenki).</translation>
    </message>
    <message>
        <source>“{name}” should go down; plan from last year is for measures where more is better (sales, customers, loaves).</source>
        <translation>„{name}” ma spadać; plan na podstawie zeszłego roku jest dla wskaźników, w których więcej znaczy lepiej (sprzedaż, klienci, bochenki).</translation>
    </message>
    <message>
        <source>“{name}” is a daily average, which has no total for the year: give the change in percent.</source>
        <translation>„{name}” to średnia dzienna, która nie ma sumy za rok: podaj zmianę w procentach.</translation>
    </message>
    <message>
        <source>A change of -100% or less leaves nothing to plan.</source>
        <translation>Zmiana o -100 % lub mniej nie zostawia nic do planowania.</translation>
    </message>
    <message>
        <source>The total for the year must be more than 0.</source>
        <translation>Suma za rok musi być większa niż 0.</translation>
    </message>
    <message>
        <source>No entries after {day}.</source>
        <translation>Brak wpisów po {day}.</translation>
    </message>
    <message>
        <source>The entries start on {day}: nothing is recorded for the {length} before (opened mid-year?).</source>
        <translation>Wpisy zaczynają się {day}: wcześniejszy okres ({length}) nie ma żadnych wpisów (otwarcie w trakcie roku?).</translation>
    </message>
    <message>
        <source>No entries from {start} to {end} ({length}).</source>
        <translation>Brak wpisów od {start} do {end} ({length}).</translation>
    </message>
    <message>
        <source>Each day is compared with the same date last year.</source>
        <translation>Każdy dzień jest porównywany z tą samą datą zeszłego roku.</translation>
    </message>
    <message>
        <source>Each day is compared with the same weekday 52 weeks before; holidays stay put.</source>
        <translation>Każdy dzień jest porównywany z tym samym dniem tygodnia 52 tygodnie wcześniej; święta zostają na swoich miejscach.</translation>
    </message>
    <message>
        <source>Each day is compared with the same weekday 52 weeks before; the holidays of {country} are moved to their dates in the new year.</source>
        <translation>Każdy dzień jest porównywany z tym samym dniem tygodnia 52 tygodnie wcześniej; święta ({country}) są przesuwane na ich daty w nowym roku.</translation>
    </message>
    <message>
        <source>The plan&apos;s locale ({locale}) names no country, so public holidays cannot be moved. Only the days the business was closed last year on a usual opening day keep their dates.</source>
        <translation>Ustawienia regionalne planu ({locale}) nie wskazują kraju, więc nie można przesunąć świąt. Swoje daty zachowują tylko dni, w które firma była w zeszłym roku zamknięta w zwykły dzień otwarcia.</translation>
    </message>
    <message>
        <source>The holiday library does not know the country {country}, so public holidays cannot be moved. Only the days the business was closed last year on a usual opening day keep their dates.</source>
        <translation>Kalendarz świąt nie zna kraju {country}, więc nie można przesunąć świąt. Swoje daty zachowują tylko dni, w które firma była w zeszłym roku zamknięta w zwykły dzień otwarcia.</translation>
    </message>
    <message>
        <source>Closed on {day}</source>
        <translation>Zamknięte {day}</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Niedziela Wielkanocna</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>The file has no column &quot;{column}&quot; for the date.</source>
        <translation>W pliku nie ma kolumny „{column}” z datą.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the value.</source>
        <translation>W pliku nie ma kolumny „{column}” z wartością.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the note.</source>
        <translation>W pliku nie ma kolumny „{column}” z notatką.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the filter.</source>
        <translation>W pliku nie ma kolumny „{column}” do filtrowania.</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Wybierz kolumnę z datą.</translation>
    </message>
    <message>
        <source>Choose the column that makes the value.</source>
        <translation>Wybierz kolumnę, z której powstaje wartość.</translation>
    </message>
    <message>
        <source>more cells than the header ({width} where it has {expected}) — {cause}</source>
        <translation>więcej komórek niż w nagłówku ({width} zamiast {expected}) — {cause}</translation>
    </message>
    <message>
        <source>more cells than the other rows ({width} where they have {expected}) — {cause}</source>
        <translation>więcej komórek niż w innych wierszach ({width} zamiast {expected}) — {cause}</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not an amount</source>
        <translation>„{cell}” to nie kwota</translation>
    </message>
    <message>
        <source>no amount in &quot;{column}&quot;</source>
        <translation>brak kwoty w kolumnie „{column}”</translation>
    </message>
    <message>
        <source>no value in &quot;{column}&quot; to count</source>
        <translation>brak wartości do policzenia w kolumnie „{column}”</translation>
    </message>
    <message numerus="yes">
        <source>%n cells where the table has {width}</source>
        <translation>
            <numerusform>%n komórka zamiast {width}</numerusform>
            <numerusform>%n komórki zamiast {width}</numerusform>
            <numerusform>%n komórek zamiast {width}</numerusform>
        </translation>
    </message>
    <message>
        <source>a total line, not a day&apos;s figure</source>
        <translation>wiersz sumy, a nie wynik dnia</translation>
    </message>
    <message>
        <source>dated after today ({day})</source>
        <translation>data późniejsza niż dziś ({day})</translation>
    </message>
    <message>
        <source>{day} is outside the years {first} to {last}</source>
        <translation>{day} wykracza poza lata {first}–{last}</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a number</source>
        <translation>„{cell}” to nie liczba</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is outside the range -1,000,000,000,000 to 1,000,000,000,000</source>
        <translation>„{cell}” wykracza poza zakres od -1&#xa0;000&#xa0;000&#xa0;000&#xa0;000 do 1&#xa0;000&#xa0;000&#xa0;000&#xa0;000</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>brak daty</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (day first)</source>
        <translation>„{cell}” to nie data (najpierw dzień)</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (month first)</source>
        <translation>„{cell}” to nie data (najpierw miesiąc)</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (year first)</source>
        <translation>„{cell}” to nie data (najpierw rok)</translation>
    </message>
    <message>
        <source>the amount looks cut in two by a comma: {amount}; quote it or export with another separator</source>
        <translation>kwota wygląda na rozciętą przecinkiem: {amount}; ujmij ją w cudzysłów albo wyeksportuj plik z innym separatorem</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>najpierw dzień</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>najpierw miesiąc</translation>
    </message>
    <message>
        <source>year first</source>
        <translation>najpierw rok</translation>
    </message>
    <message>
        <source>The dates are written both day first (line {day_line}: &quot;{day_cell}&quot;) and month first (line {month_line}: &quot;{month_cell}&quot;): lines the chosen order cannot read are skipped. Check that the order chosen is the file&apos;s own.</source>
        <translation>Daty są zapisane zarówno z dniem na początku (wiersz {day_line}: „{day_cell}”), jak i z miesiącem na początku (wiersz {month_line}: „{month_cell}”): wiersze, których nie da się odczytać w wybranej kolejności, są pomijane. Sprawdź, czy wybrana kolejność jest zgodna z plikiem.</translation>
    </message>
    <message>
        <source>The dates are written both day first (line {day_line}: &quot;{day_cell}&quot;) and month first (line {month_line}: &quot;{month_cell}&quot;): lines the chosen order cannot read are skipped, and dates that read either way were read {order} ({lines}). Check those days, or choose the other order.</source>
        <translation>Daty są zapisane zarówno z dniem na początku (wiersz {day_line}: „{day_cell}”), jak i z miesiącem na początku (wiersz {month_line}: „{month_cell}”): wiersze, których nie da się odczytać w wybranej kolejności, są pomijane, a daty pasujące do obu zapisów odczytano w kolejności: {order} ({lines}). Sprawdź te dni albo wybierz drugą kolejność.</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>wiersz {line}</translation>
    </message>
    <message>
        <source>lines {lines}</source>
        <translation>wiersze {lines}</translation>
    </message>
    <message numerus="yes">
        <source>lines {list} and %n more</source>
        <translation>
            <numerusform>wiersze {list} i jeszcze %n inny</numerusform>
            <numerusform>wiersze {list} i jeszcze %n inne</numerusform>
            <numerusform>wiersze {list} i jeszcze %n innych</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a profit-and-loss report (totals per account for a period), not daily figures: export the sales journal or the bank transactions, one row per booking with its date, and import that.</source>
        <translation>To jest rachunek zysków i strat (sumy na kontach za okres), a nie wyniki dzienne: wyeksportuj rejestr sprzedaży albo operacje z banku, po jednym wierszu na każdą operację z jej datą, i zaimportuj ten plik.</translation>
    </message>
    <message>
        <source>totals by month, with a &quot;Total&quot; row</source>
        <translation>sumy według miesięcy, z wierszem „Suma”</translation>
    </message>
    <message>
        <source>totals by month</source>
        <translation>sumy według miesięcy</translation>
    </message>
    <message>
        <source>totals by group, with a &quot;Total&quot; row</source>
        <translation>sumy według grup, z wierszem „Suma”</translation>
    </message>
    <message>
        <source>totals by group, with a &quot;Total&quot; column</source>
        <translation>sumy według grup, z kolumną „Suma”</translation>
    </message>
    <message>
        <source>totals by group</source>
        <translation>sumy według grup</translation>
    </message>
    <message>
        <source>This is a summary table ({totals}), not one row per sale or per day: export the daily sales or the transaction list from the till, shop or bank instead.</source>
        <translation>To jest tabela zbiorcza ({totals}), a nie jeden wiersz na sprzedaż lub na dzień: zamiast niej wyeksportuj sprzedaż dzienną albo listę transakcji z kasy, sklepu internetowego lub banku.</translation>
    </message>
    <message>
        <source>This sheet holds several tables side by side (dates in columns {columns}): save each table as its own CSV file, or export the data again as one list, and import that.</source>
        <translation>W tym arkuszu jest kilka tabel obok siebie (daty w kolumnach {columns}): zapisz każdą tabelę jako osobny plik CSV albo wyeksportuj dane jeszcze raz jako jedną listę, a potem zaimportuj to, co powstanie.</translation>
    </message>
    <message>
        <source>No column of dates was found in this file: export one row per sale, booking or day, each with its date.</source>
        <translation>W tym pliku nie znaleziono kolumny z datami: wyeksportuj po jednym wierszu na każdą sprzedaż, operację lub dzień, każdy z datą.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Kolumna {number}</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Plik nie zawiera żadnych wierszy.</translation>
    </message>
    <message>
        <source>above the table: left out, though it does not look like a title</source>
        <translation>nad tabelą: pominięto, choć nie wygląda na tytuł</translation>
    </message>
    <message>
        <source>Line {line} is past the end of the file.</source>
        <translation>Plik kończy się przed wierszem {line}.</translation>
    </message>
    <message>
        <source>the line cannot be read (a quote opened here is never closed)</source>
        <translation>nie da się odczytać wiersza (otwarty w nim cudzysłów nie jest nigdzie zamknięty)</translation>
    </message>
    <message>
        <source>Lines {first} to {last}: a quote on line {first} is never closed, so these lines ran together; each was read on its own.</source>
        <translation>Wiersze {first}–{last}: cudzysłów z wiersza {first} nie jest nigdzie zamknięty, więc te wiersze zlały się w jeden; każdy odczytano osobno.</translation>
    </message>
    <message>
        <source>Line {first}: a quote is never closed; its quotes were read as text.</source>
        <translation>Wiersz {first}: cudzysłów nie jest nigdzie zamknięty; cudzysłowy z tego wiersza odczytano jako zwykły tekst.</translation>
    </message>
    <message numerus="yes">
        <source>a quote opened on line {first} is never closed; this line has %n cells where the table has {width}</source>
        <translation>
            <numerusform>cudzysłów otwarty w wierszu {first} nie jest nigdzie zamknięty; ten wiersz ma %n komórkę zamiast {width}</numerusform>
            <numerusform>cudzysłów otwarty w wierszu {first} nie jest nigdzie zamknięty; ten wiersz ma %n komórki zamiast {width}</numerusform>
            <numerusform>cudzysłów otwarty w wierszu {first} nie jest nigdzie zamknięty; ten wiersz ma %n komórek zamiast {width}</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB: split the export into years and import them one at a time.</source>
        <translation>Plik jest większy niż {megabytes} MB: podziel eksport na lata i importuj je po kolei.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>The file cannot be read as {encoding}: choose another encoding.</source>
        <translation>Nie da się odczytać pliku jako {encoding}: wybierz inne kodowanie.</translation>
    </message>
    <message>
        <source>The file is not text in any encoding: export the data as CSV (comma- or semicolon-separated text) and import that.</source>
        <translation>Plik nie jest tekstem w żadnym kodowaniu: wyeksportuj dane jako CSV (tekst rozdzielany przecinkami lub średnikami) i zaimportuj ten plik.</translation>
    </message>
    <message>
        <source>The file holds NUL bytes, so it is not a CSV export (perhaps a spreadsheet&apos;s own format): save it as CSV and import that.</source>
        <translation>Plik zawiera bajty NUL, więc to nie jest eksport CSV (może to własny format arkusza kalkulacyjnego): zapisz go jako CSV i zaimportuj ten plik.</translation>
    </message>
    <message numerus="yes">
        <source>The file has a line longer than %n characters, so it is not a table of sales or bookings: export it again as CSV.</source>
        <translation>
            <numerusform>Plik ma wiersz dłuższy niż %n znak, więc to nie jest tabela sprzedaży ani operacji: wyeksportuj go jeszcze raz jako CSV.</numerusform>
            <numerusform>Plik ma wiersz dłuższy niż %n znaki, więc to nie jest tabela sprzedaży ani operacji: wyeksportuj go jeszcze raz jako CSV.</numerusform>
            <numerusform>Plik ma wiersz dłuższy niż %n znaków, więc to nie jest tabela sprzedaży ani operacji: wyeksportuj go jeszcze raz jako CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>a number with a comma that is not in quotes?</source>
        <translation>liczba z przecinkiem bez cudzysłowu?</translation>
    </message>
    <message>
        <source>a date with a comma that is not in quotes?</source>
        <translation>data z przecinkiem bez cudzysłowu?</translation>
    </message>
    <message>
        <source>a name or note with a comma that is not in quotes?</source>
        <translation>nazwa lub notatka z przecinkiem bez cudzysłowu?</translation>
    </message>
    <message>
        <source>a name or note with a semicolon that is not in quotes?</source>
        <translation>nazwa lub notatka ze średnikiem bez cudzysłowu?</translation>
    </message>
    <message>
        <source>a name or note with a tab that is not in quotes?</source>
        <translation>nazwa lub notatka z tabulatorem bez cudzysłowu?</translation>
    </message>
    <message>
        <source>a name or note with a vertical bar that is not in quotes?</source>
        <translation>nazwa lub notatka z kreską pionową bez cudzysłowu?</translation>
    </message>
    <message>
        <source>a name or note with a {name} that is not in quotes?</source>
        <translation>nazwa lub notatka ze znakiem {name} bez cudzysłowu?</translation>
    </message>
</context>
<context>
    <name>one_page</name>
    <message>
        <source>My business</source>
        <translation>Moja firma</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>termin {day}</translation>
    </message>
    <message>
        <source>no due date yet</source>
        <translation>jeszcze bez terminu</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>jeszcze nikt nie odpowiada</translation>
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
            <numerusform>{done} z %n kroku wykonane</numerusform>
            <numerusform>{done} z %n kroków wykonane</numerusform>
            <numerusform>{done} z %n kroków wykonane</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>No measure yet</source>
        <translation>Brak wskaźnika</translation>
    </message>
    <message>
        <source>add one in the app</source>
        <translation>dodaj go w aplikacji</translation>
    </message>
    <message>
        <source>{planned} planned</source>
        <translation>plan: {planned}</translation>
    </message>
    <message>
        <source>no figure yet · {wanted}</source>
        <translation>brak wyniku · {wanted}</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>wczoraj</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>poprzedni dzień</numerusform>
            <numerusform>ostatnie %n dni</numerusform>
            <numerusform>ostatnie %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n week(s)</source>
        <translation>
            <numerusform>poprzedni tydzień</numerusform>
            <numerusform>ostatnie %n tygodnie</numerusform>
            <numerusform>ostatnie %n tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n month(s)</source>
        <translation>
            <numerusform>poprzedni miesiąc</numerusform>
            <numerusform>ostatnie %n miesiące</numerusform>
            <numerusform>ostatnie %n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n quarter(s)</source>
        <translation>
            <numerusform>poprzedni kwartał</numerusform>
            <numerusform>ostatnie %n kwartały</numerusform>
            <numerusform>ostatnie %n kwartałów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n year(s)</source>
        <translation>
            <numerusform>poprzedni rok</numerusform>
            <numerusform>ostatnie %n lata</numerusform>
            <numerusform>ostatnie %n lat</numerusform>
        </translation>
    </message>
    <message>
        <source>keep {low} to {high}</source>
        <translation>utrzymać {low}–{high}</translation>
    </message>
    <message>
        <source>keep at least {low}</source>
        <translation>utrzymać co najmniej {low}</translation>
    </message>
    <message>
        <source>keep at most {high}</source>
        <translation>utrzymać najwyżej {high}</translation>
    </message>
    <message>
        <source>{business}: plan for the staff huddle</source>
        <translation>{business}: plan na odprawę</translation>
    </message>
    <message>
        <source>The full vision is in the app.</source>
        <translation>Cała wizja jest w aplikacji.</translation>
    </message>
    <message>
        <source>No goals yet. Add the first one in the app.</source>
        <translation>Nie ma jeszcze celów. Dodaj pierwszy w aplikacji.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more goal(s) in the app</source>
        <translation>
            <numerusform>+%n kolejny cel w aplikacji</numerusform>
            <numerusform>+%n kolejne cele w aplikacji</numerusform>
            <numerusform>+%n kolejnych celów w aplikacji</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due in the next two weeks.</source>
        <translation>W ciągu najbliższych dwóch tygodni nic nie ma terminu.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more step(s) in the app</source>
        <translation>
            <numerusform>+%n kolejny krok w aplikacji</numerusform>
            <numerusform>+%n kolejne kroki w aplikacji</numerusform>
            <numerusform>+%n kolejnych kroków w aplikacji</numerusform>
        </translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>Nasza wizja</translation>
    </message>
    <message>
        <source>Staff huddle</source>
        <translation>Odprawa</translation>
    </message>
    <message>
        <source>No vision written yet: write it in the app under Vision.</source>
        <translation>Nie napisano jeszcze wizji: wpisz ją w aplikacji w części „Wizja”.</translation>
    </message>
    <message>
        <source>Our goals</source>
        <translation>Nasze cele</translation>
    </message>
    <message>
        <source>open steps due by {day}, and anything overdue</source>
        <translation>otwarte kroki z terminem do {day} i wszystko po terminie</translation>
    </message>
    <message>
        <source>The next two weeks</source>
        <translation>Najbliższe dwa tygodnie</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Do kiedy</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>PO TERMINIE</translation>
    </message>
    <message>
        <source>Open feedback:</source>
        <translation>Otwarte uwagi:</translation>
    </message>
    <message>
        <source>none waiting for an answer.</source>
        <translation>żadna nie czeka na odpowiedź.</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) waiting for an answer (see Feedback in the app).</source>
        <translation>
            <numerusform>%n uwaga czeka na odpowiedź (zobacz „Uwagi” w aplikacji).</numerusform>
            <numerusform>%n uwagi czekają na odpowiedź (zobacz „Uwagi” w aplikacji).</numerusform>
            <numerusform>%n uwag czeka na odpowiedź (zobacz „Uwagi” w aplikacji).</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes from the huddle</source>
        <translation>Notatki z odprawy</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Plan from a newer version</source>
        <translation>Plan z nowszej wersji</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; was saved by a newer version of BakeryPlan. It opens read-only so that nothing in it is lost; update BakeryPlan to edit it.</source>
        <translation>„{name}” zapisano w nowszej wersji BakeryPlan. Otworzy się tylko do odczytu, żeby nic w nim nie zginęło; aby go edytować, zaktualizuj BakeryPlan.</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan jest w użyciu</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is open for editing elsewhere:
{holder}.

You can look at it here read-only,
or cancel and switch to the other copy.</source>
        <translation>„{name}” jest otwarty do edycji gdzie indziej:
{holder}.

Można go tu obejrzeć tylko do odczytu
albo anulować i przejść do tamtej kopii.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <source>Plan in use on another computer</source>
        <translation>Plan jest w użyciu na innym komputerze</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is open for editing on another computer:
{holder}.

You can look at it here read-only. If BakeryPlan no longer runs there (the computer was switched off or the app stopped), you can take the plan over and edit it here.</source>
        <translation>„{name}” jest otwarty do edycji na innym komputerze:
{holder}.

Można go tu obejrzeć tylko do odczytu. Jeśli BakeryPlan już tam nie działa (komputer wyłączono albo program się zatrzymał), można przejąć plan i edytować go tutaj.</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Przejmij…</translation>
    </message>
    <message>
        <source>Take over the plan</source>
        <translation>Przejmij plan</translation>
    </message>
    <message>
        <source>Take &quot;{name}&quot; over from the computer &quot;{host}&quot;? Do this only if BakeryPlan is not running there any more: if both edit the plan, changes made there will be lost.</source>
        <translation>Przejąć „{name}” od komputera „{host}”? Zrób to tylko wtedy, gdy BakeryPlan już tam nie działa: jeśli plan będzie edytowany w obu miejscach, zmiany zrobione tam przepadną.</translation>
    </message>
    <message>
        <source>Plan is read-only</source>
        <translation>Plan tylko do odczytu</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; cannot be changed here: {reason}.

You can look at it read-only.</source>
        <translation>Nie można tu zmienić „{name}”: {reason}.

Można go obejrzeć tylko do odczytu.</translation>
    </message>
    <message>
        <source>made when the plan was opened</source>
        <translation>zrobiona przy otwarciu planu</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>kopia dzienna</translation>
    </message>
    <message>
        <source>made when the plan was created</source>
        <translation>zrobiona przy utworzeniu planu</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>zrobiona ręcznie</translation>
    </message>
    <message>
        <source>the plan as it was before a restore</source>
        <translation>plan sprzed przywrócenia</translation>
    </message>
    <message>
        <source>the damaged file, kept before a restore</source>
        <translation>uszkodzony plik, zachowany przed przywróceniem</translation>
    </message>
    <message>
        <source>made before an upgrade to a newer version</source>
        <translation>zrobiona przed aktualizacją do nowszej wersji</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>rozmiar nieznany</translation>
    </message>
    <message>
        <source>{when}: {reason} ({size})</source>
        <translation>{when}: {reason} ({size})</translation>
    </message>
    <message>
        <source>Plan file damaged</source>
        <translation>Plik planu jest uszkodzony</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged or incomplete, so it cannot be opened, and there is no backup of it yet. The file has not been changed.</source>
        <translation>„{name}” jest uszkodzony lub niekompletny, więc nie można go otworzyć, a nie ma jeszcze jego kopii zapasowej. Plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged or incomplete, so it cannot be opened.
The file has not been changed.

Pick a backup to restore (the damaged file is kept as a backup too):</source>
        <translation>„{name}” jest uszkodzony lub niekompletny, więc nie można go otworzyć.
Plik nie został zmieniony.

Wybierz kopię zapasową do przywrócenia (uszkodzony plik też zostanie zachowany jako kopia):</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Nie przywrócono kopii zapasowej</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>Nie udało się przywrócić kopii zapasowej: {reason}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>There are no backups of this plan yet.</source>
        <translation>Ten plan nie ma jeszcze kopii zapasowych.</translation>
    </message>
    <message>
        <source>Pick the backup to go back to:</source>
        <translation>Wybierz kopię zapasową, do której chcesz wrócić:</translation>
    </message>
    <message>
        <source>Replace &quot;{name}&quot; with the backup from {when}? The plan as it is now is backed up first, so you can come back to it the same way.</source>
        <translation>Zastąpić „{name}” kopią zapasową z {when}? Obecny stan planu najpierw trafi do kopii zapasowej, więc można będzie do niego wrócić w ten sam sposób.</translation>
    </message>
    <message>
        <source>Demo not created</source>
        <translation>Nie utworzono planu przykładowego</translation>
    </message>
    <message>
        <source>The demo plan could not be created: {reason}</source>
        <translation>Nie udało się utworzyć planu przykładowego: {reason}</translation>
    </message>
    <message>
        <source>Not a plan</source>
        <translation>To nie jest plan</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a BakeryPlan plan, so it cannot be opened here. The file has not been changed.</source>
        <translation>„{name}” nie jest planem BakeryPlan, więc nie można go tu otworzyć. Plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>Nie znaleziono planu</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is no longer there. It may have been moved or renamed.</source>
        <translation>Pliku „{name}” już tam nie ma. Mógł zostać przeniesiony albo mieć zmienioną nazwę.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged and could not be repaired from a backup.</source>
        <translation>„{name}” jest uszkodzony i nie udało się go naprawić z kopii zapasowej.</translation>
    </message>
    <message>
        <source>Plan not opened</source>
        <translation>Nie otwarto planu</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; could not be opened: {reason}</source>
        <translation>Nie udało się otworzyć „{name}”: {reason}</translation>
    </message>
</context>
<context>
    <name>pack</name>
    <message>
        <source>{business}: progress pack</source>
        <extracomment>Countries that print on US Letter; everyone else uses A4.</extracomment>
        <translation>{business}: raport postępów</translation>
    </message>
    <message>
        <source>{business} · Progress pack · {day}</source>
        <translation>{business} · Raport postępów · {day}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Strona {number} z {total}</translation>
    </message>
    <message>
        <source>This plan has no goals yet.</source>
        <extracomment>How many of the latest periods a measure page lists under its chart.</extracomment>
        <translation>Ten plan nie ma jeszcze celów.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s): {health}.</source>
        <translation>
            <numerusform>%n cel: {health}.</numerusform>
            <numerusform>%n cele: {health}.</numerusform>
            <numerusform>%n celów: {health}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n zgodnie z planem</numerusform>
            <numerusform>%n zgodnie z planem</numerusform>
            <numerusform>%n zgodnie z planem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n poniżej planu</numerusform>
            <numerusform>%n poniżej planu</numerusform>
            <numerusform>%n poniżej planu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n zagrożony</numerusform>
            <numerusform>%n zagrożone</numerusform>
            <numerusform>%n zagrożonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n achieved</source>
        <translation>
            <numerusform>%n osiągnięty</numerusform>
            <numerusform>%n osiągnięte</numerusform>
            <numerusform>%n osiągniętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n nierozpoczęty</numerusform>
            <numerusform>%n nierozpoczęte</numerusform>
            <numerusform>%n nierozpoczętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done (shares weighted by effort)</source>
        <translation>
            <numerusform>{done} z %n kroku wykonane (wg nakładu pracy)</numerusform>
            <numerusform>{done} z %n kroków wykonane (wg nakładu pracy)</numerusform>
            <numerusform>{done} z %n kroków wykonane (wg nakładu pracy)</numerusform>
        </translation>
    </message>
    <message>
        <source>{measure} ({unit})</source>
        <translation>{measure} ({unit})</translation>
    </message>
    <message>
        <source>{measure} has no recorded value yet.</source>
        <translation>{measure}: nie ma jeszcze wpisanego wyniku.</translation>
    </message>
    <message>
        <source>{measure} is exactly on plan ({when}).</source>
        <translation>{measure}: dokładnie zgodnie z planem ({when}).</translation>
    </message>
    <message>
        <source>{points} percentage points</source>
        <translation>{points} pkt proc.</translation>
    </message>
    <message>
        <source>{period}: {actual}, {planned} planned by {day}.</source>
        <translation>{period}: {actual}, plan do {day}: {planned}.</translation>
    </message>
    <message>
        <source>Health: {health}.</source>
        <translation>Stan: {health}.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} above plan ({when}), worse than planned.</source>
        <translation>{measure}: {amount}{share} powyżej planu ({when}), czyli gorzej niż planowano.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} below plan ({when}), better than planned.</source>
        <translation>{measure}: {amount}{share} poniżej planu ({when}), czyli lepiej niż planowano.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} above plan ({when}).</source>
        <translation>{measure}: {amount}{share} powyżej planu ({when}).</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} below plan ({when}).</source>
        <translation>{measure}: {amount}{share} poniżej planu ({when}).</translation>
    </message>
    <message>
        <source>Planned from last year (year ending {day}), {change}.</source>
        <translation>Plan na podstawie zeszłego roku (rok kończący się {day}), {change}.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>brak osoby odpowiedzialnej</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>brak terminu</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done, {overdue} overdue.</source>
        <translation>
            <numerusform>{done} z %n kroku wykonane, po terminie: {overdue}.</numerusform>
            <numerusform>{done} z %n kroków wykonane, po terminie: {overdue}.</numerusform>
            <numerusform>{done} z %n kroków wykonane, po terminie: {overdue}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done.</source>
        <translation>
            <numerusform>{done} z %n kroku wykonane.</numerusform>
            <numerusform>{done} z %n kroków wykonane.</numerusform>
            <numerusform>{done} z %n kroków wykonane.</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner&apos;s explanation at the review of {day}: {text}</source>
        <translation>Wyjaśnienie osoby odpowiedzialnej na przeglądzie {day}: {text}</translation>
    </message>
    <message>
        <source>Goal / measure</source>
        <extracomment>Summary columns: header (in English; ``column_headers`` in the pack&apos;s language), right-aligned (numbers), may wrap between words.</extracomment>
        <translation>Cel / wskaźnik</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>PROGRESS PACK</source>
        <extracomment>The goal column&apos;s share of the width: the other columns wrap between words to make it. Below this share of the width, numbers are squeezed instead of goal titles. Lines a goal title may take in the summary before it ends in an ellipsis.</extracomment>
        <translation>RAPORT POSTĘPÓW</translation>
    </message>
    <message>
        <source>Progress report as of {day}</source>
        <translation>Raport postępów na dzień {day}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Właściciel: {owner}</translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>Nasza wizja</translation>
    </message>
    <message>
        <source>No vision written yet.</source>
        <translation>Nie napisano jeszcze wizji.</translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Dlaczego to ważne: {why}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>W skrócie</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Spis treści</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>strona {number}</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Cel: {goal}</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>Co to oznacza</translation>
    </message>
    <message>
        <source>Latest values</source>
        <translation>Ostatnie wartości</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>The chart of this measure could not be drawn; its figures follow below.</source>
        <translation>Nie udało się narysować wykresu tego wskaźnika; jego liczby są poniżej.</translation>
    </message>
    <message>
        <source>Health: {health}</source>
        <translation>Stan: {health}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Następne</translation>
    </message>
    <message>
        <source>Recently done</source>
        <translation>Ostatnio wykonane</translation>
    </message>
    <message>
        <source>{step} — {owner}, {day}</source>
        <translation>{step} — {owner}, {day}</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>Week of {day}</source>
        <translation>Tydzień od {day}</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dzień</translation>
    </message>
    <message>
        <source>week</source>
        <translation>tydzień</translation>
    </message>
    <message>
        <source>month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kwartał</translation>
    </message>
    <message>
        <source>year</source>
        <translation>rok</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n tydzień</numerusform>
            <numerusform>%n tygodnie</numerusform>
            <numerusform>%n tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n kwartał</numerusform>
            <numerusform>%n kwartały</numerusform>
            <numerusform>%n kwartałów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>perspective</name>
    <message>
        <source>Money</source>
        <translation>Pieniądze</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>How we work</source>
        <translation>Jak pracujemy</translation>
    </message>
    <message>
        <source>Team and skills</source>
        <translation>Zespół i umiejętności</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Next week, from {day}</source>
        <translation>Przyszły tydzień, od {day}</translation>
    </message>
    <message>
        <source>This week, from {day}</source>
        <translation>Ten tydzień, od {day}</translation>
    </message>
    <message>
        <source>Print check-in sheet</source>
        <translation>Drukuj kartę odprawy</translation>
    </message>
    <message>
        <source>Which week is it for?</source>
        <translation>Na który tydzień?</translation>
    </message>
    <message>
        <source>{name} - check-in sheet {first} to {last}</source>
        <translation>{name} - karta odprawy od {first} do {last}</translation>
    </message>
    <message>
        <source>Print the check-in sheet</source>
        <translation>Wydrukuj kartę odprawy</translation>
    </message>
    <message>
        <source>{name} - plan for the staff huddle</source>
        <translation>{name} - plan na odprawę zespołu</translation>
    </message>
    <message>
        <source>Print the one-page plan</source>
        <translation>Wydrukuj plan na jednej stronie</translation>
    </message>
    <message>
        <source>Export one-page plan as PDF</source>
        <translation>Eksportuj plan na jednej stronie jako PDF</translation>
    </message>
    <message>
        <source>{stem} - one-page plan.pdf</source>
        <translation>{stem} - plan na jednej stronie.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>Nie udało się zapisać pliku PDF w {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>{business}: no review held on or before {day} yet.</source>
        <translation>{business}: do {day} włącznie nie było jeszcze przeglądu.</translation>
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
        <translation>nowy, {health}</translation>
    </message>
    <message>
        <source>no figure yet, {planned} planned ({period})</source>
        <translation>brak wyniku, plan: {planned} ({period})</translation>
    </message>
    <message>
        <source>{actual} against {planned} planned, {period}</source>
        <translation>{actual} wobec planu {planned}, {period}</translation>
    </message>
    <message>
        <source>goal added</source>
        <translation>dodano cel</translation>
    </message>
    <message>
        <source>measure added</source>
        <translation>dodano wskaźnik</translation>
    </message>
    <message>
        <source>goal deleted</source>
        <translation>usunięto cel</translation>
    </message>
    <message>
        <source>measure deleted</source>
        <translation>usunięto wskaźnik</translation>
    </message>
    <message>
        <source>renamed (was “{before}”)</source>
        <translation>zmieniono nazwę (wcześniej „{before}”)</translation>
    </message>
    <message>
        <source>retitled (was “{before}”)</source>
        <translation>zmieniono tytuł (wcześniej „{before}”)</translation>
    </message>
    <message>
        <source>target {before} → {after}</source>
        <translation>wartość docelowa {before} → {after}</translation>
    </message>
    <message>
        <source>target date {before} → {after}</source>
        <translation>termin osiągnięcia {before} → {after}</translation>
    </message>
    <message>
        <source>starting point {before} → {after}</source>
        <translation>punkt wyjścia {before} → {after}</translation>
    </message>
    <message>
        <source>start {before} → {after}</source>
        <translation>start {before} → {after}</translation>
    </message>
    <message>
        <source>due date {before} → {after}</source>
        <translation>termin {before} → {after}</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linia prosta</translation>
    </message>
    <message>
        <source>stepped</source>
        <translation>skokowo</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>własny kształt</translation>
    </message>
    <message>
        <source>planned curve redrawn</source>
        <translation>planowana ścieżka narysowana na nowo</translation>
    </message>
    <message>
        <source>planned curve redrawn ({before} → {after})</source>
        <translation>planowana ścieżka narysowana na nowo ({before} → {after})</translation>
    </message>
    <message>
        <source>year ending {day}, {change}, days matched by weekday</source>
        <translation>rok kończący się {day}, {change}, dni dopasowane według dnia tygodnia</translation>
    </message>
    <message>
        <source>year ending {day}, {change}, days matched by date</source>
        <translation>rok kończący się {day}, {change}, dni dopasowane według daty</translation>
    </message>
    <message>
        <source>year ending {day}, {change}</source>
        <translation>rok kończący się {day}, {change}</translation>
    </message>
    <message>
        <source>no longer the plan drawn from last year</source>
        <translation>już nie plan na podstawie zeszłego roku</translation>
    </message>
    <message>
        <source>now planned from last year ({now})</source>
        <translation>teraz plan na podstawie zeszłego roku ({now})</translation>
    </message>
    <message>
        <source>planned from last year again ({now}; was {before})</source>
        <translation>znów plan na podstawie zeszłego roku ({now}; wcześniej {before})</translation>
    </message>
    <message>
        <source>now counted as the average of a day (was {before})</source>
        <translation>teraz liczony jako średnia z dnia (wcześniej: {before})</translation>
    </message>
    <message>
        <source>the total of a day</source>
        <translation>suma za dzień</translation>
    </message>
    <message>
        <source>the latest figure of a day</source>
        <translation>ostatnia wartość dnia</translation>
    </message>
    <message>
        <source>the total of a week</source>
        <translation>suma za tydzień</translation>
    </message>
    <message>
        <source>the average per day of a week</source>
        <translation>średnia dzienna w tygodniu</translation>
    </message>
    <message>
        <source>the latest figure of a week</source>
        <translation>ostatnia wartość tygodnia</translation>
    </message>
    <message>
        <source>the total of a month</source>
        <translation>suma za miesiąc</translation>
    </message>
    <message>
        <source>the average per day of a month</source>
        <translation>średnia dzienna w miesiącu</translation>
    </message>
    <message>
        <source>the latest figure of a month</source>
        <translation>ostatnia wartość miesiąca</translation>
    </message>
    <message>
        <source>the total of a quarter</source>
        <translation>suma za kwartał</translation>
    </message>
    <message>
        <source>the average per day of a quarter</source>
        <translation>średnia dzienna w kwartale</translation>
    </message>
    <message>
        <source>the latest figure of a quarter</source>
        <translation>ostatnia wartość kwartału</translation>
    </message>
    <message>
        <source>the total of a year</source>
        <translation>suma za rok</translation>
    </message>
    <message>
        <source>the average per day of a year</source>
        <translation>średnia dzienna w roku</translation>
    </message>
    <message>
        <source>the latest figure of a year</source>
        <translation>ostatnia wartość roku</translation>
    </message>
    <message>
        <source>goal marked done (was active)</source>
        <translation>cel oznaczony jako osiągnięty (wcześniej: aktywny)</translation>
    </message>
    <message>
        <source>goal marked dropped (was active)</source>
        <translation>cel oznaczony jako porzucony (wcześniej: aktywny)</translation>
    </message>
    <message>
        <source>goal marked active (was done)</source>
        <translation>cel znów aktywny (wcześniej: osiągnięty)</translation>
    </message>
    <message>
        <source>goal marked dropped (was done)</source>
        <translation>cel oznaczony jako porzucony (wcześniej: osiągnięty)</translation>
    </message>
    <message>
        <source>goal marked active (was dropped)</source>
        <translation>cel znów aktywny (wcześniej: porzucony)</translation>
    </message>
    <message>
        <source>goal marked done (was dropped)</source>
        <translation>cel oznaczony jako osiągnięty (wcześniej: porzucony)</translation>
    </message>
    <message>
        <source>goal status changed</source>
        <translation>zmieniono stan celu</translation>
    </message>
    <message>
        <source>now counted as the total of a day (was {before})</source>
        <translation>teraz liczony jako suma za dzień (wcześniej: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a day (was {before})</source>
        <translation>teraz liczony jako ostatnia wartość dnia (wcześniej: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a week (was {before})</source>
        <translation>teraz liczony jako suma za tydzień (wcześniej: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a week (was {before})</source>
        <translation>teraz liczony jako średnia dzienna w tygodniu (wcześniej: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a week (was {before})</source>
        <translation>teraz liczony jako ostatnia wartość tygodnia (wcześniej: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a month (was {before})</source>
        <translation>teraz liczony jako suma za miesiąc (wcześniej: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a month (was {before})</source>
        <translation>teraz liczony jako średnia dzienna w miesiącu (wcześniej: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a month (was {before})</source>
        <translation>teraz liczony jako ostatnia wartość miesiąca (wcześniej: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a quarter (was {before})</source>
        <translation>teraz liczony jako suma za kwartał (wcześniej: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a quarter (was {before})</source>
        <translation>teraz liczony jako średnia dzienna w kwartale (wcześniej: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a quarter (was {before})</source>
        <translation>teraz liczony jako ostatnia wartość kwartału (wcześniej: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a year (was {before})</source>
        <translation>teraz liczony jako suma za rok (wcześniej: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a year (was {before})</source>
        <translation>teraz liczony jako średnia dzienna w roku (wcześniej: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a year (was {before})</source>
        <translation>teraz liczony jako ostatnia wartość roku (wcześniej: {before})</translation>
    </message>
    <message>
        <source>counting changed (was {before})</source>
        <translation>zmieniono sposób liczenia (wcześniej: {before})</translation>
    </message>
    <message>
        <source>the average of a day</source>
        <translation>średnia z dnia</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a value not set, as in: due date none → 31 Jan</comment>
        <translation>brak</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>brak osoby odpowiedzialnej</translation>
    </message>
    <message>
        <source>{who}, no date</source>
        <translation>{who}, bez terminu</translation>
    </message>
    <message>
        <source>{who}, done {day}</source>
        <translation>{who}, wykonano {day}</translation>
    </message>
    <message>
        <source>{who}, due {day}</source>
        <translation>{who}, termin {day}</translation>
    </message>
    <message>
        <source>{source}, {day}</source>
        <translation>{source}, {day}</translation>
    </message>
    <message>
        <source>since the huddle of {day} (today)</source>
        <translation>od odprawy {day} (dziś)</translation>
    </message>
    <message>
        <source>since the monthly review of {day} (today)</source>
        <translation>od przeglądu miesięcznego {day} (dziś)</translation>
    </message>
    <message>
        <source>since the quarterly review of {day} (today)</source>
        <translation>od przeglądu kwartalnego {day} (dziś)</translation>
    </message>
    <message numerus="yes">
        <source>since the huddle of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>od odprawy {day} (%n dzień temu)</numerusform>
            <numerusform>od odprawy {day} (%n dni temu)</numerusform>
            <numerusform>od odprawy {day} (%n dni temu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since the monthly review of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>od przeglądu miesięcznego {day} (%n dzień temu)</numerusform>
            <numerusform>od przeglądu miesięcznego {day} (%n dni temu)</numerusform>
            <numerusform>od przeglądu miesięcznego {day} (%n dni temu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since the quarterly review of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>od przeglądu kwartalnego {day} (%n dzień temu)</numerusform>
            <numerusform>od przeglądu kwartalnego {day} (%n dni temu)</numerusform>
            <numerusform>od przeglądu kwartalnego {day} (%n dni temu)</numerusform>
        </translation>
    </message>
    <message>
        <source>{business}: what changed {since} to {day}</source>
        <translation>{business}: co się zmieniło {since} do {day}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a section of the digest with nothing in it</comment>
        <translation>brak</translation>
    </message>
    <message>
        <source>not known: the last review kept no snapshot</source>
        <translation>nie wiadomo: ostatni przegląd nie zapisał stanu planu</translation>
    </message>
    <message>
        <source>Measures whose health changed</source>
        <translation>Wskaźniki, które zmieniły stan</translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation>Zmiany w planie</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Wykonane kroki</translation>
    </message>
    <message>
        <source>Steps newly overdue</source>
        <translation>Kroki, które niedawno minęły termin</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>Nowe uwagi</translation>
    </message>
    <message>
        <source>Decisions of the last review</source>
        <translation>Decyzje z ostatniego przeglądu</translation>
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
            <numerusform>Od tego czasu wpisano %n wynik.</numerusform>
            <numerusform>Od tego czasu wpisano %n wyniki.</numerusform>
            <numerusform>Od tego czasu wpisano %n wyników.</numerusform>
        </translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Wyjaśnienia</translation>
    </message>
    <message>
        <source>This review kept no snapshot of the plan.</source>
        <translation>Ten przegląd nie zapisał stanu planu.</translation>
    </message>
    <message>
        <source>The first review with a snapshot: later reviews show what changed.</source>
        <translation>Pierwszy przegląd z zapisem stanu planu: kolejne przeglądy pokażą, co się zmieniło.</translation>
    </message>
    <message>
        <source>Changed in the plan since the review of {day}</source>
        <translation>Zmiany w planie od przeglądu {day}</translation>
    </message>
    <message>
        <source>Changed in the plan since the review of {day}: none</source>
        <translation>Zmiany w planie od przeglądu {day}: brak</translation>
    </message>
    <message>
        <source>Health changed since {day}</source>
        <translation>Zmiany stanu od {day}</translation>
    </message>
    <message>
        <source>Health changed since {day}: none</source>
        <translation>Zmiany stanu od {day}: brak</translation>
    </message>
    <message>
        <source>A deleted measure</source>
        <translation>Usunięty wskaźnik</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>{business}: status on {day}</source>
        <translation>{business}: stan na {day}</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Nie ma jeszcze celów.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>brak osoby odpowiedzialnej</translation>
    </message>
    <message>
        <source>{goal}  ({owner}, due {day}): {health}</source>
        <translation>{goal}  ({owner}, termin {day}): {health}</translation>
    </message>
    <message>
        <source>{goal}  ({owner}, no due date): {health}</source>
        <translation>{goal}  ({owner}, bez terminu): {health}</translation>
    </message>
    <message>
        <source>Steps: {steps}</source>
        <translation>Kroki: {steps}</translation>
    </message>
    <message>
        <source>{measure}: no figure yet, planned {planned}: {health}</source>
        <translation>{measure}: brak wyniku, plan {planned}: {health}</translation>
    </message>
    <message>
        <source>{measure}: {actual}, planned {planned} ({period}): {health}</source>
        <translation>{measure}: {actual}, plan {planned} ({period}): {health}</translation>
    </message>
    <message>
        <source>{period}: {actual}, planned {planned} by {day}</source>
        <translation>{period}: {actual}, plan do {day}: {planned}</translation>
    </message>
    <message>
        <source>{share} of the plan made</source>
        <translation>wykonano {share} planu</translation>
    </message>
    <message>
        <source>progress {share} of the way, {planned} planned by then</source>
        <translation>postęp: {share} drogi, plan na ten dzień: {planned}</translation>
    </message>
    <message>
        <source>to be kept between {low} and {high}</source>
        <translation>do utrzymania między {low} a {high}</translation>
    </message>
    <message>
        <source>to be at least {low}</source>
        <translation>co najmniej {low}</translation>
    </message>
    <message>
        <source>to be at most {high}</source>
        <translation>najwyżej {high}</translation>
    </message>
    <message>
        <source>{business}: no findings. Every goal has an owner, a date and a measure.</source>
        <translation>{business}: nic do sprawdzenia. Każdy cel ma osobę odpowiedzialną, termin i wskaźnik.</translation>
    </message>
    <message numerus="yes">
        <source>{business}: %n finding(s)</source>
        <translation>
            <numerusform>{business}: %n sprawa do sprawdzenia</numerusform>
            <numerusform>{business}: %n sprawy do sprawdzenia</numerusform>
            <numerusform>{business}: %n spraw do sprawdzenia</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>ostrzeżenie: {message}</translation>
    </message>
    <message>
        <source>info: {message}</source>
        <translation>informacja: {message}</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message numerus="yes">
        <source>{done} of %n step(s) done, {overdue} overdue; {done_share} of the effort done, {due_share} planned by now: {health}</source>
        <translation>
            <numerusform>{done} z %n kroku wykonane, po terminie: {overdue}; wykonano {done_share} pracy, plan na teraz: {due_share}; stan: {health}</numerusform>
            <numerusform>{done} z %n kroków wykonane, po terminie: {overdue}; wykonano {done_share} pracy, plan na teraz: {due_share}; stan: {health}</numerusform>
            <numerusform>{done} z %n kroków wykonane, po terminie: {overdue}; wykonano {done_share} pracy, plan na teraz: {due_share}; stan: {health}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done; {done_share} of the effort done, {due_share} planned by now: {health}</source>
        <translation>
            <numerusform>{done} z %n kroku wykonane; wykonano {done_share} pracy, plan na teraz: {due_share}; stan: {health}</numerusform>
            <numerusform>{done} z %n kroków wykonane; wykonano {done_share} pracy, plan na teraz: {due_share}; stan: {health}</numerusform>
            <numerusform>{done} z %n kroków wykonane; wykonano {done_share} pracy, plan na teraz: {due_share}; stan: {health}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>its folder {folder} does not exist</source>
        <translation>jego folder {folder} nie istnieje</translation>
    </message>
    <message>
        <source>the backup is not usable ({reason})</source>
        <translation>kopia zapasowa nie nadaje się do użycia ({reason})</translation>
    </message>
    <message>
        <source>the backup comes from a newer version of BakeryPlan</source>
        <translation>kopia zapasowa pochodzi z nowszej wersji BakeryPlan</translation>
    </message>
    <message>
        <source>it is a folder, not a plan file</source>
        <translation>to folder, a nie plik planu</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>brak uprawnień do jego odczytu</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>nie można go odczytać ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>it cannot be opened ({error})</source>
        <translation>nie można go otworzyć ({error})</translation>
    </message>
    <message>
        <source>cannot open &quot;{file}&quot;: {reason}</source>
        <translation>nie można otworzyć „{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot create &quot;{file}&quot;: {reason}</source>
        <translation>nie można utworzyć „{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot edit &quot;{file}&quot;: {reason}</source>
        <translation>nie można edytować „{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot change &quot;{file}&quot;: {reason}</source>
        <translation>nie można zmienić „{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot restore &quot;{file}&quot;: {reason}</source>
        <translation>nie można przywrócić „{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot save to &quot;{file}&quot;: {reason}</source>
        <translation>nie można zapisać do „{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot back up &quot;{file}&quot;: {reason}</source>
        <translation>nie można zrobić kopii zapasowej „{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot read the plan data &quot;{file}&quot;: {reason}</source>
        <translation>nie można odczytać danych planu „{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot open: {reason}</source>
        <translation>nie można otworzyć: {reason}</translation>
    </message>
    <message>
        <source>cannot create: {reason}</source>
        <translation>nie można utworzyć: {reason}</translation>
    </message>
    <message>
        <source>cannot edit: {reason}</source>
        <translation>nie można edytować: {reason}</translation>
    </message>
    <message>
        <source>cannot change: {reason}</source>
        <translation>nie można zmienić: {reason}</translation>
    </message>
    <message>
        <source>cannot restore: {reason}</source>
        <translation>nie można przywrócić: {reason}</translation>
    </message>
    <message>
        <source>cannot save to: {reason}</source>
        <translation>nie można zapisać: {reason}</translation>
    </message>
    <message>
        <source>cannot back up: {reason}</source>
        <translation>nie można zrobić kopii zapasowej: {reason}</translation>
    </message>
    <message>
        <source>cannot read the plan data: {reason}</source>
        <translation>nie można odczytać danych planu: {reason}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>plik nie istnieje</translation>
    </message>
    <message>
        <source>a file with that name already exists</source>
        <translation>plik o tej nazwie już istnieje</translation>
    </message>
    <message>
        <source>it is not a BakeryPlan plan file</source>
        <translation>to nie jest plik planu BakeryPlan</translation>
    </message>
    <message>
        <source>the plan file is damaged (a backup can be restored)</source>
        <translation>plik planu jest uszkodzony (można przywrócić kopię zapasową)</translation>
    </message>
    <message>
        <source>it was saved by a newer version of BakeryPlan (plan format {found}, this version reads up to {supported})</source>
        <translation>został zapisany w nowszej wersji BakeryPlan (format planu {found}, ta wersja odczytuje najwyżej {supported})</translation>
    </message>
    <message>
        <source>it is in use by {holder}</source>
        <translation>jest używany przez: {holder}</translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;</source>
        <translation>BakeryPlan na komputerze „{host}”</translation>
    </message>
    <message>
        <source>{reason}; if BakeryPlan no longer runs there, open the plan in the window to take it over</source>
        <translation>{reason}; jeśli BakeryPlan już tam nie działa, otwórz plan w oknie, aby go przejąć</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzina</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n day(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan na komputerze „{host}”, od {since} (%n dzień temu)</numerusform>
            <numerusform>BakeryPlan na komputerze „{host}”, od {since} (%n dni temu)</numerusform>
            <numerusform>BakeryPlan na komputerze „{host}”, od {since} (%n dni temu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n hour(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan na komputerze „{host}”, od {since} (%n godzinę temu)</numerusform>
            <numerusform>BakeryPlan na komputerze „{host}”, od {since} (%n godziny temu)</numerusform>
            <numerusform>BakeryPlan na komputerze „{host}”, od {since} (%n godzin temu)</numerusform>
        </translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (just now)</source>
        <translation>BakeryPlan na komputerze „{host}”, od {since} (przed chwilą)</translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n minute(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan na komputerze „{host}”, od {since} (%n minutę temu)</numerusform>
            <numerusform>BakeryPlan na komputerze „{host}”, od {since} (%n minuty temu)</numerusform>
            <numerusform>BakeryPlan na komputerze „{host}”, od {since} (%n minut temu)</numerusform>
        </translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>jest otwarty tylko do odczytu</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder}); the plan was not changed</source>
        <translation>{cause} (folder kopii zapasowych {folder}); plan nie został zmieniony</translation>
    </message>
    <message>
        <source>{record}, field &apos;{field}&apos;: {message}</source>
        <translation>{record}, pole „{field}”: {message}</translation>
    </message>
    <message>
        <source>{record}: {message}</source>
        <translation>{record}: {message}</translation>
    </message>
    <message>
        <source>another copy of BakeryPlan that is starting or stopping, since {since}</source>
        <translation>inna kopia BakeryPlan, która właśnie się uruchamia lub zamyka, od {since}</translation>
    </message>
    <message>
        <source>another copy of BakeryPlan that is starting or stopping</source>
        <translation>inna kopia BakeryPlan, która właśnie się uruchamia lub zamyka</translation>
    </message>
    <message>
        <source>BakeryPlan on this computer ({host}), process {pid}, since {since}</source>
        <translation>BakeryPlan na tym komputerze ({host}), proces {pid}, od {since}</translation>
    </message>
    <message>
        <source>BakeryPlan on this computer ({host}), process {pid}</source>
        <translation>BakeryPlan na tym komputerze ({host}), proces {pid}</translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since}</source>
        <translation>BakeryPlan na komputerze „{host}”, od {since}</translation>
    </message>
    <message>
        <source>its folder {folder} is read-only</source>
        <translation>jego folder {folder} jest tylko do odczytu</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>plik jest chroniony przed zapisem</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder})</source>
        <translation>{cause} (folder kopii zapasowych {folder})</translation>
    </message>
    <message>
        <source>a newer version of BakeryPlan stopped in the middle of changing it; open it with that version to repair it</source>
        <translation>nowsza wersja BakeryPlan przerwała pracę w trakcie jego zmiany; otwórz go w tamtej wersji, aby go naprawić</translation>
    </message>
    <message>
        <source>it was not closed properly, and {reason}, so it cannot be repaired here: copy it together with &quot;{journal}&quot; to a folder you can write to and open the copy there</source>
        <translation>nie został poprawnie zamknięty, a {reason}, więc nie można go tu naprawić: skopiuj go razem z „{journal}” do folderu, w którym możesz zapisywać, i tam otwórz kopię</translation>
    </message>
</context>
<context>
    <name>wizards</name>
    <message>
        <source>Read-only plan</source>
        <translation>Plan tylko do odczytu</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Nie udało się zapisać zmiany.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Not enough text</source>
        <translation>Za mało tekstu</translation>
    </message>
    <message>
        <source>Easy to read</source>
        <translation>Łatwy w czytaniu</translation>
    </message>
    <message>
        <source>Fairly easy</source>
        <translation>Dość łatwy</translation>
    </message>
    <message>
        <source>Hard to read</source>
        <translation>Trudny w czytaniu</translation>
    </message>
    <message>
        <source>No score for this language</source>
        <translation>Brak oceny dla tego języka</translation>
    </message>
    <message numerus="yes">
        <source>Your vision is short (%n word(s)). Say where the business is going and why it matters, in {least} to {most} words.</source>
        <translation>
            <numerusform>Twoja wizja jest krótka (%n słowo). Napisz, dokąd zmierza firma i dlaczego to ważne, w {least}–{most} słowach.</numerusform>
            <numerusform>Twoja wizja jest krótka (%n słowa). Napisz, dokąd zmierza firma i dlaczego to ważne, w {least}–{most} słowach.</numerusform>
            <numerusform>Twoja wizja jest krótka (%n słów). Napisz, dokąd zmierza firma i dlaczego to ważne, w {least}–{most} słowach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your vision has %n word(s). Try to say it in {most} words or fewer, so people remember it.</source>
        <translation>
            <numerusform>Twoja wizja ma %n słowo. Spróbuj zmieścić ją w {most} słowach lub mniej, żeby ludzie ją zapamiętali.</numerusform>
            <numerusform>Twoja wizja ma %n słowa. Spróbuj zmieścić ją w {most} słowach lub mniej, żeby ludzie ją zapamiętali.</numerusform>
            <numerusform>Twoja wizja ma %n słów. Spróbuj zmieścić ją w {most} słowach lub mniej, żeby ludzie ją zapamiętali.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep a goal to one short sentence (this one has %n word(s)).</source>
        <translation>
            <numerusform>Zmieść cel w jednym krótkim zdaniu (to ma %n słowo).</numerusform>
            <numerusform>Zmieść cel w jednym krótkim zdaniu (to ma %n słowa).</numerusform>
            <numerusform>Zmieść cel w jednym krótkim zdaniu (to ma %n słów).</numerusform>
        </translation>
    </message>
    <message>
        <source>“{word}”</source>
        <comment>A word quoted in a sentence</comment>
        <translation>„{word}”</translation>
    </message>
    <message>
        <source>Swap jargon for everyday words: {words}.</source>
        <translation>Zamień żargon na codzienne słowa: {words}.</translation>
    </message>
    <message>
        <source>Write your vision in a few plain sentences: where is the business going?</source>
        <translation>Napisz wizję w kilku prostych zdaniach: dokąd zmierza firma?</translation>
    </message>
    <message>
        <source>Add a number, so everyone can tell when the goal is reached (like &quot;40 loaves a day&quot;).</source>
        <translation>Dodaj liczbę, żeby każdy wiedział, kiedy cel jest osiągnięty (np. „40 bochenków dziennie”).</translation>
    </message>
    <message>
        <source>Add a date, like &quot;by spring 2028&quot;, or set a due date.</source>
        <translation>Dodaj datę, np. „do wiosny 2028”, albo ustaw termin.</translation>
    </message>
    <message>
        <source>Name one person who owns this goal.</source>
        <translation>Wskaż jedną osobę odpowiedzialną za ten cel.</translation>
    </message>
    <message>
        <source>This is hard to read. Try shorter sentences and everyday words.</source>
        <translation>Ten tekst trudno się czyta. Spróbuj krótszych zdań i codziennych słów.</translation>
    </message>
</context>
<context>
    <name>year</name>
    <message>
        <source>The year&apos;s plan is reached already: {figure} (plan {plan}).</source>
        <translation>Plan roczny jest już osiągnięty: {figure} (plan {plan}).</translation>
    </message>
    <message>
        <source>The year reached its plan: {figure} (plan {plan}).</source>
        <translation>Rok osiągnął plan: {figure} (plan {plan}).</translation>
    </message>
    <message>
        <source>The year reached its plan: {figure} a day on average (plan {plan}).</source>
        <translation>Rok osiągnął plan: średnio {figure} dziennie (plan {plan}).</translation>
    </message>
    <message>
        <source>The year ended at {figure}: {short}{share} short of its plan of {plan}.</source>
        <translation>Rok zakończył się wynikiem {figure}: o {short}{share} poniżej planu {plan}.</translation>
    </message>
    <message>
        <source>The year averaged {figure} a day: {short}{share} short of its plan of {plan}.</source>
        <translation>Rok dał średnio {figure} dziennie: o {short}{share} poniżej planu {plan}.</translation>
    </message>
    <message>
        <source>At this pace the year totals {figure} (plan {plan}).</source>
        <translation>W tym tempie rok zamknie się sumą {figure} (plan {plan}).</translation>
    </message>
    <message>
        <source>At this pace the year averages {figure} a day (plan {plan}).</source>
        <translation>W tym tempie średnia roczna wyniesie {figure} dziennie (plan {plan}).</translation>
    </message>
    <message>
        <source> for the {periods} to {day}</source>
        <translation> za {periods} do {day}</translation>
    </message>
</context>
</TS>
