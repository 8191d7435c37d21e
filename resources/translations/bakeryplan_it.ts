<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ActualsModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Period&apos;s figure</source>
        <translation>Valore del periodo</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenza</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message numerus="yes">
        <source>{period}: {what} of %n entry(s).</source>
        <translation>
            <numerusform>{period}: {what} di %n voce.</numerusform>
            <numerusform>{period}: {what} di %n voci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not over yet: compared with the plan due by today.</source>
        <translation>Non ancora finito: confrontato con quanto previsto fino a oggi.</translation>
    </message>
    <message>
        <source>{amount} so far</source>
        <translation>{amount} finora</translation>
    </message>
    <message>
        <source>{amount} (on plan)</source>
        <translation>{amount} (come previsto)</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>in vantaggio</translation>
    </message>
    <message>
        <source>short</source>
        <translation>indietro</translation>
    </message>
    <message>
        <source>type a value, then Enter</source>
        <translation>scrivi un valore, poi Invio</translation>
    </message>
    <message>
        <source>Type a date like {example}, or keep today&apos;s.</source>
        <translation>Scrivi una data come {example}, o lascia quella di oggi.</translation>
    </message>
    <message>
        <source>“{text}” is outside the years {first} to {last}.</source>
        <translation>“{text}” non rientra negli anni dal {first} al {last}.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” non è un numero.</translation>
    </message>
    <message>
        <source>“{text}” is outside the range {low} to {high}.</source>
        <translation>“{text}” è fuori dall&apos;intervallo da {low} a {high}.</translation>
    </message>
    <message>
        <source>a date like {example}</source>
        <translation>una data come {example}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>“{text}” is not {what}.</source>
        <translation>“{text}” non è {what}.</translation>
    </message>
    <message>
        <source>{day} is after today: record what has happened, on the day it happened.</source>
        <translation>Il {day} è dopo oggi: registra ciò che è successo, nel giorno in cui è successo.</translation>
    </message>
    <message>
        <source>{local} or {iso}</source>
        <translation>{local} o {iso}</translation>
    </message>
</context>
<context>
    <name>ActualsPanel</name>
    <message>
        <source>Measure</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Indicatore:</translation>
    </message>
    <message>
        <source>Recorded actuals</source>
        <translation>Valori registrati</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mporta…</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Elimina selezionati</translation>
    </message>
    <message>
        <source>This plan is open read-only: entries can be read here.</source>
        <translation>Questo piano è aperto in sola lettura: qui si possono leggere le voci.</translation>
    </message>
    <message>
        <source>Type in the last row: a date (like {example}), Tab, a value, then Enter, or Tab, a note and Enter. Delete removes the selected rows. Every change can be undone.</source>
        <translation>Scrivi nell&apos;ultima riga: una data (come {example}), Tab, un valore, poi Invio, oppure Tab, una nota e Invio. Canc elimina le righe selezionate. Ogni modifica si può annullare.</translation>
    </message>
    <message>
        <source>No measure yet.</source>
        <translation>Ancora nessun indicatore.</translation>
    </message>
    <message numerus="yes">
        <source>Target {target} by {by}, counted as {counted}. %n value(s) recorded.</source>
        <translation>
            <numerusform>Traguardo {target} entro il {by}, contato come {counted}. %n valore registrato.</numerusform>
            <numerusform>Traguardo {target} entro il {by}, contato come {counted}. %n valori registrati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>{goal} — steps</source>
        <extracomment>A chart subject: (&quot;measure&quot;, measure id) or (&quot;goal&quot;, goal id) for a goal&apos;s step burn-up.</extracomment>
        <translation>{goal} — passi</translation>
    </message>
    <message>
        <source>Chart of</source>
        <translation>Grafico di</translation>
    </message>
    <message>
        <source>Chart &amp;of:</source>
        <translation>&amp;Grafico di:</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Mostra come &amp;tabella</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>&amp;Esporta grafico…</translation>
    </message>
    <message>
        <source>&amp;Last year</source>
        <translation>Anno &amp;scorso</translation>
    </message>
    <message>
        <source>Draw last year&apos;s entries behind the plan drawn from them</source>
        <translation>Disegna le voci dell&apos;anno scorso dietro il piano ricavato da esse</translation>
    </message>
    <message>
        <source>Add a goal with a measure to see its chart.</source>
        <translation>Aggiungi un obiettivo con un indicatore per vederne il grafico.</translation>
    </message>
    <message>
        <source>Chart as a table</source>
        <translation>Grafico come tabella</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Voci</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periodi</translation>
    </message>
    <message>
        <source>Show as char&amp;t</source>
        <translation>Mostra come graf&amp;ico</translation>
    </message>
    <message>
        <source>Periods, as the chart counts them</source>
        <translation>Periodi, come li conta il grafico</translation>
    </message>
    <message>
        <source>Steps done against planned</source>
        <translation>Passi fatti rispetto al previsto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Planned share</source>
        <translation>Quota prevista</translation>
    </message>
    <message>
        <source>Done share</source>
        <translation>Quota fatta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Reale</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenza</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
</context>
<context>
    <name>CountingFields</name>
    <message>
        <source>the average per day</source>
        <translation>la media al giorno</translation>
    </message>
    <message>
        <source>the latest figure</source>
        <translation>l&apos;ultimo valore</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Settimana del {day}</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>un giorno</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>una settimana</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>un mese</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>un trimestre</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>un anno</translation>
    </message>
    <message numerus="yes">
        <source>the last %n day(s)</source>
        <translation>
            <numerusform>l&apos;ultimo giorno (%n)</numerusform>
            <numerusform>gli ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>l&apos;ultima settimana (%n)</numerusform>
            <numerusform>le ultime %n settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n month(s)</source>
        <translation>
            <numerusform>l&apos;ultimo mese (%n)</numerusform>
            <numerusform>gli ultimi %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n quarter(s)</source>
        <translation>
            <numerusform>l&apos;ultimo trimestre (%n)</numerusform>
            <numerusform>gli ultimi %n trimestri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n year(s)</source>
        <translation>
            <numerusform>l&apos;ultimo anno (%n)</numerusform>
            <numerusform>gli ultimi %n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>the total for the day</source>
        <translation>il totale del giorno</translation>
    </message>
    <message>
        <source>the total for the week</source>
        <translation>il totale della settimana</translation>
    </message>
    <message>
        <source>the total for the month</source>
        <translation>il totale del mese</translation>
    </message>
    <message>
        <source>the total for the quarter</source>
        <translation>il totale del trimestre</translation>
    </message>
    <message>
        <source>the total for the year</source>
        <translation>il totale dell&apos;anno</translation>
    </message>
    <message>
        <source>the average per day over the week</source>
        <translation>la media al giorno della settimana</translation>
    </message>
    <message>
        <source>the average per day over the month</source>
        <translation>la media al giorno del mese</translation>
    </message>
    <message>
        <source>the average per day over the quarter</source>
        <translation>la media al giorno del trimestre</translation>
    </message>
    <message>
        <source>the average per day over the year</source>
        <translation>la media al giorno dell&apos;anno</translation>
    </message>
    <message>
        <source>Day&apos;s total</source>
        <translation>Totale del giorno</translation>
    </message>
    <message>
        <source>Week&apos;s total</source>
        <translation>Totale della settimana</translation>
    </message>
    <message>
        <source>Month&apos;s total</source>
        <translation>Totale del mese</translation>
    </message>
    <message>
        <source>Quarter&apos;s total</source>
        <translation>Totale del trimestre</translation>
    </message>
    <message>
        <source>Year&apos;s total</source>
        <translation>Totale dell&apos;anno</translation>
    </message>
    <message>
        <source>Day&apos;s daily average</source>
        <translation>Media del giorno</translation>
    </message>
    <message>
        <source>Week&apos;s daily average</source>
        <translation>Media al giorno (settimana)</translation>
    </message>
    <message>
        <source>Month&apos;s daily average</source>
        <translation>Media al giorno (mese)</translation>
    </message>
    <message>
        <source>Quarter&apos;s daily average</source>
        <translation>Media al giorno (trimestre)</translation>
    </message>
    <message>
        <source>Year&apos;s daily average</source>
        <translation>Media al giorno (anno)</translation>
    </message>
    <message>
        <source>Day&apos;s figure</source>
        <translation>Valore del giorno</translation>
    </message>
    <message>
        <source>Week&apos;s figure</source>
        <translation>Valore della settimana</translation>
    </message>
    <message>
        <source>Month&apos;s figure</source>
        <translation>Valore del mese</translation>
    </message>
    <message>
        <source>Quarter&apos;s figure</source>
        <translation>Valore del trimestre</translation>
    </message>
    <message>
        <source>Year&apos;s figure</source>
        <translation>Valore dell&apos;anno</translation>
    </message>
    <message>
        <source>What the target speaks of</source>
        <translation>A cosa si riferisce il traguardo</translation>
    </message>
    <message>
        <source>Count it as</source>
        <translation>Contalo come</translation>
    </message>
    <message>
        <source>Judge health over the last</source>
        <translation>Valuta lo stato sui periodi più recenti</translation>
    </message>
    <message>
        <source>Health looks back over this many complete periods; the usual is {count}.</source>
        <translation>Lo stato guarda indietro a questo numero di periodi completi; di solito sono {count}.</translation>
    </message>
</context>
<context>
    <name>CurvePreview</name>
    <message>
        <source>Preview of the planned path</source>
        <translation>Anteprima del percorso previsto</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>like {example}</source>
        <translation>come {example}</translation>
    </message>
    <message>
        <source>Pick a date on the calendar</source>
        <translation>Scegli una data dal calendario</translation>
    </message>
    <message>
        <source>{field}: the date is outside the years {first} to {last}</source>
        <translation>{field}: la data non rientra negli anni dal {first} al {last}</translation>
    </message>
    <message>
        <source>{field}: please type a date, like {example}</source>
        <translation>{field}: scrivi una data, come {example}</translation>
    </message>
</context>
<context>
    <name>DemoPlan</name>
    <message>
        <source>Maria Lopez</source>
        <comment>The owner and head baker, a woman. A local name is welcome: its first word is {owner} in other texts</comment>
        <translation>Maria Rossi</translation>
    </message>
    <message>
        <source>Sunrise Bakery</source>
        <comment>The sample bakery&apos;s name, also {business} in the vision</comment>
        <translation>Panificio Aurora</translation>
    </message>
    <message>
        <source>Sam O&apos;Brien</source>
        <comment>The shop lead, a man. A local name is welcome: its first word is {shop_lead} in other texts</comment>
        <translation>Luca Bianchi</translation>
    </message>
    <message>
        <source>Tomás Keane</source>
        <comment>The apprentice baker, a young man. A local name is welcome: its first word is {apprentice} in other texts</comment>
        <translation>Matteo Greco</translation>
    </message>
    <message>
        <source>Aoife Byrne</source>
        <comment>The weekend baker, a woman. A local name is welcome: its first word is {weekend_baker} in other texts</comment>
        <translation>Giulia Esposito</translation>
    </message>
    <message>
        <source>Declan Murphy</source>
        <comment>The delivery driver, a man (no longer with the bakery). A local name is welcome</comment>
        <translation>Marco Colombo</translation>
    </message>
    <message>
        <source>Harbour Cafe</source>
        <comment>A cafe&apos;s name, also {harbour_cafe} in other texts; a local one is welcome</comment>
        <translation>Bar del Porto</translation>
    </message>
    <message>
        <source>Mill Lane Cafe</source>
        <comment>Another cafe&apos;s name, also {mill_lane_cafe} in other texts; a local one is welcome</comment>
        <translation>Caffè del Mulino</translation>
    </message>
    <message>
        <source>Owner and head baker</source>
        <translation>Titolare e capo fornaia</translation>
    </message>
    <message>
        <source>Shop lead</source>
        <translation>Responsabile del negozio</translation>
    </message>
    <message>
        <source>Apprentice baker</source>
        <translation>Apprendista fornaio</translation>
    </message>
    <message>
        <source>Weekend baker</source>
        <translation>Fornaia del fine settimana</translation>
    </message>
    <message>
        <source>Delivery driver (left in the summer)</source>
        <translation>Autista delle consegne (andato via in estate)</translation>
    </message>
    <message>
        <source>Mondays and Tuesdays are still baked like Fridays; the bank holiday week left a whole rack unsold.</source>
        <translation>Il lunedì e il martedì sforniamo ancora come il venerdì; la settimana del ponte ha lasciato invenduto un carrello intero.</translation>
    </message>
    <message>
        <source>Butter went up twice since the summer.</source>
        <translation>Il burro è aumentato due volte dall&apos;estate.</translation>
    </message>
    <message>
        <source>Reviews mention the weekday queue at 8 am.</source>
        <translation>Le recensioni parlano della coda delle 8 nei giorni feriali.</translation>
    </message>
    <message>
        <source>Only {harbour_cafe} so far: the tasting visits have not happened yet.</source>
        <translation>Per ora solo {harbour_cafe}: le visite con gli assaggi non sono ancora state fatte.</translation>
    </message>
    <message>
        <source>Bake the afternoon batch to order from next month.</source>
        <translation>Dal mese prossimo l&apos;infornata del pomeriggio solo su ordinazione.</translation>
    </message>
    <message>
        <source>{owner} books the cafe visits this week.</source>
        <translation>{owner} fissa le visite ai bar questa settimana.</translation>
    </message>
    <message>
        <source>{apprentice} does two solo bakes a week.</source>
        <translation>{apprentice} fa due infornate da solo a settimana.</translation>
    </message>
    <message>
        <source>Revenue is ahead of plan thanks to Sunday opening. Waste is still too high on Mondays and Tuesdays. Only one cafe so far: the tasting visits have not happened yet.</source>
        <translation>L&apos;incasso è sopra il piano grazie all&apos;apertura della domenica. Lo spreco è ancora troppo alto il lunedì e il martedì. Per ora un solo bar: le visite con gli assaggi non sono ancora state fatte.</translation>
    </message>
    <message>
        <source>Bake good bread and sell more of it.</source>
        <translation>Fare del buon pane e venderne di più.</translation>
    </message>
    <message>
        <source>We need to pay the bills and keep the shop open.</source>
        <translation>Dobbiamo pagare le bollette e tenere aperto il negozio.</translation>
    </message>
    <message>
        <source>{business} bakes honest bread for our neighbours every morning. Next year more people start their day with us, in our shop and in the cafes nearby. We throw less bread away, and our team learns and stays.</source>
        <translation>{business} sforna ogni mattina pane genuino per i nostri vicini. L&apos;anno prossimo più persone iniziano la giornata con noi, nel nostro negozio e nei bar qui vicino. Buttiamo via meno pane, e la nostra squadra impara e resta con noi.</translation>
    </message>
    <message>
        <source>A busy, friendly shop pays fair wages and lets us keep real sourdough at a fair price.</source>
        <translation>Un negozio pieno e accogliente paga stipendi giusti e ci permette di vendere vera pasta madre a un prezzo onesto.</translation>
    </message>
    <message>
        <source>More sales in the shop and to cafes keep the bakery safe.</source>
        <translation>Più vendite in negozio e ai bar mettono al sicuro il forno.</translation>
    </message>
    <message>
        <source>Flour and butter prices keep rising.</source>
        <translation>I prezzi di farina e burro continuano a salire.</translation>
    </message>
    <message>
        <source>Most new customers find us on Google Maps.</source>
        <translation>La maggior parte dei nuovi clienti ci trova su Google Maps.</translation>
    </message>
    <message>
        <source>Wholesale uses the oven in the quiet hours.</source>
        <translation>Le forniture ai bar usano il forno nelle ore tranquille.</translation>
    </message>
    <message>
        <source>Every unsold loaf is money and flour thrown away.</source>
        <translation>Ogni pagnotta invenduta è soldi e farina buttati via.</translation>
    </message>
    <message>
        <source>{owner} needs a day off, and {apprentice} wants to become a baker.</source>
        <translation>{owner} ha bisogno di un giorno libero, e {apprentice} vuole diventare fornaio.</translation>
    </message>
    <message>
        <source>Anyone should be able to feed the starter.</source>
        <translation>Chiunque deve saper rinfrescare la pasta madre.</translation>
    </message>
    <message numerus="yes">
        <source>Supply bread to %n local cafe(s) by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>
            <numerusform>Rifornire di pane %n bar della zona entro {month}</numerusform>
            <numerusform>Rifornire di pane %n bar della zona entro {month}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{apprentice} bakes %n sourdough batch(es) on his own by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>
            <numerusform>{apprentice} fa da solo %n infornata di pasta madre entro {month}</numerusform>
            <numerusform>{apprentice} fa da solo %n infornate di pasta madre entro {month}</numerusform>
        </translation>
    </message>
    <message>
        <source>Grow weekly revenue to {amount} by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Portare l&apos;incasso settimanale a {amount} entro {month}</translation>
    </message>
    <message>
        <source>Keep ingredient costs between {low} and {high} of sales until {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Tenere il costo degli ingredienti tra il {low} e il {high} delle vendite fino a {month}</translation>
    </message>
    <message>
        <source>Raise our Google review rating to {rating} by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Portare il voto delle nostre recensioni Google a {rating} entro {month}</translation>
    </message>
    <message>
        <source>Cut unsold bread to {share} of what we bake by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Ridurre il pane invenduto al {share} di quello che sforniamo entro {month}</translation>
    </message>
    <message>
        <source>Write down our sourdough routine by {day}</source>
        <comment>{day}: a date such as &apos;11 January 2027&apos;</comment>
        <translation>Mettere per iscritto la nostra routine della pasta madre entro il {day}</translation>
    </message>
    <message>
        <source>stars</source>
        <comment>A unit, written after numbers: &apos;4.7 stars&apos;</comment>
        <translation>stelle</translation>
    </message>
    <message>
        <source>cafes</source>
        <comment>A unit, written after numbers: &apos;2 cafes&apos;</comment>
        <translation>bar</translation>
    </message>
    <message>
        <source>bakes</source>
        <comment>A unit, written after numbers: &apos;12 bakes&apos;</comment>
        <translation>infornate</translation>
    </message>
    <message>
        <source>Weekly revenue</source>
        <translation>Incasso settimanale</translation>
    </message>
    <message>
        <source>Ingredient cost share of sales</source>
        <translation>Costo ingredienti sulle vendite</translation>
    </message>
    <message>
        <source>Google review rating</source>
        <translation>Voto recensioni Google</translation>
    </message>
    <message>
        <source>Cafes supplied</source>
        <translation>Bar riforniti</translation>
    </message>
    <message>
        <source>Unsold bread</source>
        <translation>Pane invenduto</translation>
    </message>
    <message>
        <source>Sourdough bakes done alone</source>
        <translation>Infornate di pasta madre da solo</translation>
    </message>
    <message>
        <source>First Sunday opening</source>
        <translation>Prima apertura di domenica</translation>
    </message>
    <message>
        <source>Bank holiday week: fewer customers than we baked for</source>
        <translation>Settimana del ponte: meno clienti del pane sfornato</translation>
    </message>
    <message>
        <source>{harbour_cafe}, five mornings a week</source>
        <translation>{harbour_cafe}, cinque mattine a settimana</translation>
    </message>
    <message>
        <source>Add a savoury lunch range of three items</source>
        <translation>Aggiungere tre proposte salate per il pranzo</translation>
    </message>
    <message>
        <source>Open on Sunday mornings</source>
        <translation>Aprire la domenica mattina</translation>
    </message>
    <message>
        <source>Take Christmas pre-orders at the till</source>
        <translation>Prendere le prenotazioni di Natale alla cassa</translation>
    </message>
    <message>
        <source>Compare flour prices from two mills</source>
        <translation>Confrontare i prezzi della farina di due mulini</translation>
    </message>
    <message>
        <source>Put a &apos;Review us on Google&apos; card by the till</source>
        <translation>Mettere vicino alla cassa un cartoncino “Lasciaci una recensione su Google”</translation>
    </message>
    <message>
        <source>Reply to every Google review within two days</source>
        <translation>Rispondere a ogni recensione Google entro due giorni</translation>
    </message>
    <message>
        <source>Write cafe prices and delivery terms</source>
        <translation>Scrivere prezzi e condizioni di consegna per i bar</translation>
    </message>
    <message>
        <source>Visit six cafes with a tasting box</source>
        <translation>Visitare sei bar con una scatola di assaggi</translation>
    </message>
    <message>
        <source>Buy a second set of delivery crates</source>
        <translation>Comprare una seconda serie di cassette per le consegne</translation>
    </message>
    <message>
        <source>Sign a supply agreement with {mill_lane_cafe}</source>
        <translation>Firmare un accordo di fornitura con {mill_lane_cafe}</translation>
    </message>
    <message>
        <source>Count unsold loaves every evening</source>
        <translation>Contare ogni sera le pagnotte invendute</translation>
    </message>
    <message>
        <source>Sell day-old bread at half price</source>
        <translation>Vendere a metà prezzo il pane del giorno prima</translation>
    </message>
    <message>
        <source>Bake the afternoon batch to order</source>
        <translation>Fare l&apos;infornata del pomeriggio solo su ordinazione</translation>
    </message>
    <message>
        <source>{apprentice} shadows {owner} on sourdough mornings</source>
        <translation>{apprentice} affianca {owner} nelle mattine della pasta madre</translation>
    </message>
    <message>
        <source>First solo bake with {owner} checking</source>
        <translation>Prima infornata da solo, con {owner} che controlla</translation>
    </message>
    <message>
        <source>{apprentice} runs the weekend sourdough bakes</source>
        <translation>{apprentice} gestisce le infornate di pasta madre del fine settimana</translation>
    </message>
    <message>
        <source>Photograph each stage of feeding the starter</source>
        <translation>Fotografare ogni fase del rinfresco della pasta madre</translation>
    </message>
    <message>
        <source>Write the routine on one laminated page</source>
        <translation>Scrivere la routine su un solo foglio plastificato</translation>
    </message>
    <message>
        <source>Millbrook Flour</source>
        <comment>A mill&apos;s name; a local one is welcome</comment>
        <translation>Molino Valbruna</translation>
    </message>
    <message>
        <source>The evening waste count takes five minutes. The sheet by the back door works.</source>
        <translation>Il conteggio serale dell&apos;invenduto richiede cinque minuti. Il foglio vicino alla porta sul retro funziona.</translation>
    </message>
    <message>
        <source>Keep it; {shop_lead} types the totals into the plan every Monday.</source>
        <translation>Teniamolo; {shop_lead} inserisce i totali nel piano ogni lunedì.</translation>
    </message>
    <message>
        <source>Sunday opening needs two people from 8 to 10.</source>
        <translation>L&apos;apertura della domenica richiede due persone dalle 8 alle 10.</translation>
    </message>
    <message>
        <source>{weekend_baker} covers Sundays.</source>
        <translation>{weekend_baker} copre le domeniche.</translation>
    </message>
    <message numerus="yes">
        <source>Flour goes up {rise} next quarter. We can fix the price if you order for %n month(s).</source>
        <translation>
            <numerusform>Il prossimo trimestre la farina aumenta del {rise}. Possiamo bloccare il prezzo se ordinate per %n mese.</numerusform>
            <numerusform>Il prossimo trimestre la farina aumenta del {rise}. Possiamo bloccare il prezzo se ordinate per %n mesi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide at the quarterly review.</source>
        <translation>Decidere alla revisione trimestrale.</translation>
    </message>
    <message>
        <source>Dairy co-op</source>
        <translation>Latteria sociale</translation>
    </message>
    <message>
        <source>We can deliver butter twice a week instead of once.</source>
        <translation>Possiamo consegnare il burro due volte a settimana invece di una.</translation>
    </message>
    <message>
        <source>Once a week is enough for now.</source>
        <translation>Per ora una volta a settimana basta.</translation>
    </message>
    <message>
        <source>Could I learn the rye starter too?</source>
        <translation>Potrei imparare anche il lievito di segale?</translation>
    </message>
    <message>
        <source>Yes, after the first solo bakes.</source>
        <translation>Sì, dopo le prime infornate da solo.</translation>
    </message>
    <message>
        <source>Google review</source>
        <comment>Where a customer&apos;s words came from</comment>
        <translation>Recensione Google</translation>
    </message>
    <message>
        <source>The queue is too long at 8 am on weekdays.</source>
        <translation>Nei giorni feriali alle 8 la coda è troppo lunga.</translation>
    </message>
    <message numerus="yes">
        <source>We would take %n loaf/loaves a day if you deliver before 7:30.</source>
        <translation>
            <numerusform>Prenderemmo %n pagnotta al giorno se consegnate prima delle 7:30.</numerusform>
            <numerusform>Prenderemmo %n pagnotte al giorno se consegnate prima delle 7:30.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mrs Walsh, regular customer</source>
        <comment>A customer&apos;s name and who she is; a local name is welcome</comment>
        <translation>Signora Ferri, cliente abituale</translation>
    </message>
    <message>
        <source>Can you bake a seeded rye on Saturdays?</source>
        <translation>Il sabato potete fare un pane di segale ai semi?</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>Goals are what the business wants to reach, each with someone who owns it, a date and a number that shows progress.</source>
        <translation>Gli obiettivi sono ciò che l&apos;attività vuole raggiungere, ognuno con un responsabile, una data e un numero che mostra i progressi.</translation>
    </message>
    <message>
        <source>Add your first goal…</source>
        <translation>Aggiungi il primo obiettivo…</translation>
    </message>
    <message>
        <source>Add a goal with a number…</source>
        <translation>Aggiungi un obiettivo con un numero…</translation>
    </message>
    <message>
        <source>Here you record the real figures, day by day or week by week, and see them against the plan. First add a goal with a number to measure.</source>
        <translation>Qui registri i valori reali, giorno per giorno o settimana per settimana, e li confronti con il piano. Prima aggiungi un obiettivo con un numero da misurare.</translation>
    </message>
    <message>
        <source>The chart shows how a number moves against its plan, week after week. Add a goal with a number to measure, or with steps, to see one.</source>
        <translation>Il grafico mostra come si muove un numero rispetto al piano, settimana dopo settimana. Per vederne uno, aggiungi un obiettivo con un numero da misurare o con dei passi.</translation>
    </message>
    <message>
        <source>Everyone who owns a goal or a step, yourself too, so every piece of work has a name on it.</source>
        <translation>Chiunque sia responsabile di un obiettivo o di un passo, anche tu, così ogni lavoro ha un nome.</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Aggiungi una persona…</translation>
    </message>
    <message>
        <source>What your team, customers and suppliers tell you: note it, answer it, and turn a good idea into a step.</source>
        <translation>Cosa ti dicono squadra, clienti e fornitori: annotalo, rispondi e trasforma una buona idea in un passo.</translation>
    </message>
    <message>
        <source>Add feedback…</source>
        <translation>Aggiungi opinione…</translation>
    </message>
    <message>
        <source>Look at the plan together at a regular rhythm, see what changed, and keep what you decided.</source>
        <translation>Guardate il piano insieme con un ritmo regolare, vedete cosa è cambiato e conservate ciò che avete deciso.</translation>
    </message>
    <message>
        <source>Hold your first review…</source>
        <translation>Fai la prima revisione…</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <source>Something went wrong inside BakeryPlan, so what you just did may not have happened.

Your plan file is safe: every change is saved on its own, whole or not at all.</source>
        <translation>Qualcosa è andato storto dentro BakeryPlan, quindi quello che hai appena fatto potrebbe non essere avvenuto.

Il file del piano è al sicuro: ogni modifica viene salvata a sé, tutta intera o per niente.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}
Please send that file along if you report the problem.</source>
        <translation>I dettagli sono nel file di registro:
{path}
Se segnali il problema, allega quel file.</translation>
    </message>
    <message>
        <source>The details could not be written to the log file {path}.</source>
        <translation>Non è stato possibile scrivere i dettagli nel file di registro {path}.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opinione</translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation>Obiettivo collegato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>No feedback yet. Use Add feedback to note what your team, customers and suppliers tell you, link it to a goal, and answer it at the next review.</source>
        <translation>Ancora nessuna opinione. Usa Aggiungi opinione per annotare cosa ti dicono squadra, clienti e fornitori, collegarlo a un obiettivo e rispondere alla prossima revisione.</translation>
    </message>
    <message>
        <source>&amp;Add feedback…</source>
        <translation>&amp;Aggiungi opinione…</translation>
    </message>
    <message>
        <source>Ed&amp;it and respond…</source>
        <translation>&amp;Modifica e rispondi…</translation>
    </message>
    <message>
        <source>&amp;Link to goal…</source>
        <translation>&amp;Collega a obiettivo…</translation>
    </message>
    <message>
        <source>Make a s&amp;tep…</source>
        <translation>Crea un &amp;passo…</translation>
    </message>
    <message>
        <source>Add a step for this feedback and mark it adopted, in one go</source>
        <translation>Aggiungi un passo per questa opinione e segnala come accolta, in un colpo solo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Status of the selected feedback</source>
        <translation>Stato dell&apos;opinione selezionata</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>Response: {response}</source>
        <translation>Risposta: {response}</translation>
    </message>
    <message>
        <source>Link to goal</source>
        <translation>Collega a obiettivo</translation>
    </message>
    <message>
        <source>Which goal is this feedback about?</source>
        <translation>A quale obiettivo si riferisce questa opinione?</translation>
    </message>
    <message>
        <source>Make a step</source>
        <translation>Crea un passo</translation>
    </message>
    <message>
        <source>A step belongs to a goal. Add a goal on the Goals tab first.</source>
        <translation>Un passo appartiene a un obiettivo. Prima aggiungi un obiettivo nella scheda Obiettivi.</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Elimina opinione</translation>
    </message>
    <message>
        <source>Delete this feedback? You can undo this.</source>
        <translation>Eliminare questa opinione? Si può annullare.</translation>
    </message>
</context>
<context>
    <name>FirstGoal</name>
    <message>
        <source>Add your first goal</source>
        <translation>Aggiungi il primo obiettivo</translation>
    </message>
    <message>
        <source>Your plan is ready. The next step is a first goal: something the business wants to reach, who owns it, by when, and a number that shows progress.

The goal wizard asks for each in turn; it takes a few minutes.</source>
        <translation>Il piano è pronto. Il prossimo passo è un primo obiettivo: qualcosa che l&apos;attività vuole raggiungere, chi ne è responsabile, entro quando, e un numero che mostra i progressi.

La procedura guidata chiede una cosa alla volta; ci vogliono pochi minuti.</translation>
    </message>
    <message>
        <source>Add your first goal…</source>
        <translation>Aggiungi il primo obiettivo…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>{field}: the number is outside the range {low} to {high}</source>
        <translation>{field}: il numero è fuori dall&apos;intervallo da {low} a {high}</translation>
    </message>
    <message>
        <source>{field}: please type a number, like 12 or 3.5</source>
        <translation>{field}: scrivi un numero, come 12 o 3,5</translation>
    </message>
    <message>
        <source>{field} is needed.</source>
        <translation>Manca: {field}.</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <source>The goal</source>
        <translation>L&apos;obiettivo</translation>
    </message>
    <message>
        <source>Say what you want to achieve, who leads it and by when.</source>
        <translation>Di&apos; cosa vuoi raggiungere, chi lo guida e per quando.</translation>
    </message>
    <message>
        <source>e.g. Sell 400 sourdough loaves a week by June</source>
        <translation>es. Vendere 400 pagnotte di pasta madre a settimana entro giugno</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Entro il</translation>
    </message>
    <message>
        <source>Why this goal matters (optional)</source>
        <translation>Perché questo obiettivo è importante (facoltativo)</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Obiettivo:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Who leads it:</source>
        <translation>Chi lo guida:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Perché:</translation>
    </message>
    <message>
        <source>How you will know</source>
        <translation>Come lo saprai</translation>
    </message>
    <message>
        <source>A number to watch makes progress visible. You can skip this.</source>
        <translation>Un numero da tenere d&apos;occhio rende visibili i progressi. Puoi saltare questo passaggio.</translation>
    </message>
    <message>
        <source>Measure this goal with a number</source>
        <translation>Misura questo obiettivo con un numero</translation>
    </message>
    <message>
        <source>&amp;Add this measure to the goal</source>
        <translation>&amp;Aggiungi questo indicatore all&apos;obiettivo</translation>
    </message>
    <message>
        <source>Plan from last &amp;year…</source>
        <translation>Piano dall&apos;anno &amp;scorso…</translation>
    </message>
    <message>
        <source>Draw a seasonal plan from a year of another measure&apos;s entries</source>
        <translation>Ricava un piano stagionale da un anno di voci di un altro indicatore</translation>
    </message>
    <message>
        <source>Is the goal clear?</source>
        <translation>L&apos;obiettivo è chiaro?</translation>
    </message>
    <message>
        <source>The measure&apos;s target date, {when}, is after the goal is due ({due}).</source>
        <translation>La data del traguardo dell&apos;indicatore, {when}, è dopo la scadenza dell&apos;obiettivo ({due}).</translation>
    </message>
    <message>
        <source>No measure will be added: tick the box to add “{name}”.</source>
        <translation>Nessun indicatore sarà aggiunto: spunta la casella per aggiungere “{name}”.</translation>
    </message>
    <message>
        <source>No measure will be added. Type a name to add one, or go on: progress is then followed by the steps.</source>
        <translation>Nessun indicatore sarà aggiunto. Scrivi un nome per aggiungerne uno, o vai avanti: i progressi saranno seguiti dai passi.</translation>
    </message>
    <message>
        <source>Type a name for the measure, or untick the box to skip it.</source>
        <translation>Scrivi un nome per l&apos;indicatore, o togli la spunta per saltarlo.</translation>
    </message>
    <message>
        <source>“{name}” will be added to the goal.</source>
        <translation>“{name}” sarà aggiunto all&apos;obiettivo.</translation>
    </message>
    <message>
        <source> A number to reach</source>
        <translation> Un numero da raggiungere</translation>
    </message>
    <message>
        <source> No number yet: how much?</source>
        <translation> Ancora nessun numero: quanto?</translation>
    </message>
    <message>
        <source> A date</source>
        <translation> Una data</translation>
    </message>
    <message>
        <source> No date yet: by when?</source>
        <translation> Ancora nessuna data: entro quando?</translation>
    </message>
    <message>
        <source> An owner</source>
        <translation> Un responsabile</translation>
    </message>
    <message>
        <source> Nobody leads it yet: who?</source>
        <translation> Ancora nessuno lo guida: chi?</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Check the goal. Finish adds it to the plan; Undo takes it out.</source>
        <translation>Controlla l&apos;obiettivo. Fine lo aggiunge al piano; Annulla lo toglie.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Aggiungi un obiettivo</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>ancora nessuna data</translation>
    </message>
    <message>
        <source>Goal: {title}</source>
        <translation>Obiettivo: {title}</translation>
    </message>
    <message>
        <source>Area: {name}</source>
        <translation>Area: {name}</translation>
    </message>
    <message>
        <source>Led by: {name}</source>
        <translation>Guidato da: {name}</translation>
    </message>
    <message>
        <source>Due: {due}</source>
        <translation>Scadenza: {due}</translation>
    </message>
    <message>
        <source>Measure: {name}, from {start} to {target} by {when}</source>
        <translation>Indicatore: {name}, da {start} a {target} entro il {when}</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n step(s) is/are due after the goal.</source>
        <translation>
            <numerusform>Attenzione: %n passo scade dopo l&apos;obiettivo.</numerusform>
            <numerusform>Attenzione: %n passi scadono dopo l&apos;obiettivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a day, counted as {counting}; health judges the last %n day(s).</source>
        <translation>
            <numerusform>  Il traguardo si riferisce a un giorno, contato come {counting}; lo stato valuta l&apos;ultimo giorno (%n).</numerusform>
            <numerusform>  Il traguardo si riferisce a un giorno, contato come {counting}; lo stato valuta gli ultimi %n giorni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a week, counted as {counting}; health judges the last %n week(s).</source>
        <translation>
            <numerusform>  Il traguardo si riferisce a una settimana, contata come {counting}; lo stato valuta l&apos;ultima settimana (%n).</numerusform>
            <numerusform>  Il traguardo si riferisce a una settimana, contata come {counting}; lo stato valuta le ultime %n settimane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a month, counted as {counting}; health judges the last %n month(s).</source>
        <translation>
            <numerusform>  Il traguardo si riferisce a un mese, contato come {counting}; lo stato valuta l&apos;ultimo mese (%n).</numerusform>
            <numerusform>  Il traguardo si riferisce a un mese, contato come {counting}; lo stato valuta gli ultimi %n mesi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a quarter, counted as {counting}; health judges the last %n quarter(s).</source>
        <translation>
            <numerusform>  Il traguardo si riferisce a un trimestre, contato come {counting}; lo stato valuta l&apos;ultimo trimestre (%n).</numerusform>
            <numerusform>  Il traguardo si riferisce a un trimestre, contato come {counting}; lo stato valuta gli ultimi %n trimestri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a year, counted as {counting}; health judges the last %n year(s).</source>
        <translation>
            <numerusform>  Il traguardo si riferisce a un anno, contato come {counting}; lo stato valuta l&apos;ultimo anno (%n).</numerusform>
            <numerusform>  Il traguardo si riferisce a un anno, contato come {counting}; lo stato valuta gli ultimi %n anni.</numerusform>
        </translation>
    </message>
    <message>
        <source>No measure: progress is followed by the steps.</source>
        <translation>Nessun indicatore: i progressi sono seguiti dai passi.</translation>
    </message>
    <message>
        <source>Steps ({count}):</source>
        <translation>Passi ({count}):</translation>
    </message>
    <message>
        <source>  • {title}: {owner}, by {due}</source>
        <translation>  • {title}: {owner}, entro il {due}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>nessuna data</translation>
    </message>
    <message>
        <source>New people: {names}</source>
        <translation>Persone nuove: {names}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Attenzione: {warning}</translation>
    </message>
    <message>
        <source>This plan is open read-only, so goals cannot be added here.</source>
        <translation>Questo piano è aperto in sola lettura, quindi qui non si possono aggiungere obiettivi.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>Break the goal into small steps. Each needs someone and a date.</source>
        <translation>Dividi l&apos;obiettivo in piccoli passi. Ognuno ha bisogno di una persona e di una data.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Entro</translation>
    </message>
    <message>
        <source>Add a &amp;step</source>
        <translation>Aggiungi un &amp;passo</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Togli passo</translation>
    </message>
    <message>
        <source>Someone ne&amp;w to help? Add them here:</source>
        <translation>Qualcuno di &amp;nuovo che aiuta? Aggiungilo qui:</translation>
    </message>
    <message>
        <source>e.g. Test three sourdough recipes</source>
        <translation>es. Provare tre ricette di pane a pasta madre</translation>
    </message>
    <message>
        <source>&quot;{step}&quot;</source>
        <translation>&quot;{step}&quot;</translation>
    </message>
    <message>
        <source>&quot;{step}&quot; is due after the goal ({goal_due}).</source>
        <translation>&quot;{step}&quot; scade dopo l&apos;obiettivo ({goal_due}).</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>No goal yet</source>
        <translation>Nessun obiettivo</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Nessun responsabile</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Nessuna data</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} su %n passo fatto</numerusform>
            <numerusform>{done} su %n passi fatti</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abbandonato</translation>
    </message>
    <message>
        <source>Measure: {name}</source>
        <translation>Indicatore: {name}</translation>
    </message>
    <message>
        <source>keep {low} to {high}</source>
        <translation>tra {low} e {high}</translation>
    </message>
    <message>
        <source>keep at least {low}</source>
        <translation>almeno {low}</translation>
    </message>
    <message>
        <source>keep at most {high}</source>
        <translation>al massimo {high}</translation>
    </message>
    <message>
        <source>planned {planned}</source>
        <translation>previsto {planned}</translation>
    </message>
    <message>
        <source>aim {target}</source>
        <translation>traguardo {target}</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>su {target}</translation>
    </message>
    <message>
        <source>nothing recorded, {aim}</source>
        <translation>nessun valore, {aim}</translation>
    </message>
    <message>
        <source>✓ Done {day}</source>
        <translation>✓ Fatto il {day}</translation>
    </message>
    <message>
        <source>! Overdue</source>
        <translation>! In ritardo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Goals, measures and steps</source>
        <extracomment>What the tree shows: a change of anything else leaves it alone.</extracomment>
        <translation>Obiettivi, indicatori e passi</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Aggiungi &amp;obiettivo…</translation>
    </message>
    <message>
        <source>&amp;Quick goal…</source>
        <translation>Obiettivo &amp;rapido…</translation>
    </message>
    <message>
        <source>Add a goal in one plain form</source>
        <translation>Aggiungi un obiettivo con un solo modulo</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>Aggiungi &amp;indicatore…</translation>
    </message>
    <message>
        <source>Add s&amp;tep…</source>
        <translation>Aggiungi &amp;passo…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Segna &amp;fatto</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Sposta su (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Sposta giù (Alt+Down)</translation>
    </message>
    <message>
        <source>Mark not d&amp;one</source>
        <translation>Segna &amp;non fatto</translation>
    </message>
    <message>
        <source>{measures}, {actuals}, {steps}</source>
        <translation>{measures}, {actuals}, {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n indicatore</numerusform>
            <numerusform>%n indicatori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s)</source>
        <translation>
            <numerusform>%n valore reale</numerusform>
            <numerusform>%n valori reali</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n passo</numerusform>
            <numerusform>%n passi</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the goal “{title}” with its measures, recorded actuals and steps ({counts})? You can undo this.</source>
        <translation>Eliminare l&apos;obiettivo “{title}” con i suoi indicatori, i valori reali registrati e i passi ({counts})? Puoi annullare.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Elimina obiettivo</translation>
    </message>
    <message>
        <source>Delete the measure “{name}” and all its recorded actuals ({count})? You can undo this.</source>
        <translation>Eliminare l&apos;indicatore “{name}” e tutti i suoi valori registrati ({count})? Si può annullare.</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Elimina indicatore</translation>
    </message>
    <message>
        <source>Delete the step “{title}”? You can undo this.</source>
        <translation>Eliminare il passo “{title}”? Si può annullare.</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Elimina passo</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>How BakeryPlan works</source>
        <translation>Come funziona BakeryPlan</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message numerus="yes">
        <source>The weekly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>La revisione settimanale era prevista il {day}: %n giorno di ritardo.</numerusform>
            <numerusform>La revisione settimanale era prevista il {day}: %n giorni di ritardo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>La revisione mensile era prevista il {day}: %n giorno di ritardo.</numerusform>
            <numerusform>La revisione mensile era prevista il {day}: %n giorni di ritardo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>La revisione trimestrale era prevista il {day}: %n giorno di ritardo.</numerusform>
            <numerusform>La revisione trimestrale era prevista il {day}: %n giorni di ritardo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>La revisione era prevista il {day}: %n giorno di ritardo.</numerusform>
            <numerusform>La revisione era prevista il {day}: %n giorni di ritardo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The weekly review is due today, {day}.</source>
        <translation>La revisione settimanale è prevista oggi, {day}.</translation>
    </message>
    <message>
        <source>The monthly review is due today, {day}.</source>
        <translation>La revisione mensile è prevista oggi, {day}.</translation>
    </message>
    <message>
        <source>The quarterly review is due today, {day}.</source>
        <translation>La revisione trimestrale è prevista oggi, {day}.</translation>
    </message>
    <message>
        <source>The review is due today, {day}.</source>
        <translation>La revisione è prevista oggi, {day}.</translation>
    </message>
    <message numerus="yes">
        <source>The weekly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>La revisione settimanale è prevista il {day}, tra %n giorno.</numerusform>
            <numerusform>La revisione settimanale è prevista il {day}, tra %n giorni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>La revisione mensile è prevista il {day}, tra %n giorno.</numerusform>
            <numerusform>La revisione mensile è prevista il {day}, tra %n giorni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>La revisione trimestrale è prevista il {day}, tra %n giorno.</numerusform>
            <numerusform>La revisione trimestrale è prevista il {day}, tra %n giorni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>La revisione è prevista il {day}, tra %n giorno.</numerusform>
            <numerusform>La revisione è prevista il {day}, tra %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every week.</source>
        <translation>Ancora nessuna revisione fatta; l&apos;idea è guardare il piano insieme ogni settimana.</translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every month.</source>
        <translation>Ancora nessuna revisione fatta; l&apos;idea è guardare il piano insieme ogni mese.</translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every quarter.</source>
        <translation>Ancora nessuna revisione fatta; l&apos;idea è guardare il piano insieme ogni trimestre.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>&amp;Record today&apos;s figures</source>
        <translation>&amp;Registra i valori di oggi</translation>
    </message>
    <message>
        <source>Print huddle &amp;sheet…</source>
        <translation>Stampa &amp;foglio della riunione…</translation>
    </message>
    <message>
        <source>I&amp;mport actuals…</source>
        <translation>I&amp;mporta valori reali…</translation>
    </message>
    <message>
        <source>Numbers behind plan</source>
        <translation>Valori in ritardo sul piano</translation>
    </message>
    <message>
        <source>Every number is on track or has not started yet.</source>
        <translation>Ogni valore è in linea o non è ancora partito.</translation>
    </message>
    <message>
        <source>Steps due this week or late</source>
        <translation>Passi in scadenza questa settimana o in ritardo</translation>
    </message>
    <message>
        <source>No step is due this week and none is late.</source>
        <translation>Nessun passo scade questa settimana e nessuno è in ritardo.</translation>
    </message>
    <message>
        <source>Feedback waiting for an answer</source>
        <translation>Opinioni in attesa di risposta</translation>
    </message>
    <message>
        <source>All feedback has an answer.</source>
        <translation>Tutte le opinioni hanno una risposta.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prossima revisione</translation>
    </message>
    <message>
        <source>Latest entries</source>
        <translation>Ultime voci</translation>
    </message>
    <message>
        <source>No figures recorded yet. Record today&apos;s figures to see progress.</source>
        <translation>Nessun valore registrato. Registra i valori di oggi per vedere i progressi.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Da guardare</translation>
    </message>
    <message>
        <source>Nothing to fix: every goal has an owner, a date and a way to measure it.</source>
        <translation>Niente da sistemare: ogni obiettivo ha un responsabile, una data e un modo per misurarlo.</translation>
    </message>
    <message>
        <source>{today} · week of {week}</source>
        <translation>{today} · settimana del {week}</translation>
    </message>
    <message>
        <source>{label}: {actual} against {planned} planned ({difference})</source>
        <translation>{label}: {actual} contro {planned} previsto ({difference})</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late (due {day})</source>
        <translation>
            <numerusform>%n giorno di ritardo (scadenza {day})</numerusform>
            <numerusform>%n giorni di ritardo (scadenza {day})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who}, {day} · waiting %n day(s)</source>
        <translation>
            <numerusform>{who}, {day} · in attesa da %n giorno</numerusform>
            <numerusform>{who}, {day} · in attesa da %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>scade oggi</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>scadenza {day}</translation>
    </message>
    <message>
        <source>nobody owns it yet</source>
        <translation>ancora senza responsabile</translation>
    </message>
    <message>
        <source>for “{goal}”</source>
        <translation>per “{goal}”</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(nessun testo)</translation>
    </message>
    <message>
        <source>No regular review is set. Looking at the plan together, every month say, keeps it alive.</source>
        <translation>Non c&apos;è un ritmo fisso per le revisioni. Guardare il piano insieme, per esempio ogni mese, lo tiene vivo.</translation>
    </message>
    <message>
        <source>Last review: {day}</source>
        <translation>Ultima revisione: {day}</translation>
    </message>
    <message>
        <source>Hold a re&amp;view…</source>
        <translation>Fai una re&amp;visione…</translation>
    </message>
    <message>
        <source>Hold a review</source>
        <translation>Fai una revisione</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>Da sistemare</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Da tenere d&apos;occhio</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show: {finding}</source>
        <translation>Mostra: {finding}</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Fatto: {title}</translation>
    </message>
    <message>
        <source>Mark done: {title}</source>
        <translation>Segna come fatto: {title}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Day first (31/01/2024)</source>
        <translation>Prima il &amp;giorno (31/01/2024)</translation>
    </message>
    <message>
        <source>&amp;Month first (01/31/2024)</source>
        <translation>Prima il &amp;mese (01/31/2024)</translation>
    </message>
    <message>
        <source>&amp;Year first (2024/01/31)</source>
        <translation>Prima l&apos;&amp;anno (2024/01/31)</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La data</translation>
    </message>
    <message>
        <source>Say which column holds the day, and how it is written.</source>
        <translation>Indica quale colonna contiene il giorno e come è scritto.</translation>
    </message>
    <message>
        <source>Order of day, month and year</source>
        <translation>Ordine di giorno, mese e anno</translation>
    </message>
    <message>
        <source>Date &amp;column:</source>
        <translation>&amp;Colonna della data:</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Scegli la colonna che contiene la data.</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>non è una data</translation>
    </message>
    <message>
        <source>In this file:</source>
        <translation>In questo file:</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Il file</translation>
    </message>
    <message>
        <source>Choose the export from your till, card terminal, bank, web shop or accounts.</source>
        <translation>Scegli il file esportato dalla cassa, dal POS, dalla banca, dal negozio online o dalla contabilità.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>The CSV or text file to import</source>
        <translation>Il file CSV o di testo da importare</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Come rilevato</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>nessuna intestazione</translation>
    </message>
    <message>
        <source>line </source>
        <translation>riga </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codifica:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Se&amp;paratore:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Intestazione:</translation>
    </message>
    <message>
        <source>The first rows as read</source>
        <translation>Le prime righe come sono state lette</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Importa valori reali</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>File CSV e di testo (*.csv *.txt *.tsv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>riga {line}</translation>
    </message>
    <message numerus="yes">
        <source>Read as {encoding}; separator: {delimiter}; header: {header}; %n row(s).</source>
        <translation>
            <numerusform>Letto come {encoding}; separatore: {delimiter}; intestazione: {header}; %n riga.</numerusform>
            <numerusform>Letto come {encoding}; separatore: {delimiter}; intestazione: {header}; %n righe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Above the table (%n line(s), not imported):
{lines}</source>
        <translation>
            <numerusform>Sopra la tabella (%n riga, non importata):
{lines}</numerusform>
            <numerusform>Sopra la tabella (%n righe, non importate):
{lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra verticale</translation>
    </message>
    <message>
        <source>Read it with the recipe &quot;{name}&quot; (this file&apos;s header matches)</source>
        <translation>Leggilo con lo schema salvato &quot;{name}&quot; (l&apos;intestazione di questo file corrisponde)</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Il risultato</translation>
    </message>
    <message>
        <source>Check the figures. Finish adds them to the plan; Undo takes them out.</source>
        <translation>Controlla i valori. Fine li aggiunge al piano; Annulla li toglie.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Motivo scarto</translation>
    </message>
    <message>
        <source>&amp;Save as a recipe named</source>
        <translation>&amp;Salva come schema con il nome</translation>
    </message>
    <message>
        <source>Recipe name</source>
        <translation>Nome dello schema</translation>
    </message>
    <message>
        <source>e.g. &quot;Till, daily sales&quot; or &quot;Bank account&quot;</source>
        <translation>es. &quot;Cassa, vendite del giorno&quot; o &quot;Conto in banca&quot;</translation>
    </message>
    <message>
        <source>No day&apos;s figure could be read with these settings.</source>
        <translation>Con queste impostazioni non si è potuto leggere il valore di nessun giorno.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>Il valore</translation>
    </message>
    <message>
        <source>Say which measure gets the figures and what makes a day&apos;s value.</source>
        <translation>Indica quale indicatore riceve i valori e cosa forma il valore di un giorno.</translation>
    </message>
    <message>
        <source>The &amp;amounts in</source>
        <translation>Gli &amp;importi in</translation>
    </message>
    <message>
        <source>The number of &amp;rows</source>
        <translation>Il numero di &amp;righe</translation>
    </message>
    <message>
        <source>The number of different &amp;values in</source>
        <translation>Il numero di &amp;valori diversi in</translation>
    </message>
    <message>
        <source>A day&apos;s value is</source>
        <translation>Il valore di un giorno è</translation>
    </message>
    <message>
        <source>All amounts</source>
        <translation>Tutti gli importi</translation>
    </message>
    <message>
        <source>Only income (amounts above zero)</source>
        <translation>Solo entrate (importi sopra zero)</translation>
    </message>
    <message>
        <source>Only expenses (amounts below zero, counted as positive)</source>
        <translation>Solo uscite (importi sotto zero, contati come positivi)</translation>
    </message>
    <message>
        <source>Decimal point: 1,234.56</source>
        <translation>Punto decimale: 1,234.56</translation>
    </message>
    <message>
        <source>Decimal comma: 1.234,56</source>
        <translation>Virgola decimale: 1.234,56</translation>
    </message>
    <message>
        <source>Only rows with these values</source>
        <translation>Solo le righe con questi valori</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>Indi&amp;catore:</translation>
    </message>
    <message>
        <source>&amp;Which amounts:</source>
        <translation>&amp;Quali importi:</translation>
    </message>
    <message>
        <source>Amounts are &amp;written with:</source>
        <translation>Importi s&amp;critti con:</translation>
    </message>
    <message>
        <source>Only rows where:</source>
        <translation>Solo le righe in cui:</translation>
    </message>
    <message>
        <source>is one of:</source>
        <translation>è uno di:</translation>
    </message>
    <message>
        <source>&amp;Note from:</source>
        <translation>&amp;Nota da:</translation>
    </message>
    <message>
        <source>(all rows)</source>
        <translation>(tutte le righe)</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(nessuna nota)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was written.</source>
        <translation>Lettura annullata; non è stato scritto niente.</translation>
    </message>
    <message>
        <source>Lines skipped: {skipped} (reasons on the right). Rows left out by filters: {filtered}.</source>
        <translation>Righe saltate: {skipped} (i motivi sono a destra). Righe escluse dai filtri: {filtered}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), total {total}, into “{measure}”.</source>
        <translation>
            <numerusform>%n giorno, totale {total}, in “{measure}”.</numerusform>
            <numerusform>%n giorni, totale {total}, in “{measure}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read from %n row(s) of the file.</source>
        <translation>
            <numerusform>Letto da %n riga del file.</numerusform>
            <numerusform>Letto da %n righe del file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these days was/were imported before from “{source}”: Finish asks whether to replace it/them or skip it/them.</source>
        <translation>
            <numerusform>%n di questi giorni è già stato importato da “{source}”: Fine chiede se sostituirlo o saltarlo.</numerusform>
            <numerusform>%n di questi giorni sono già stati importati da “{source}”: Fine chiede se sostituirli o saltarli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these days ({first} to {last}) was/were imported before from “{source}”. Replace the entries of those days with the file&apos;s figures, or skip those days and add only the new ones?</source>
        <translation>
            <numerusform>%n di questi giorni ({first} – {last}) è già stato importato da “{source}”. Sostituire le voci di quel giorno con i valori del file, o saltarlo e aggiungere solo i giorni nuovi?</numerusform>
            <numerusform>%n di questi giorni (dal {first} al {last}) sono già stati importati da “{source}”. Sostituire le voci di quei giorni con i valori del file, o saltarli e aggiungere solo quelli nuovi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day in this file is already imported.</source>
        <translation>Ogni giorno di questo file è già stato importato.</translation>
    </message>
    <message>
        <source>This plan has no measures yet. Add a measure to a goal first.</source>
        <translation>Questo piano non ha ancora indicatori. Prima aggiungi un indicatore a un obiettivo.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so nothing can be imported into it.</source>
        <translation>Questo piano è aperto in sola lettura, quindi non vi si può importare niente.</translation>
    </message>
</context>
<context>
    <name>LazyPanels</name>
    <message>
        <source>This tab could not be shown.</source>
        <translation>Questa scheda non si è potuta mostrare.</translation>
    </message>
    <message>
        <source>This tab could not be shown. The details are in the log file:
{path}</source>
        <translation>Questa scheda non si è potuta mostrare. I dettagli sono nel file di registro:
{path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (sola lettura)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visione</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Valori reali</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opinioni</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisioni</translation>
    </message>
    <message>
        <source>Ctrl+{number}</source>
        <translation>Ctrl+{number}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nessuna modifica</translation>
    </message>
    <message>
        <source>No backup of &quot;{name}&quot; could be made: {reason}.

The plan itself is fine and every change is still saved to it, but until a backup can be made a mistake cannot be undone from a backup. Continue without a backup, or close the plan (and free some space or fix the folder first)?</source>
        <translation>Non è stato possibile fare una copia di sicurezza di &quot;{name}&quot;: {reason}.

Il piano è a posto e ogni modifica viene ancora salvata, ma finché non si può fare una copia di sicurezza un errore non si potrà annullare ripartendo da una copia. Continuare senza copia di sicurezza o chiudere il piano (e prima liberare spazio o sistemare la cartella)?</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>Nessuna copia di sicurezza</translation>
    </message>
    <message>
        <source>Continue without a backup</source>
        <translation>Continua senza copia</translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation>Chiudi il piano</translation>
    </message>
    <message>
        <source>This plan is open read-only: you can look, print and export, but not change it.</source>
        <translation>Questo piano è aperto in sola lettura: si può guardare, stampare ed esportare, ma non modificare.</translation>
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
        <translation>Valore previsto</translation>
    </message>
    <message>
        <source>Points of the planned path</source>
        <translation>Punti del percorso previsto</translation>
    </message>
    <message>
        <source>Steady (a straight line)</source>
        <translation>Costante (una linea retta)</translation>
    </message>
    <message>
        <source>In steps (e.g. each quarter)</source>
        <translation>A gradini (es. ogni trimestre)</translation>
    </message>
    <message>
        <source>Seasonal (my own points)</source>
        <translation>Stagionale (punti miei)</translation>
    </message>
    <message>
        <source>Planned path</source>
        <translation>Percorso previsto</translation>
    </message>
    <message>
        <source>Fill in &amp;quarterly steps</source>
        <translation>Gradini &amp;trimestrali</translation>
    </message>
    <message>
        <source>Add a &amp;point</source>
        <translation>Aggiungi un &amp;punto</translation>
    </message>
    <message>
        <source>&amp;Remove point</source>
        <translation>&amp;Togli punto</translation>
    </message>
    <message>
        <source>e.g. Loaves sold per week</source>
        <translation>es. Pagnotte vendute a settimana</translation>
    </message>
    <message>
        <source>e.g. loaves, €, %</source>
        <translation>es. pagnotte, €, %</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Più alto è meglio</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Più basso è meglio</translation>
    </message>
    <message>
        <source>Keep within a range</source>
        <translation>Restare in un intervallo</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di partenza</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data del traguardo</translation>
    </message>
    <message>
        <source>What you count:</source>
        <translation>Cosa conti:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unità:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direzione:</translation>
    </message>
    <message>
        <source>From (now) / to (target):</source>
        <translation>Da (ora) / a (traguardo):</translation>
    </message>
    <message>
        <source>Keep between:</source>
        <translation>Restare tra:</translation>
    </message>
    <message>
        <source>Start / target date:</source>
        <translation>Data di partenza / traguardo:</translation>
    </message>
    <message>
        <source>The target speaks of:</source>
        <translation>Il traguardo riguarda:</translation>
    </message>
    <message>
        <source>Count it as:</source>
        <translation>Contalo come:</translation>
    </message>
    <message>
        <source>Judge health over:</source>
        <translation>Valuta lo stato su:</translation>
    </message>
    <message>
        <source>Planned path:</source>
        <translation>Percorso previsto:</translation>
    </message>
    <message>
        <source>{field} is needed.</source>
        <translation>Manca: {field}.</translation>
    </message>
</context>
<context>
    <name>MeasureRules</name>
    <message>
        <source>“Higher is better”, but the target is below the starting value: raise the target, or choose “Lower is better”.</source>
        <translation>“Più alto è meglio”, ma il traguardo è sotto il valore di partenza: alza il traguardo, o scegli “Più basso è meglio”.</translation>
    </message>
    <message>
        <source>“Lower is better”, but the target is above the starting value: lower the target, or choose “Higher is better”.</source>
        <translation>“Più basso è meglio”, ma il traguardo è sopra il valore di partenza: abbassa il traguardo, o scegli “Più alto è meglio”.</translation>
    </message>
    <message>
        <source>Keeping within a band needs at least one limit: give the lowest or the highest value to keep to.</source>
        <translation>Per restare in una fascia serve almeno un limite: indica il valore più basso o più alto da rispettare.</translation>
    </message>
    <message>
        <source>The band&apos;s low limit must be below its high limit.</source>
        <translation>Il limite basso della fascia deve essere sotto quello alto.</translation>
    </message>
    <message>
        <source>The target date is before the start date: move one of them.</source>
        <translation>La data del traguardo è prima della data di inizio: sposta una delle due.</translation>
    </message>
    <message>
        <source>A point of the planned path is after the target date: move it to the target date or earlier, or move the target date.</source>
        <translation>Un punto del percorso previsto è dopo la data del traguardo: spostalo a quella data o prima, oppure sposta la data del traguardo.</translation>
    </message>
</context>
<context>
    <name>MenuTasks</name>
    <message>
        <source>No chart to export</source>
        <translation>Nessun grafico da esportare</translation>
    </message>
    <message>
        <source>This plan has no measures yet, so there is no chart to export. Add a measure to a goal on the Goals tab first.</source>
        <translation>Questo piano non ha ancora indicatori, quindi non c&apos;è un grafico da esportare. Prima aggiungi un indicatore a un obiettivo nella scheda Obiettivi.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Esporta grafico</translation>
    </message>
    <message>
        <source>Which measure&apos;s chart do you want to export?</source>
        <translation>Di quale indicatore vuoi esportare il grafico?</translation>
    </message>
    <message>
        <source>About BakeryPlan</source>
        <translation>Informazioni su BakeryPlan</translation>
    </message>
    <message>
        <source>BakeryPlan {version}

Plan your business on one page: a vision, goals with measures, owners and dates, and what really happened.

Your plan stays on this computer. BakeryPlan never connects to the internet.</source>
        <translation>BakeryPlan {version}

Il piano della tua attività in una pagina: una visione, obiettivi con indicatori, responsabili e date, e ciò che è successo davvero.

Il piano resta su questo computer. BakeryPlan non si collega mai a internet.</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <source>Your business</source>
        <translation>La tua attività</translation>
    </message>
    <message>
        <source>The name appears on every page you print.</source>
        <translation>Il nome compare su ogni pagina stampata.</translation>
    </message>
    <message>
        <source>e.g. Sunrise Bakery</source>
        <translation>es. Forno del Sole</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Business na&amp;me:</source>
        <translation>&amp;Nome dell&apos;attività:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Titolare:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>La tua squadra</translation>
    </message>
    <message>
        <source>Who works with you? You can add people later too.</source>
        <translation>Chi lavora con te? Puoi aggiungere persone anche dopo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Aggiungi una &amp;persona</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>&amp;Togli persona</translation>
    </message>
    <message>
        <source>Add {owner} (owner) to the &amp;team</source>
        <translation>Aggiungi {owner} (titolare) alla &amp;squadra</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>il titolare</translation>
    </message>
    <message>
        <source>e.g. Baker</source>
        <translation>es. Fornaio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <source>Where to keep the plan</source>
        <translation>Dove tenere il piano</translation>
    </message>
    <message>
        <source>Your plan is one file. Every change is saved in it at once.</source>
        <translation>Il piano è un unico file. Ogni modifica viene salvata subito.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>Write the &amp;vision next</source>
        <translation>Scrivi la &amp;visione subito dopo</translation>
    </message>
    <message>
        <source>&amp;Plan file:</source>
        <translation>&amp;File del piano:</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Il mio piano</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation>Salva il nuovo piano come</translation>
    </message>
    <message>
        <source>Type a file name for the plan.</source>
        <translation>Scrivi un nome di file per il piano.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Esiste già un file con questo nome. Scegline un altro.</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Inizia un nuovo piano</translation>
    </message>
    <message>
        <source>The plan could not be created</source>
        <translation>Non è stato possibile creare il piano</translation>
    </message>
    <message>
        <source>The plan could not be created: {reason}</source>
        <translation>Non è stato possibile creare il piano: {reason}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <extracomment>A check across fields: given the parsed values, None or (the problem in words, the key of the field to put right).</extracomment>
        <translation>Nessuna data</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Cancella la data</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Responsabile di</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>No one yet. Use Add person for everyone who owns goals and steps, yourself too, so every piece of work has a name on it.</source>
        <translation>Ancora nessuno. Usa Aggiungi persona per chiunque sia responsabile di obiettivi e passi, anche per te, così ogni lavoro ha un nome.</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Aggiungi persona…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Dea&amp;ctivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Ancora niente</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n obiettivo</numerusform>
            <numerusform>%n obiettivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n passo aperto</numerusform>
            <numerusform>%n passi aperti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n goal(s) and step(s) they own will have no owner. Deactivating keeps the history instead.</source>
        <translation>
            <numerusform>%n obiettivo o passo di cui è responsabile resterà senza responsabile. Disattivare invece conserva la storia.</numerusform>
            <numerusform>%n obiettivi e passi di cui è responsabile resteranno senza responsabile. Disattivare invece conserva la storia.</numerusform>
        </translation>
    </message>
    <message>
        <source>{goals}, {steps}</source>
        <translation>{goals}, {steps}</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>Ri&amp;attiva</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Eliminare “{name}”?</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Si può annullare.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Elimina persona</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>(nobody yet)</source>
        <translation>(ancora nessuno)</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (nuova persona)</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Nome della nuova persona</translation>
    </message>
    <message>
        <source>Role (optional)</source>
        <translation>Ruolo (facoltativo)</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Aggiungi una &amp;persona</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>This plan is closed; nothing was changed.</source>
        <translation>Questo piano è chiuso; non è cambiato niente.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so it cannot be changed here. Close the other window that has it open, then open it again.</source>
        <translation>Questo piano è aperto in sola lettura, quindi qui non si può modificare. Chiudi l&apos;altra finestra che lo tiene aperto, poi riaprilo.</translation>
    </message>
    <message>
        <source>The change could not be saved to the plan file: {detail}</source>
        <translation>Non è stato possibile salvare la modifica nel file del piano: {detail}</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder})</source>
        <translation>{cause} (cartella delle copie di sicurezza {folder})</translation>
    </message>
</context>
<context>
    <name>PlanFromHistory</name>
    <message>
        <source>Plan from last year</source>
        <translation>Piano dall&apos;anno scorso</translation>
    </message>
    <message>
        <source>Plan “{name}” for the twelve months after a year of its entries: each day is compared with its day last year, and the change is applied to the year.</source>
        <translation>Piano per “{name}” nei dodici mesi dopo un anno di voci: ogni giorno è confrontato con lo stesso giorno dell&apos;anno scorso e la variazione è applicata all&apos;anno.</translation>
    </message>
    <message>
        <source>Entries of</source>
        <translation>Voci di</translation>
    </message>
    <message>
        <source>Last year ends on</source>
        <translation>L&apos;anno scorso finisce il</translation>
    </message>
    <message>
        <source>Change on last year in percent</source>
        <translation>Variazione sull&apos;anno scorso in percentuale</translation>
    </message>
    <message>
        <source>Total for the new year</source>
        <translation>Totale per il nuovo anno</translation>
    </message>
    <message>
        <source>Change on last year</source>
        <translation>Variazione sull&apos;anno scorso</translation>
    </message>
    <message>
        <source>Total for the year</source>
        <translation>Totale dell&apos;anno</translation>
    </message>
    <message>
        <source>Same weekday, holidays moved to their dates</source>
        <translation>Stesso giorno della settimana, festività spostate alle loro date</translation>
    </message>
    <message>
        <source>Same weekday, holidays not moved</source>
        <translation>Stesso giorno della settimana, festività non spostate</translation>
    </message>
    <message>
        <source>Same calendar date</source>
        <translation>Stessa data del calendario</translation>
    </message>
    <message>
        <source>Match each day with</source>
        <translation>Abbina ogni giorno con</translation>
    </message>
    <message>
        <source>Entries of:</source>
        <translation>Voci di:</translation>
    </message>
    <message>
        <source>Last year ends on:</source>
        <translation>L&apos;anno scorso finisce il:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Variazione:</translation>
    </message>
    <message>
        <source>Match each day with:</source>
        <translation>Abbina ogni giorno con:</translation>
    </message>
    <message>
        <source>Last year is incomplete</source>
        <translation>L&apos;anno scorso è incompleto</translation>
    </message>
    <message>
        <source>Fill the missing days from the weeks around</source>
        <translation>Riempi i giorni mancanti con le settimane vicine</translation>
    </message>
    <message>
        <source>Plan only what last year&apos;s entries show</source>
        <translation>Prevedi solo ciò che mostrano le voci dell&apos;anno scorso</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anno scorso</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuovo piano</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Totals by month</source>
        <translation>Totali per mese</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>Usa questo piano</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Average per open day</source>
        <translation>Media per giorno di apertura</translation>
    </message>
    <message>
        <source>{figure} last year: {last}. New plan: {planned} ({change}), {start} to {end}.</source>
        <translation>{figure} l&apos;anno scorso: {last}. Nuovo piano: {planned} ({change}), dal {start} al {end}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Year, per day</source>
        <translation>Anno, per giorno</translation>
    </message>
    <message numerus="yes">
        <source>{month} (%n day(s))</source>
        <translation>
            <numerusform>{month} (%n giorno)</numerusform>
            <numerusform>{month} (%n giorni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), last year and the new plan</source>
        <translation>
            <numerusform>%n periodo, l&apos;anno scorso e il nuovo piano</numerusform>
            <numerusform>%n periodi, l&apos;anno scorso e il nuovo piano</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>As the system: {language}</source>
        <translation>Come il sistema: {language}</translation>
    </message>
    <message>
        <source>The window speaks the new language the next time BakeryPlan opens. Printouts, the progress pack and the plan&apos;s status are always in the plan&apos;s own language, set in Business details.</source>
        <translation>La finestra userà la nuova lingua alla prossima apertura di BakeryPlan. Le stampe, il resoconto dei progressi e lo stato del piano sono sempre nella lingua del piano, scelta in Dati dell&apos;attività.</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Lingua della finestra:</translation>
    </message>
</context>
<context>
    <name>ReviewRhythm</name>
    <message>
        <source>No rhythm set: nothing is ever due.</source>
        <translation>Nessun ritmo fissato: non scade mai niente.</translation>
    </message>
    <message>
        <source>No review held yet: hold the first one.</source>
        <translation>Nessuna revisione fatta finora: fai la prima.</translation>
    </message>
    <message numerus="yes">
        <source>The next review is %n day(s) overdue (due {day}).</source>
        <translation>
            <numerusform>La prossima revisione è in ritardo di %n giorno (prevista il {day}).</numerusform>
            <numerusform>La prossima revisione è in ritardo di %n giorni (prevista il {day}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review due {day}.</source>
        <translation>Prossima revisione entro il {day}.</translation>
    </message>
    <message>
        <source>How often the plan is reviewed</source>
        <translation>Ogni quanto si rivede il piano</translation>
    </message>
    <message>
        <source>Re&amp;view the plan:</source>
        <translation>Ri&amp;vedere il piano:</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>What did you decide? A decision can become a step or a new target right away.</source>
        <translation>Cosa avete deciso? Una decisione può diventare subito un passo o un nuovo traguardo.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Diventa</translation>
    </message>
    <message>
        <source>e.g. Bake the Monday batch to order</source>
        <translation>es. Il lunedì cuocere solo su ordinazione</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Just note it</source>
        <translation>Solo annotare</translation>
    </message>
    <message>
        <source>Make it a step</source>
        <translation>Farne un passo</translation>
    </message>
    <message>
        <source>Change a measure&apos;s target</source>
        <translation>Cambiare il traguardo di un indicatore</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Entro</translation>
    </message>
    <message>
        <source>&amp;Add decision</source>
        <translation>&amp;Aggiungi decisione</translation>
    </message>
    <message>
        <source>&amp;Remove decision</source>
        <translation>&amp;Togli decisione</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisione:</translation>
    </message>
    <message>
        <source>About &amp;feedback:</source>
        <translation>Riguardo all&apos;&amp;opinione:</translation>
    </message>
    <message>
        <source>It becomes:</source>
        <translation>Diventa:</translation>
    </message>
    <message>
        <source>Step (goal, who, by):</source>
        <translation>Passo (obiettivo, chi, entro):</translation>
    </message>
    <message>
        <source>New target:</source>
        <translation>Nuovo traguardo:</translation>
    </message>
    <message>
        <source>now {target}</source>
        <translation>ora {target}</translation>
    </message>
    <message>
        <source>Type the decision first.</source>
        <translation>Prima scrivi la decisione.</translation>
    </message>
    <message>
        <source>The new target {problem}.</source>
        <translation>Il nuovo traguardo: {problem}.</translation>
    </message>
    <message>
        <source>Type the new target as a number, like 9500.</source>
        <translation>Scrivi il nuovo traguardo come numero, per esempio 9500.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>a step for {who}, by {when}</source>
        <translation>un passo per {who}, entro il {when}</translation>
    </message>
    <message>
        <source>{name}: target {before} → {after}</source>
        <translation>{name}: traguardo {before} → {after}</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>annotata</translation>
    </message>
    <message>
        <source>What changed since the last review</source>
        <translation>Cosa è cambiato dall&apos;ultima revisione</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>This is the plan&apos;s first review.</source>
        <translation>Questa è la prima revisione del piano.</translation>
    </message>
    <message>
        <source>Where each measure stands today. Next time this page shows what changed.</source>
        <translation>A che punto è ogni indicatore oggi. La prossima volta questa pagina mostrerà cosa è cambiato.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>Look at what happened, and at what was changed in the plan.</source>
        <translation>Guarda cosa è successo e cosa è stato cambiato nel piano.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>not known: no snapshot last time</source>
        <translation>non si sa: l&apos;ultima volta non è stata salvata una fotografia del piano</translation>
    </message>
    <message>
        <source>Measures whose health changed</source>
        <translation>Indicatori che hanno cambiato stato</translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation>Modifiche al piano</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Passi fatti</translation>
    </message>
    <message>
        <source>Steps newly overdue</source>
        <translation>Passi finiti in ritardo da poco</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Opinioni ricevute</translation>
    </message>
    <message>
        <source>Decided at the last review</source>
        <translation>Deciso all&apos;ultima revisione</translation>
    </message>
    <message>
        <source>nothing written down</source>
        <translation>niente di scritto</translation>
    </message>
    <message>
        <source>Why are these measures behind?</source>
        <translation>Perché questi indicatori sono indietro?</translation>
    </message>
    <message>
        <source>Every measure is on track, achieved or not started yet.</source>
        <translation>Ogni indicatore è in linea, raggiunto o non ancora partito.</translation>
    </message>
    <message>
        <source>No measure is behind or at risk: nothing to explain.</source>
        <translation>Nessun indicatore è in ritardo o a rischio: niente da spiegare.</translation>
    </message>
    <message>
        <source>A sentence for each is enough. The progress pack prints it beside the measure.</source>
        <translation>Basta una frase per ciascuno. Il resoconto dei progressi la stampa accanto all&apos;indicatore.</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Last time:</source>
        <translation>L&apos;ultima volta:</translation>
    </message>
    <message>
        <source>Why {name} is {health}</source>
        <translation>Perché {name} è {health}</translation>
    </message>
    <message>
        <source>Why? e.g. two wet Saturdays, the oven was down</source>
        <translation>Perché? es. due sabati di pioggia, il forno era guasto</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Perché:</translation>
    </message>
    <message>
        <source>Notes and the next review</source>
        <translation>Note e prossima revisione</translation>
    </message>
    <message>
        <source>Finish keeps the review. Undo takes all of it back.</source>
        <translation>Fine conserva la revisione. Annulla la toglie tutta.</translation>
    </message>
    <message>
        <source>What was said (optional)</source>
        <translation>Cosa si è detto (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;Kind of review:</source>
        <translation>&amp;Tipo di revisione:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Review the plan:</source>
        <translation>&amp;Rivedere il piano:</translation>
    </message>
    <message>
        <source>Finish will keep:</source>
        <translation>Fine conserverà:</translation>
    </message>
    <message>
        <source>Hold a review</source>
        <translation>Fai una revisione</translation>
    </message>
    <message>
        <source>{kind} of {day}, with a snapshot of the plan as it stands.</source>
        <translation>{kind} del {day}, con una fotografia del piano così com&apos;è.</translation>
    </message>
    <message>
        <source>Explanations: {count}</source>
        <translation>Spiegazioni: {count}</translation>
    </message>
    <message>
        <source> (none yet for: {names})</source>
        <translation> (ancora nessuna per: {names})</translation>
    </message>
    <message>
        <source>Decisions: {count}</source>
        <translation>Decisioni: {count}</translation>
    </message>
    <message>
        <source>Feedback answered: {text}</source>
        <translation>Opinioni con risposta: {text}</translation>
    </message>
    <message>
        <source>The plan will be reviewed: {how}</source>
        <translation>Il piano sarà rivisto: {how}</translation>
    </message>
    <message>
        <source>This plan is open read-only, so a review cannot be kept here.</source>
        <translation>Questo piano è aperto in sola lettura, quindi qui non si può conservare una revisione.</translation>
    </message>
</context>
<context>
    <name>ReviewsPanel</name>
    <message>
        <source>No review held yet.</source>
        <translation>Nessuna revisione fatta finora.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) changed health</source>
        <translation>
            <numerusform>%n indicatore ha cambiato stato</numerusform>
            <numerusform>%n indicatori hanno cambiato stato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the plan</source>
        <translation>
            <numerusform>%n modifica al piano</numerusform>
            <numerusform>%n modifiche al piano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s) recorded</source>
        <translation>
            <numerusform>%n valore reale registrato</numerusform>
            <numerusform>%n valori reali registrati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n passo fatto</numerusform>
            <numerusform>%n passi fatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly overdue</source>
        <translation>
            <numerusform>%n nuovo ritardo</numerusform>
            <numerusform>%n nuovi ritardi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new feedback</source>
        <translation>
            <numerusform>%n nuova opinione</numerusform>
            <numerusform>%n nuove opinioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the last review ({day}): {changes}</source>
        <translation>Dall&apos;ultima revisione ({day}): {changes}</translation>
    </message>
    <message>
        <source>What changed since the last review</source>
        <translation>Cosa è cambiato dall&apos;ultima revisione</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Fatta il</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisioni</translation>
    </message>
    <message>
        <source>No review yet. After a huddle or a monthly look at the plan, use Add review to keep what was said and decided.</source>
        <translation>Ancora nessuna revisione. Dopo una riunione lampo o uno sguardo mensile al piano, usa Aggiungi revisione per conservare cosa si è detto e deciso.</translation>
    </message>
    <message>
        <source>Notes of the selected review</source>
        <translation>Note della revisione selezionata</translation>
    </message>
    <message>
        <source>Decisions of the selected review</source>
        <translation>Decisioni della revisione selezionata</translation>
    </message>
    <message>
        <source>What the selected review kept</source>
        <translation>Cosa ha conservato la revisione selezionata</translation>
    </message>
    <message>
        <source>Explanations and changes</source>
        <translation>Spiegazioni e modifiche</translation>
    </message>
    <message>
        <source>&amp;Hold a review…</source>
        <translation>&amp;Fai una revisione…</translation>
    </message>
    <message>
        <source>What changed, explanations, decisions: kept with a snapshot</source>
        <translation>Cosa è cambiato, spiegazioni, decisioni: conservati con una fotografia del piano</translation>
    </message>
    <message>
        <source>&amp;Add review…</source>
        <translation>&amp;Aggiungi revisione…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Pick a review in the list to read it here.</source>
        <translation>Scegli una revisione nell&apos;elenco per leggerla qui.</translation>
    </message>
    <message>
        <source>Delete the review held on {day}? You can undo this.</source>
        <translation>Eliminare la revisione del {day}? Si può annullare.</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Elimina revisione</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Everyday actions</source>
        <translation>Azioni di tutti i giorni</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>What needs you this week</source>
        <translation>Cosa ti aspetta questa settimana</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Aggiungi obiettivo</translation>
    </message>
    <message>
        <source>Add a goal, step by step</source>
        <translation>Aggiungi un obiettivo, passo dopo passo</translation>
    </message>
    <message>
        <source>Record figures</source>
        <translation>Registra valori</translation>
    </message>
    <message>
        <source>Type today&apos;s figures on the Actuals tab</source>
        <translation>Scrivi i valori di oggi nella scheda Valori reali</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Bring in figures from a till or bank file</source>
        <translation>Porta dentro i valori da un file della cassa o della banca</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Hold a review of the plan</source>
        <translation>Fai una revisione del piano</translation>
    </message>
    <message>
        <source>Huddle sheet</source>
        <translation>Foglio riunione</translation>
    </message>
    <message>
        <source>Print the sheet for this week&apos;s team huddle</source>
        <translation>Stampa il foglio per la riunione lampo di questa settimana</translation>
    </message>
    <message>
        <source>One-page plan</source>
        <translation>Piano in una pagina</translation>
    </message>
    <message>
        <source>Print the plan on one page for the team</source>
        <translation>Stampa il piano in una pagina per la squadra</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>How BakeryPlan works</source>
        <translation>Come funziona BakeryPlan</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Our vision</source>
        <translation>La nostra visione</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Visione</translation>
    </message>
    <message>
        <source>&amp;Revise with wizard…</source>
        <translation>&amp;Rivedi con procedura guidata…</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>Versioni precedenti</translation>
    </message>
    <message>
        <source>Text of the selected revision</source>
        <translation>Testo della versione selezionata</translation>
    </message>
    <message>
        <source>No vision yet.</source>
        <translation>Ancora nessuna visione.</translation>
    </message>
    <message>
        <source>Write in a few plain sentences where the business is going and why.</source>
        <translation>Scrivi in poche frasi semplici dove sta andando l&apos;attività e perché.</translation>
    </message>
    <message>
        <source>&amp;Write with wizard…</source>
        <translation>&amp;Scrivi con procedura guidata…</translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Perché è importante: {why}</translation>
    </message>
    <message>
        <source>Written {day}</source>
        <translation>Scritta il {day}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ancora nessuna</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visione</translation>
    </message>
    <message>
        <source>The vision wizard is not available.</source>
        <translation>La procedura guidata della visione non è disponibile.</translation>
    </message>
</context>
<context>
    <name>VisionWizard</name>
    <message>
        <source>Who you serve</source>
        <translation>Per chi lavori</translation>
    </message>
    <message>
        <source>Who are your customers? Think of the people who come back every week.</source>
        <translation>Chi sono i tuoi clienti? Pensa alle persone che tornano ogni settimana.</translation>
    </message>
    <message>
        <source>Families and office workers in Riverside who want good bread before work.</source>
        <translation>Famiglie e impiegati del quartiere che vogliono del buon pane prima del lavoro.</translation>
    </message>
    <message>
        <source>What you do best</source>
        <translation>Cosa sai fare meglio</translation>
    </message>
    <message>
        <source>What do you do better than anyone nearby?</source>
        <translation>Cosa fai meglio di chiunque altro in zona?</translation>
    </message>
    <message>
        <source>Slow-rising sourdough and a warm welcome at the counter.</source>
        <translation>Pane a pasta madre a lievitazione lenta e un&apos;accoglienza calorosa al banco.</translation>
    </message>
    <message>
        <source>What you want to be known for</source>
        <translation>Per cosa vuoi essere conosciuto</translation>
    </message>
    <message>
        <source>When people talk about your business, what should they say?</source>
        <translation>Quando la gente parla della tua attività, cosa dovrebbe dire?</translation>
    </message>
    <message>
        <source>Bread that is still warm at seven, and a name for every regular.</source>
        <translation>Pane ancora caldo alle sette e un nome per ogni cliente abituale.</translation>
    </message>
    <message>
        <source>Where you will be in 3 to 5 years</source>
        <translation>Dove sarai tra 3-5 anni</translation>
    </message>
    <message>
        <source>Picture the business in three to five years. What is true then? Start with &apos;we&apos;.</source>
        <translation>Immagina l&apos;attività tra tre-cinque anni. Cosa è vero allora? Comincia con «Noi».</translation>
    </message>
    <message>
        <source>We run two shops and supply six local cafes.</source>
        <translation>Abbiamo due negozi e riforniamo sei bar della zona.</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Perché è importante</translation>
    </message>
    <message>
        <source>Why does this matter to you, your team and your customers?</source>
        <translation>Perché è importante per te, per la tua squadra e per i tuoi clienti?</translation>
    </message>
    <message>
        <source>Good bread brings people together, and our team deserves steady work.</source>
        <translation>Il buon pane unisce le persone, e la nostra squadra merita un lavoro stabile.</translation>
    </message>
    <message>
        <source>Question {number} of {count}. Short and plain is best.</source>
        <translation>Domanda {number} di {count}. Breve e semplice è meglio.</translation>
    </message>
    <message>
        <source>Write a sentence or two in your own words.</source>
        <translation>Scrivi una o due frasi con parole tue.</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>Per esempio: {example}</translation>
    </message>
    <message>
        <source>Your vision, in your words</source>
        <translation>La tua visione, con parole tue</translation>
    </message>
    <message>
        <source>Here is a draft made from your answers. Change anything; short and plain is best.</source>
        <translation>Ecco una bozza fatta con le tue risposte. Cambia quello che vuoi; breve e semplice è meglio.</translation>
    </message>
    <message>
        <source>An example from a bakery:</source>
        <translation>Un esempio da un forno:</translation>
    </message>
    <message>
        <source>Write two or three plain sentences: who you serve, what you do best, and where the business will be in a few years. Go Back to answer the questions and a draft is made for you.</source>
        <translation>Scrivi due o tre frasi semplici: per chi lavori, cosa sai fare meglio e dove sarà l&apos;attività tra qualche anno. Torna Indietro per rispondere alle domande e avrai una bozza già pronta.</translation>
    </message>
    <message>
        <source>Start typing your vision here.</source>
        <translation>Comincia a scrivere qui la tua visione.</translation>
    </message>
    <message>
        <source>Write your vision</source>
        <translation>Scrivi la visione</translation>
    </message>
    <message>
        <source>This plan is open read-only, so the vision cannot be changed here.</source>
        <translation>Questo piano è aperto in sola lettura, quindi qui non si può cambiare la visione.</translation>
    </message>
    <message>
        <source>We bake honest bread and pastries for the people of our neighbourhood, every morning. We are best at slow-rising sourdough and a warm welcome at the counter. We want to be known as the place where the bread is still warm at seven. In three to five years, we run two shops and supply six local cafes, and every baker on the team can run a morning bake alone.</source>
        <translation>Ogni mattina facciamo pane e dolci genuini per la gente del quartiere. Siamo bravi soprattutto nella pasta madre a lievitazione lenta e in un&apos;accoglienza calorosa al banco. Vogliamo essere il posto dove alle sette il pane è ancora caldo. Fra tre-cinque anni abbiamo due negozi, riforniamo sei bar della zona e ogni fornaio della squadra sa gestire da solo l&apos;infornata del mattino.</translation>
    </message>
    <message>
        <source>We serve {answer}.</source>
        <translation>Serviamo {answer}.</translation>
    </message>
    <message>
        <source>We are best at {answer}.</source>
        <translation>Siamo bravi soprattutto in {answer}.</translation>
    </message>
    <message>
        <source>We want to be known for {answer}.</source>
        <translation>Vogliamo essere conosciuti per {answer}.</translation>
    </message>
    <message>
        <source>In three to five years, {answer}.</source>
        <translation>Fra tre-cinque anni, {answer}.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Benvenuto in {app}</translation>
    </message>
    <message>
        <source>Plan your business in plain words: a vision, a few goals with numbers, owners and dates, and the steps to get there. Everything stays on this computer, in one file.</source>
        <translation>Il piano della tua attività in parole semplici: una visione, pochi obiettivi con numeri, responsabili e date, e i passi per arrivarci. Tutto resta su questo computer, in un unico file.</translation>
    </message>
    <message>
        <source>Try the demo bakery</source>
        <translation>Prova il forno di esempio</translation>
    </message>
    <message>
        <source>Look around a sample plan for Sunrise Bakery. Change anything you like.</source>
        <translation>Guarda un piano di esempio per il Forno del Sole. Cambia quello che vuoi.</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Inizia un nuovo piano</translation>
    </message>
    <message>
        <source>A few questions about your business and team, then your vision.</source>
        <translation>Qualche domanda sulla tua attività e sulla squadra, poi la visione.</translation>
    </message>
    <message>
        <source>Open a plan…</source>
        <translation>Apri un piano…</translation>
    </message>
    <message>
        <source>Open a plan file you already have.</source>
        <translation>Apri un file di piano che hai già.</translation>
    </message>
    <message>
        <source>Recent plans:</source>
        <translation>Piani recenti:</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuovo piano…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Ripristina da &amp;copia di sicurezza…</translation>
    </message>
    <message>
        <source>&amp;Import actuals…</source>
        <translation>&amp;Importa valori reali…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Esporta &amp;grafico…</translation>
    </message>
    <message>
        <source>Export progress &amp;pack…</source>
        <translation>Esporta resoconto dei &amp;progressi…</translation>
    </message>
    <message>
        <source>&amp;Print one-page plan…</source>
        <translation>&amp;Stampa piano in una pagina…</translation>
    </message>
    <message>
        <source>Export one-page plan as P&amp;DF…</source>
        <translation>Esporta piano in una pagina in P&amp;DF…</translation>
    </message>
    <message>
        <source>Print check-in &amp;sheet…</source>
        <translation>Stampa &amp;foglio della riunione…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;hiudi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Piano</translation>
    </message>
    <message>
        <source>Write &amp;vision with wizard…</source>
        <translation>Scrivi la &amp;visione con procedura guidata…</translation>
    </message>
    <message>
        <source>New goal with &amp;wizard…</source>
        <translation>Nuovo obiettivo con procedura &amp;guidata…</translation>
    </message>
    <message>
        <source>&amp;Hold a review…</source>
        <translation>&amp;Fai una revisione…</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Aggiungi &amp;obiettivo…</translation>
    </message>
    <message>
        <source>Add goal in one &amp;form…</source>
        <translation>Aggiungi obiettivo in un &amp;modulo…</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Aggiungi &amp;persona…</translation>
    </message>
    <message>
        <source>Add &amp;feedback…</source>
        <translation>Aggiungi opi&amp;nione…</translation>
    </message>
    <message>
        <source>Add &amp;review…</source>
        <translation>Aggiungi &amp;revisione…</translation>
    </message>
    <message>
        <source>Business &amp;details…</source>
        <translation>&amp;Dati dell&apos;attività…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;How BakeryPlan works</source>
        <translation>&amp;Come funziona BakeryPlan</translation>
    </message>
    <message>
        <source>&amp;About BakeryPlan</source>
        <translation>&amp;Informazioni su BakeryPlan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Nessun piano recente</translation>
    </message>
</context>
<context>
    <name>WordingFeedback</name>
    <message>
        <source>A word many readers may not use. Could you say it more simply?</source>
        <translation>Una parola che molti non usano. Si può dire in modo più semplice?</translation>
    </message>
    <message>
        <source>How it reads</source>
        <translation>Come si legge</translation>
    </message>
    <message>
        <source>Length: {words} words in {sentences} sentences</source>
        <translation>Lunghezza: parole {words}, frasi {sentences}</translation>
    </message>
    <message>
        <source>Reading ease: {label}</source>
        <translation>Facilità di lettura: {label}</translation>
    </message>
    <message>
        <source>Reading ease: {label} ({score:.0f} of 100)</source>
        <translation>Facilità di lettura: {label} ({score:.0f} su 100)</translation>
    </message>
    <message>
        <source>Words to say more simply: {words}</source>
        <translation>Parole da dire più semplici: {words}</translation>
    </message>
    <message>
        <source>No jargon found.</source>
        <translation>Nessuna parola difficile trovata.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Last year</source>
        <extracomment>Markers on more points than this would merge into a smear; thin them out. Extra room at both ends of the time axis, so a marker on the last day is not cut.</extracomment>
        <translation>Anno scorso</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>On-track band</source>
        <translation>Fascia in linea</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Reale</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsione</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Traguardo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>{period}   Planned: {planned}   Actual: {actual}</source>
        <translation>{period}   Previsto: {planned}   Reale: {actual}</translation>
    </message>
    <message>
        <source>{period} (so far)</source>
        <translation>{period} (finora)</translation>
    </message>
    <message>
        <source>Planned share of steps</source>
        <translation>Quota di passi prevista</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>{day}   Planned: {planned}   Done: {done}</source>
        <translation>{day}   Previsto: {planned}   Fatto: {done}</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Oggi finora</translation>
    </message>
    <message>
        <source>Planned so far today</source>
        <translation>Previsto finora oggi</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Questa settimana finora</translation>
    </message>
    <message>
        <source>Planned so far this week</source>
        <translation>Previsto finora questa settimana</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Questo mese finora</translation>
    </message>
    <message>
        <source>Planned so far this month</source>
        <translation>Previsto finora questo mese</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Questo trimestre finora</translation>
    </message>
    <message>
        <source>Planned so far this quarter</source>
        <translation>Previsto finora questo trimestre</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Quest&apos;anno finora</translation>
    </message>
    <message>
        <source>Planned so far this year</source>
        <translation>Previsto finora quest&apos;anno</translation>
    </message>
</context>
<context>
    <name>chart_export</name>
    <message>
        <source>PNG image, 300 dpi (*.png)</source>
        <translation>Immagine PNG, 300 dpi (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Esporta grafico</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>Grafico non esportato</translation>
    </message>
    <message>
        <source>The chart could not be saved as {path}: {error}</source>
        <translation>Non è stato possibile salvare il grafico come {path}: {error}</translation>
    </message>
    <message>
        <source>{business} progress pack</source>
        <translation>{business}: resoconto dei progressi</translation>
    </message>
    <message>
        <source>Export progress pack</source>
        <translation>Esporta resoconto dei progressi</translation>
    </message>
    <message>
        <source>Writing the progress pack to {name}…</source>
        <translation>Scrittura del resoconto dei progressi in {name}…</translation>
    </message>
    <message>
        <source>Progress pack not exported</source>
        <translation>Resoconto dei progressi non esportato</translation>
    </message>
    <message>
        <source>The progress pack could not be saved as {path}: {error}</source>
        <translation>Non è stato possibile salvare il resoconto dei progressi come {path}: {error}</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>L&apos;esportazione non è stata fatta.</translation>
    </message>
    <message>
        <source>This takes a few seconds, and longer for a plan with many measures.</source>
        <translation>Ci vogliono alcuni secondi, di più per un piano con molti indicatori.</translation>
    </message>
    <message>
        <source>Cannot export a chart as {name}: the file name must end in .png, .svg or .pdf.</source>
        <translation>Impossibile esportare un grafico come {name}: il nome del file deve finire con .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>No measure with id {id}. {known}</source>
        <extracomment>The kept export chart and renderer are shared: one export draws at a time.</extracomment>
        <translation>Nessun indicatore con id {id}. {known}</translation>
    </message>
    <message>
        <source>Several measures are called {name} (ids {ids}); give the id instead.</source>
        <translation>Più indicatori si chiamano {name} (id {ids}); indica invece l&apos;id.</translation>
    </message>
    <message>
        <source>No measure called {name}. {known}</source>
        <translation>Nessun indicatore si chiama {name}. {known}</translation>
    </message>
    <message>
        <source>This plan has no measures yet.</source>
        <translation>Questo piano non ha ancora indicatori.</translation>
    </message>
    <message>
        <source>Measures in this plan: {names}.</source>
        <translation>Indicatori di questo piano: {names}.</translation>
    </message>
</context>
<context>
    <name>chart_table</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Reale</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenza</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Voci</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Scritto a mano</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>nessuna voce</translation>
    </message>
</context>
<context>
    <name>checkin_sheet</name>
    <message>
        <source>Check-in sheet: week of {day}</source>
        <translation>Foglio della riunione: settimana del {day}</translation>
    </message>
    <message>
        <source>Write the figure when counted</source>
        <translation>Scrivi il valore quando lo conti</translation>
    </message>
    <message>
        <source>Write the day&apos;s total</source>
        <translation>Scrivi il totale del giorno</translation>
    </message>
    <message>
        <source>{planned} by the week&apos;s end</source>
        <translation>{planned} entro fine settimana</translation>
    </message>
    <message>
        <source>{planned} a day</source>
        <translation>{planned} al giorno</translation>
    </message>
    <message>
        <source>{planned} this week</source>
        <translation>{planned} questa settimana</translation>
    </message>
    <message>
        <source>{planned} a day on average</source>
        <translation>{planned} al giorno in media</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>Write each day&apos;s figure in its box as you count it, and a note on anything unusual (a closed day, a big order). Hand it to {owner} at the end of the week.</source>
        <translation>Scrivi il valore di ogni giorno nella sua casella quando lo conti, e una nota su qualsiasi cosa insolita (un giorno di chiusura, un grosso ordine). A fine settimana consegna il foglio a {owner}.</translation>
    </message>
    <message>
        <source>Write each day&apos;s figure in its box as you count it, and a note on anything unusual (a closed day, a big order).</source>
        <translation>Scrivi il valore di ogni giorno nella sua casella quando lo conti, e una nota su qualsiasi cosa insolita (un giorno di chiusura, un grosso ordine).</translation>
    </message>
    <message>
        <source>Steps due this week</source>
        <translation>Passi in scadenza questa settimana</translation>
    </message>
    <message>
        <source>No step is due this week.</source>
        <translation>Nessun passo scade questa settimana.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s): see the Goals tab.</source>
        <translation>
            <numerusform>… e %n altro passo: vedi la scheda Obiettivi.</numerusform>
            <numerusform>… e altri %n passi: vedi la scheda Obiettivi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{business}: {title}</source>
        <translation>{business}: {title}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>No measure is counted by the day or the week: nothing to count on paper.</source>
        <translation>Nessun indicatore si conta a giorni o a settimane: niente da contare su carta.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more measure(s): see the Actuals tab.</source>
        <translation>
            <numerusform>… e %n altro indicatore: vedi la scheda Valori reali.</numerusform>
            <numerusform>… e altri %n indicatori: vedi la scheda Valori reali.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>give one plan file to open, or a subcommand (see --help)</source>
        <translation>indica un file di piano da aprire, o un sottocomando (vedi --help)</translation>
    </message>
    <message>
        <source>no plan file at &quot;{path}&quot;</source>
        <translation>nessun file di piano in “{path}”</translation>
    </message>
    <message>
        <source>{message} (see {help})</source>
        <translation>{message} (vedi {help})</translation>
    </message>
    <message>
        <source>Offline planning for a small business. Without a subcommand, or with a plan file, opens the window.</source>
        <translation>Pianificazione offline per una piccola attività. Senza sottocomando, o con un file di piano, apre la finestra.</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>sottocomandi</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date like 2026-11-27</source>
        <translation>“{text}” non è una data come 2026-11-27</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is outside the years {first} to {last}</source>
        <translation>“{text}” non rientra negli anni dal {first} al {last}</translation>
    </message>
    <message>
        <source>write the Sunrise Bakery demo plan</source>
        <translation>scrivi il piano di esempio del panificio</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>sostituisci un file esistente</translation>
    </message>
    <message>
        <source>create a new, empty plan (or one from a JSON file)</source>
        <translation>crea un nuovo piano vuoto (o uno da un file JSON)</translation>
    </message>
    <message>
        <source>business name (default: the file name)</source>
        <translation>nome dell&apos;attività (predefinito: il nome del file)</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>nome del titolare</translation>
    </message>
    <message>
        <source>ISO currency code (default EUR)</source>
        <translation>codice ISO della valuta (predefinito EUR)</translation>
    </message>
    <message>
        <source>locale such as en_GB or de_DE</source>
        <translation>impostazioni locali come it_IT o en_GB</translation>
    </message>
    <message>
        <source>export the whole plan as JSON</source>
        <translation>esporta tutto il piano in JSON</translation>
    </message>
    <message>
        <source>export actuals (or, with --status, each measure&apos;s status) as CSV</source>
        <translation>esporta i valori reali (o, con --status, lo stato di ogni indicatore) in CSV</translation>
    </message>
    <message>
        <source>one row per measure with health</source>
        <translation>una riga per indicatore, con lo stato</translation>
    </message>
    <message>
        <source>each goal and measure: expected, actual, health, forecast</source>
        <translation>ogni obiettivo e indicatore: previsto, reale, stato, previsione</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>uscita leggibile da un programma</translation>
    </message>
    <message>
        <source>what needs attention: overdue steps, waiting feedback, gaps in owners, dates, measures</source>
        <translation>cosa c&apos;è da guardare: passi in ritardo, opinioni in attesa, responsabili, date e indicatori mancanti</translation>
    </message>
    <message>
        <source>make a backup copy of the plan now</source>
        <translation>fai ora una copia di sicurezza del piano</translation>
    </message>
    <message>
        <source>list the backups of a plan, newest first</source>
        <translation>elenca le copie di sicurezza di un piano, dalla più recente</translation>
    </message>
    <message>
        <source>replace the plan with a backup (backs up the plan first)</source>
        <translation>sostituisci il piano con una copia di sicurezza (prima salva una copia del piano)</translation>
    </message>
    <message>
        <source>export a measure&apos;s planned-vs-actual chart</source>
        <translation>esporta il grafico previsto/reale di un indicatore</translation>
    </message>
    <message>
        <source>measure name</source>
        <translation>nome dell&apos;indicatore</translation>
    </message>
    <message>
        <source>write the lenders&apos; progress pack (PDF)</source>
        <translation>scrivi il resoconto dei progressi per i finanziatori (PDF)</translation>
    </message>
    <message>
        <source>write the one-page plan for the staff huddle (PDF)</source>
        <translation>scrivi il piano in una pagina per la riunione lampo (PDF)</translation>
    </message>
    <message>
        <source>what changed since the last review held on or before a day</source>
        <translation>cosa è cambiato dall&apos;ultima revisione fatta entro un certo giorno</translation>
    </message>
    <message>
        <source>write the paper check-in sheet for a week (PDF)</source>
        <translation>scrivi il foglio della riunione di una settimana, da stampare (PDF)</translation>
    </message>
    <message>
        <source>any day of the week wanted (default: next week)</source>
        <translation>un giorno qualsiasi della settimana voluta (predefinito: la prossima settimana)</translation>
    </message>
    <message>
        <source>as of this date (default today)</source>
        <translation>a questa data (predefinito: oggi)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; would hold a PDF: name it something.pdf</source>
        <translation>“{name}” conterrebbe un PDF: chiamalo qualcosa.pdf</translation>
    </message>
    <message>
        <source>a plan file name must end in {suffix}, not &quot;{name}&quot;</source>
        <translation>il nome di un file di piano deve finire con {suffix}, non “{name}”</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; already exists; choose another name</source>
        <translation>“{path}” esiste già; scegli un altro nome</translation>
    </message>
    <message>
        <source>folder &quot;{folder}&quot; does not exist</source>
        <translation>la cartella “{folder}” non esiste</translation>
    </message>
    <message>
        <source>cannot replace &quot;{name}&quot;: {protection}. Nothing was changed</source>
        <translation>impossibile sostituire “{name}”: {protection}. Non è stato cambiato nulla</translation>
    </message>
    <message>
        <source>{problem}; --force only replaces a BakeryPlan plan</source>
        <translation>{problem}; --force sostituisce solo un piano di BakeryPlan</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; already exists; add --force to replace it</source>
        <translation>“{path}” esiste già; aggiungi --force per sostituirlo</translation>
    </message>
    <message>
        <source>Wrote the demo plan of {business} to {path}</source>
        <translation>Piano di esempio di {business} scritto in {path}</translation>
    </message>
    <message>
        <source>Created &quot;{business}&quot; in {path}</source>
        <translation>Creato “{business}” in {path}</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not a currency code such as EUR, GBP or USD</source>
        <translation>“{code}” non è un codice di valuta come EUR, GBP o USD</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a locale such as en_GB, de_DE or fr_FR</source>
        <translation>“{name}” non è un&apos;impostazione locale come en_GB, de_DE o fr_FR</translation>
    </message>
    <message>
        <source>Exported {plan} to {file}</source>
        <translation>{plan} esportato in {file}</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Scritto {file}</translation>
    </message>
    <message>
        <source>No backups of {plan} yet.</source>
        <translation>Ancora nessuna copia di sicurezza di {plan}.</translation>
    </message>
    <message>
        <source>no backup file at &quot;{path}&quot;</source>
        <translation>nessuna copia di sicurezza in “{path}”</translation>
    </message>
    <message>
        <source>Restored {plan} from {backup}; the replaced plan is kept as {kept}</source>
        <translation>{plan} ripristinato da {backup}; il piano sostituito è conservato come {kept}</translation>
    </message>
    <message>
        <source>Restored {plan} from {backup}</source>
        <translation>{plan} ripristinato da {backup}</translation>
    </message>
    <message>
        <source>the chart file must end in .png, .svg or .pdf</source>
        <translation>il file del grafico deve finire con .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>--from {start} must be before --to {end}</source>
        <translation>--from {start} deve essere prima di --to {end}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} for the week of {day} (%n measure(s) left out: too many for one page)</source>
        <translation>
            <numerusform>Scritto {file} per la settimana del {day} (%n indicatore lasciato fuori: troppi per una pagina)</numerusform>
            <numerusform>Scritto {file} per la settimana del {day} (%n indicatori lasciati fuori: troppi per una pagina)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file} for the week of {day}</source>
        <translation>Scritto {file} per la settimana del {day}</translation>
    </message>
    <message>
        <source>import a till, card-terminal, bank, web-shop or accounting export into a measure</source>
        <translation>importa in un indicatore un file esportato da cassa, POS, banca, negozio online o contabilità</translation>
    </message>
    <message>
        <source>the measure&apos;s name</source>
        <translation>il nome dell&apos;indicatore</translation>
    </message>
    <message>
        <source>read the file with a saved recipe</source>
        <translation>leggi il file con uno schema salvato</translation>
    </message>
    <message>
        <source>header text or number from 1</source>
        <translation>testo dell&apos;intestazione o numero a partire da 1</translation>
    </message>
    <message>
        <source>sum this column&apos;s amounts</source>
        <translation>somma gli importi di questa colonna</translation>
    </message>
    <message>
        <source>count the rows of each day</source>
        <translation>conta le righe di ogni giorno</translation>
    </message>
    <message>
        <source>count each day&apos;s different values of COL</source>
        <translation>conta i diversi valori di COL in ogni giorno</translation>
    </message>
    <message>
        <source>only rows whose COL is VALUE (repeat for several values)</source>
        <translation>solo le righe in cui COL vale VALUE (ripeti per più valori)</translation>
    </message>
    <message>
        <source>amounts to keep</source>
        <translation>importi da tenere</translation>
    </message>
    <message>
        <source>the column of notes</source>
        <translation>la colonna delle note</translation>
    </message>
    <message>
        <source>save the mapping as a recipe</source>
        <translation>salva la lettura del file come schema</translation>
    </message>
    <message>
        <source>replace days this source imported before</source>
        <translation>sostituisci i giorni già importati da questa fonte</translation>
    </message>
    <message>
        <source>keep days this source imported before</source>
        <translation>tieni i giorni già importati da questa fonte</translation>
    </message>
    <message>
        <source>write nothing</source>
        <translation>non scrivere nulla</translation>
    </message>
    <message>
        <source>today (default: today)</source>
        <translation>oggi (predefinito: oggi)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>no measure called &quot;{name}&quot; (measures: {names})</source>
        <translation>nessun indicatore si chiama “{name}” (indicatori: {names})</translation>
    </message>
    <message numerus="yes">
        <source>%n measures are called &quot;{name}&quot;: rename one in the window first</source>
        <translation>
            <numerusform>%n indicatore si chiama “{name}”: prima rinominane uno nella finestra</numerusform>
            <numerusform>%n indicatori si chiamano “{name}”: prima rinominane uno nella finestra</numerusform>
        </translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>ancora nessuno salvato</translation>
    </message>
    <message>
        <source>no import recipe called &quot;{name}&quot; (recipes: {names})</source>
        <translation>nessuno schema salvato si chiama “{name}” (schemi: {names})</translation>
    </message>
    <message>
        <source>the file has no column &quot;{text}&quot; (columns: {names}; or a number from 1)</source>
        <translation>il file non ha la colonna “{text}” (colonne: {names}; oppure un numero a partire da 1)</translation>
    </message>
    <message>
        <source>--where &quot;{where}&quot; needs the form COLUMN=VALUE</source>
        <translation>--where “{where}” deve avere la forma COLUMN=VALUE</translation>
    </message>
    <message>
        <source>no day&apos;s figure could be read from the file; nothing was written</source>
        <translation>non è stato possibile leggere dal file il valore di nessun giorno; non è stato scritto nulla</translation>
    </message>
    <message>
        <source>no day&apos;s figure could be read from the file (line {line}: {reason}); nothing was written</source>
        <translation>non è stato possibile leggere dal file il valore di nessun giorno (riga {line}: {reason}); non è stato scritto nulla</translation>
    </message>
    <message numerus="yes">
        <source>%n of these days ({first} to {last}) were already imported from &quot;{source}&quot; into &quot;{measure}&quot;: add --replace to replace them or --skip-existing to keep them; nothing was written</source>
        <translation>
            <numerusform>%n di questi giorni ({first} – {last}) è già stato importato da “{source}” in “{measure}”: aggiungi --replace per sostituirlo o --skip-existing per tenerlo; non è stato scritto nulla</numerusform>
            <numerusform>%n di questi giorni (dal {first} al {last}) sono già stati importati da “{source}” in “{measure}”: aggiungi --replace per sostituirli o --skip-existing per tenerli; non è stato scritto nulla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n day(s) into &quot;{measure}&quot; (source &quot;{source}&quot;).</source>
        <translation>
            <numerusform>Verrebbe importato %n giorno in “{measure}” (fonte “{source}”).</numerusform>
            <numerusform>Verrebbero importati %n giorni in “{measure}” (fonte “{source}”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) into &quot;{measure}&quot; (source &quot;{source}&quot;).</source>
        <translation>
            <numerusform>Importato %n giorno in “{measure}” (fonte “{source}”).</numerusform>
            <numerusform>Importati %n giorni in “{measure}” (fonte “{source}”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The figures come from %n row(s) of the file.</source>
        <translation>
            <numerusform>I valori provengono da %n riga del file.</numerusform>
            <numerusform>I valori provengono da %n righe del file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries of the same days were replaced.</source>
        <translation>
            <numerusform>%n voce precedente degli stessi giorni è stata sostituita.</numerusform>
            <numerusform>%n voci precedenti degli stessi giorni sono state sostituite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported before were kept as they were.</source>
        <translation>
            <numerusform>%n giorno già importato è stato lasciato com&apos;era.</numerusform>
            <numerusform>%n giorni già importati sono stati lasciati com&apos;erano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were left out by the filters.</source>
        <translation>
            <numerusform>%n riga è stata esclusa dai filtri.</numerusform>
            <numerusform>%n righe sono state escluse dai filtri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message>
        <source>  skipped line {line}: {reason}</source>
        <translation>  riga {line} saltata: {reason}</translation>
    </message>
    <message>
        <source>plan a measure&apos;s next year from its entries of last year, with a change</source>
        <translation>pianifica il prossimo anno di un indicatore dalle sue voci dell&apos;anno scorso, con una variazione</translation>
    </message>
    <message>
        <source>the last day of the reference year; the plan covers the twelve months after it</source>
        <translation>l&apos;ultimo giorno dell&apos;anno di riferimento; il piano copre i dodici mesi successivi</translation>
    </message>
    <message>
        <source>change on last year: 8, +8 %%, -5</source>
        <translation>variazione sull&apos;anno scorso: 8, +8 %%, -5</translation>
    </message>
    <message>
        <source>the new year&apos;s total instead</source>
        <translation>invece, il totale del nuovo anno</translation>
    </message>
    <message>
        <source>match days by weekday with holidays moved (default), by weekday only, or by date</source>
        <translation>abbina i giorni per giorno della settimana spostando le festività (predefinito), solo per giorno della settimana, o per data</translation>
    </message>
    <message>
        <source>fill days last year misses from the weeks around</source>
        <translation>riempi i giorni che mancano all&apos;anno scorso con le settimane vicine</translation>
    </message>
    <message>
        <source>plan only what last year&apos;s entries show</source>
        <translation>pianifica solo ciò che mostrano le voci dell&apos;anno scorso</translation>
    </message>
    <message>
        <source>{problem} Add --fill-gaps to fill the missing days from the weeks around, or --known-only to plan only what the year&apos;s entries show.</source>
        <translation>{problem} Aggiungi --fill-gaps per riempire i giorni mancanti con le settimane vicine, o --known-only per pianificare solo ciò che mostrano le voci dell&apos;anno.</translation>
    </message>
    <message>
        <source>Last year&apos;s total: {last}; the new plan&apos;s ({start} to {end}): {planned}.</source>
        <translation>Totale dell&apos;anno scorso: {last}; del nuovo piano (dal {start} al {end}): {planned}.</translation>
    </message>
    <message>
        <source>Last year&apos;s average per open day: {last}; the new plan&apos;s ({start} to {end}): {planned}.</source>
        <translation>Media dell&apos;anno scorso per giorno di apertura: {last}; del nuovo piano (dal {start} al {end}): {planned}.</translation>
    </message>
    <message>
        <source>{measure}: planned from the year ending {day}, {change}.</source>
        <translation>{measure}: pianificato dall&apos;anno che finisce il {day}, {change}.</translation>
    </message>
    <message>
        <source>Moved: {days}.</source>
        <translation>Spostati: {days}.</translation>
    </message>
    <message numerus="yes">
        <source>%n missing day(s) of last year filled from the weeks around.</source>
        <translation>
            <numerusform>%n giorno mancante dell&apos;anno scorso riempito con le settimane vicine.</numerusform>
            <numerusform>%n giorni mancanti dell&apos;anno scorso riempiti con le settimane vicine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the new plan of {measure} to {path}.</source>
        <translation>Nuovo piano di {measure} scritto in {path}.</translation>
    </message>
    <message>
        <source>Dry run: nothing written.</source>
        <translation>Prova: non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>day starting   planned   last year</source>
        <translation>giorno   previsto   anno scorso</translation>
    </message>
    <message>
        <source>week starting   planned   last year</source>
        <translation>settimana dal   previsto   anno scorso</translation>
    </message>
    <message>
        <source>month starting   planned   last year</source>
        <translation>mese dal   previsto   anno scorso</translation>
    </message>
    <message>
        <source>quarter starting   planned   last year</source>
        <translation>trimestre dal   previsto   anno scorso</translation>
    </message>
    <message>
        <source>year starting   planned   last year</source>
        <translation>anno dal   previsto   anno scorso</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Delete goal</source>
        <translation>Elimina obiettivo</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Elimina indicatore</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Elimina persona</translation>
    </message>
    <message>
        <source>Add goal with wizard</source>
        <translation>Aggiungi obiettivo con procedura guidata</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Importa valori reali</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Aggiungi persona</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifica persona</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Aggiungi obiettivo</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Modifica obiettivo</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Aggiungi indicatore</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Modifica indicatore</translation>
    </message>
    <message>
        <source>Plan from last year</source>
        <translation>Piano dall&apos;anno scorso</translation>
    </message>
    <message>
        <source>Add actual</source>
        <translation>Aggiungi valore reale</translation>
    </message>
    <message>
        <source>Edit actual</source>
        <translation>Modifica valore reale</translation>
    </message>
    <message>
        <source>Delete actual</source>
        <translation>Elimina valore reale</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Aggiungi passo</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Modifica passo</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Elimina passo</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>Aggiungi opinione</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Modifica opinione</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Elimina opinione</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Aggiungi revisione</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>Modifica revisione</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Elimina revisione</translation>
    </message>
    <message>
        <source>Edit business details</source>
        <translation>Modifica dati dell&apos;attività</translation>
    </message>
    <message>
        <source>Revise vision</source>
        <translation>Rivedi visione</translation>
    </message>
    <message>
        <source>Delete actuals</source>
        <translation>Elimina valori reali</translation>
    </message>
    <message>
        <source>Hold review</source>
        <translation>Fai revisione</translation>
    </message>
    <message>
        <source>Made a step: {title}</source>
        <translation>Passo creato: {title}</translation>
    </message>
    <message>
        <source>Make a step of feedback</source>
        <translation>Crea un passo da un&apos;opinione</translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation>Sposta obiettivo</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Sposta passo</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>BakeryPlan plans (*.bakeryplan);;All files (*)</source>
        <translation>Piani BakeryPlan (*.bakeryplan);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Apri piano</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; already exists. Replace it?</source>
        <translation>&quot;{name}&quot; esiste già. Sostituirlo?</translation>
    </message>
    <message>
        <source>You have typed something here. Close and lose what you typed?</source>
        <translation>Hai scritto qualcosa qui. Chiudere e perdere quello che hai scritto?</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continua a scrivere</translation>
    </message>
    <message>
        <source>&amp;Close and lose it</source>
        <translation>C&amp;hiudi e perdi</translation>
    </message>
    <message>
        <source>Saved as {name}
in the folder {folder}</source>
        <translation>Salvato come {name}
nella cartella {folder}</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Apri cartella</translation>
    </message>
    <message>
        <source>Skip those days</source>
        <translation>Salta quei giorni</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Sostituiscili</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Today so far</source>
        <translation>Oggi finora</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Questa settimana finora</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Questo mese finora</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Questo trimestre finora</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Quest&apos;anno finora</translation>
    </message>
    <message>
        <source>{count} to {day}, {mean}</source>
        <translation>{count} fino al {day}, {mean}</translation>
    </message>
    <message>
        <source>average</source>
        <translation>media</translation>
    </message>
    <message>
        <source>average per {period}</source>
        <translation>media per {period}</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message numerus="yes">
        <source>Step &quot;{name}&quot; is %n day(s) overdue (owner: {owner}).</source>
        <translation>
            <numerusform>Il passo “{name}” è in ritardo di %n giorno (responsabile: {owner}).</numerusform>
            <numerusform>Il passo “{name}” è in ritardo di %n giorni (responsabile: {owner}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step &quot;{name}&quot; is %n day(s) overdue (no owner).</source>
        <translation>
            <numerusform>Il passo “{name}” è in ritardo di %n giorno (senza responsabile).</numerusform>
            <numerusform>Il passo “{name}” è in ritardo di %n giorni (senza responsabile).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; is due on {day}, after its goal &quot;{goal}&quot; (due {goal_due}).</source>
        <translation>Il passo “{name}” scade il {day}, dopo il suo obiettivo “{goal}” (scadenza {goal_due}).</translation>
    </message>
    <message>
        <source>Measure &quot;{name}&quot; missed its target date, {day}: {progress} (last actual {last}).</source>
        <translation>L&apos;indicatore “{name}” ha mancato la data del traguardo, {day}: {progress} (ultimo valore reale {last}).</translation>
    </message>
    <message>
        <source>Measure &quot;{name}&quot; missed its target date, {day}: no actual yet.</source>
        <translation>L&apos;indicatore “{name}” ha mancato la data del traguardo, {day}: ancora nessun valore reale.</translation>
    </message>
    <message numerus="yes">
        <source>Measure &quot;{name}&quot; has had no actual since {day} (%n day(s)).</source>
        <translation>
            <numerusform>L&apos;indicatore “{name}” non ha valori reali dal {day} (%n giorno).</numerusform>
            <numerusform>L&apos;indicatore “{name}” non ha valori reali dal {day} (%n giorni).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measure &quot;{name}&quot; has no actual yet, %n day(s) after its start.</source>
        <translation>
            <numerusform>L&apos;indicatore “{name}” non ha ancora valori reali, %n giorno dopo l&apos;inizio.</numerusform>
            <numerusform>L&apos;indicatore “{name}” non ha ancora valori reali, %n giorni dopo l&apos;inizio.</numerusform>
        </translation>
    </message>
    <message>
        <source>No goal yet for &quot;{area}&quot;.</source>
        <translation>Ancora nessun obiettivo per “{area}”.</translation>
    </message>
    <message>
        <source>There is no vision yet: write in a few plain sentences where the business is going and why.</source>
        <translation>Non c&apos;è ancora una visione: scrivi in poche frasi semplici dove va l&apos;attività e perché.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no measure; its progress is seen from its steps only.</source>
        <translation>L&apos;obiettivo “{name}” non ha indicatori; i suoi progressi si vedono solo dai passi.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no measure and no steps, so nobody can see its progress.</source>
        <translation>L&apos;obiettivo “{name}” non ha indicatori né passi, quindi nessuno può vederne i progressi.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no owner.</source>
        <translation>L&apos;obiettivo “{name}” non ha un responsabile.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no due date.</source>
        <translation>L&apos;obiettivo “{name}” non ha una scadenza.</translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; has no owner.</source>
        <translation>Il passo “{name}” non ha un responsabile.</translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; has no due date.</source>
        <translation>Il passo “{name}” non ha una scadenza.</translation>
    </message>
    <message>
        <source>{name} owns no goal and no step.</source>
        <translation>{name} non è responsabile di nessun obiettivo né passo.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback &quot;{text}&quot; from {who} ({source}, {day}) has waited %n day(s) for an answer.</source>
        <translation>
            <numerusform>L&apos;opinione “{text}” di {who} ({source}, {day}) aspetta una risposta da %n giorno.</numerusform>
            <numerusform>L&apos;opinione “{text}” di {who} ({source}, {day}) aspetta una risposta da %n giorni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback &quot;{text}&quot; ({source}, {day}) has waited %n day(s) for an answer.</source>
        <translation>
            <numerusform>L&apos;opinione “{text}” ({source}, {day}) aspetta una risposta da %n giorno.</numerusform>
            <numerusform>L&apos;opinione “{text}” ({source}, {day}) aspetta una risposta da %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>team</source>
        <comment>feedback from</comment>
        <translation>squadra</translation>
    </message>
    <message>
        <source>customer</source>
        <comment>feedback from</comment>
        <translation>cliente</translation>
    </message>
    <message>
        <source>supplier</source>
        <comment>feedback from</comment>
        <translation>fornitore</translation>
    </message>
    <message>
        <source>Hold the first one to see what changes from one review to the next.</source>
        <translation>Fai la prima per vedere cosa cambia da una revisione all&apos;altra.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it weekly.</source>
        <translation>Non è stata ancora fatta nessuna revisione; l&apos;idea è rivedere il piano ogni settimana.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it quarterly.</source>
        <translation>Non è stata ancora fatta nessuna revisione; l&apos;idea è rivedere il piano ogni trimestre.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it monthly.</source>
        <translation>Non è stata ancora fatta nessuna revisione; l&apos;idea è rivedere il piano ogni mese.</translation>
    </message>
    <message numerus="yes">
        <source>The weekly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>La revisione settimanale è in ritardo di %n giorno: era prevista il {due} e l&apos;ultima è stata fatta il {held}.</numerusform>
            <numerusform>La revisione settimanale è in ritardo di %n giorni: era prevista il {due} e l&apos;ultima è stata fatta il {held}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>La revisione trimestrale è in ritardo di %n giorno: era prevista il {due} e l&apos;ultima è stata fatta il {held}.</numerusform>
            <numerusform>La revisione trimestrale è in ritardo di %n giorni: era prevista il {due} e l&apos;ultima è stata fatta il {held}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>La revisione mensile è in ritardo di %n giorno: era prevista il {due} e l&apos;ultima è stata fatta il {held}.</numerusform>
            <numerusform>La revisione mensile è in ritardo di %n giorni: era prevista il {due} e l&apos;ultima è stata fatta il {held}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <source>Target reached.</source>
        <translation>Traguardo raggiunto.</translation>
    </message>
    <message>
        <source>Not moving towards the target at the recent pace.</source>
        <translation>Al ritmo recente non si va verso il traguardo.</translation>
    </message>
    <message>
        <source>At this pace the target is reached on {day}, on time.</source>
        <translation>A questo ritmo il traguardo si raggiunge il {day}, in tempo.</translation>
    </message>
    <message>
        <source>At this pace: {day}, {span} late.</source>
        <translation>A questo ritmo: {day}, con {span} di ritardo.</translation>
    </message>
    <message>
        <source>At this pace the target is reached on {day}, {span} early.</source>
        <translation>A questo ritmo il traguardo si raggiunge il {day}, con {span} di anticipo.</translation>
    </message>
    <message>
        <source>At this pace you reach {value} by {day} (target {target}).</source>
        <translation>A questo ritmo arrivi a {value} entro il {day} (traguardo {target}).</translation>
    </message>
    <message>
        <source>The target date, {day}, has passed: {progress}.</source>
        <translation>La data del traguardo, {day}, è passata: {progress}.</translation>
    </message>
    <message>
        <source>Not moving towards the target.</source>
        <translation>Non si avvicina al traguardo.</translation>
    </message>
    <message>
        <source>At this pace it is reached on {day}, {span} late.</source>
        <translation>A questo ritmo si raggiunge il {day}, con {span} di ritardo.</translation>
    </message>
    <message>
        <source>{value} against a target of {target}</source>
        <translation>{value} contro un traguardo di {target}</translation>
    </message>
    <message>
        <source>{value} of {target} reached</source>
        <translation>raggiunto {value} su {target}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>New measure</source>
        <translation>Nuovo indicatore</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Modifica indicatore</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Indicatore</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unità</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Più alto è meglio</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Più basso è meglio</translation>
    </message>
    <message>
        <source>Keep within a band</source>
        <translation>Restare in una fascia</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Direzione</translation>
    </message>
    <message>
        <source>Starting &amp;point</source>
        <translation>&amp;Punto di partenza</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Traguardo</translation>
    </message>
    <message>
        <source>Band &amp;low</source>
        <translation>Limite &amp;basso</translation>
    </message>
    <message>
        <source>Band &amp;high</source>
        <translation>Limite &amp;alto</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Parten&amp;za</translation>
    </message>
    <message>
        <source>Target &amp;date</source>
        <translation>Data del tra&amp;guardo</translation>
    </message>
    <message>
        <source>What the target speaks &amp;of</source>
        <translation>Il traguardo &amp;riguarda</translation>
    </message>
    <message>
        <source>Count it &amp;as</source>
        <translation>&amp;Contalo come</translation>
    </message>
    <message>
        <source>Judge health o&amp;ver</source>
        <translation>&amp;Valuta lo stato su</translation>
    </message>
    <message>
        <source>Pla&amp;nned path</source>
        <translation>Perc&amp;orso previsto</translation>
    </message>
    <message>
        <source>Plan from last &amp;year…</source>
        <translation>Piano dall&apos;anno &amp;scorso…</translation>
    </message>
    <message>
        <source>Draw a seasonal plan from a year of this measure&apos;s entries</source>
        <translation>Ricava un piano stagionale da un anno di voci di questo indicatore</translation>
    </message>
    <message>
        <source>Seasonal plan:</source>
        <translation>Piano stagionale:</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ancora nessuno</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Nessun obiettivo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Squadra</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Accolta</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Huddle</source>
        <translation>Riunione lampo</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>Revisione mensile</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Revisione trimestrale</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nessun ritmo</translation>
    </message>
    <message>
        <source>Every week (a huddle)</source>
        <translation>Ogni settimana (riunione lampo)</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Ogni mese</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Ogni trimestre</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Modifica obiettivo</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nuovo obiettivo</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Obiettivo</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>Re&amp;sponsabile</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Scaden&amp;za</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abbandonato</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tato</translation>
    </message>
    <message>
        <source>Nothing: a main goal</source>
        <translation>Nessuno: obiettivo principale</translation>
    </message>
    <message>
        <source>P&amp;art of</source>
        <translation>&amp;Parte di</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>Perc&amp;hé è importante</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuovo passo</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Modifica passo</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Passo</translation>
    </message>
    <message>
        <source>Do&amp;ne on</source>
        <translation>Fatto i&amp;l</translation>
    </message>
    <message>
        <source>&amp;Effort (hours)</source>
        <translation>&amp;Impegno (ore)</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Costo</translation>
    </message>
    <message>
        <source>Make a step of feedback</source>
        <translation>Crea un passo da un&apos;opinione</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifica persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Attiva</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Modifica opinione</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>Nuova opinione</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Opinione</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fonte</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Da chi</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Ricevuta il</translation>
    </message>
    <message>
        <source>&amp;Linked goal</source>
        <translation>O&amp;biettivo collegato</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>Ris&amp;posta</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>Modifica revisione</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Nuova revisione</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Fatta il</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisioni</translation>
    </message>
    <message>
        <source>Business details</source>
        <translation>Dati dell&apos;attività</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Nome dell&apos;attività</translation>
    </message>
    <message>
        <source>&amp;Currency (like EUR, GBP, USD)</source>
        <translation>&amp;Valuta (come EUR, GBP, USD)</translation>
    </message>
    <message>
        <source>&amp;Language and country</source>
        <translation>&amp;Lingua e paese</translation>
    </message>
    <message>
        <source>&amp;Financial year starts in</source>
        <translation>L&apos;&amp;anno contabile inizia a</translation>
    </message>
    <message>
        <source>&amp;Weeks start on</source>
        <translation>Le &amp;settimane iniziano il</translation>
    </message>
    <message>
        <source>&amp;Review the plan</source>
        <translation>&amp;Rivedere il piano</translation>
    </message>
    <message>
        <source>Currency: pick one from the list, or type a code such as EUR or GBP.</source>
        <translation>Valuta: scegline una dall&apos;elenco o scrivi un codice come EUR o GBP.</translation>
    </message>
    <message>
        <source>Language and country: pick one from the list.</source>
        <translation>Lingua e paese: scegli dall&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>On track</source>
        <translation>In linea</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non iniziato</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>The year ending {day} is incomplete.</source>
        <translation>L&apos;anno che finisce il {day} è incompleto.</translation>
    </message>
    <message>
        <source>“{name}” has no entries in the year from {start} to {end}: choose a year with entries.</source>
        <translation>“{name}” non ha voci nell&apos;anno dal {start} al {end}: scegli un anno con delle voci.</translation>
    </message>
    <message numerus="yes">
        <source>Too little history: “{name}” has entries on %n day(s) of the year ending {day}; a plan for a year needs at least {weeks} of them.</source>
        <translation>
            <numerusform>Storia troppo corta: “{name}” ha voci in %n giorno dell&apos;anno che finisce il {day}; un piano per un anno ne richiede almeno {weeks}.</numerusform>
            <numerusform>Storia troppo corta: “{name}” ha voci in %n giorni dell&apos;anno che finisce il {day}; un piano per un anno ne richiede almeno {weeks}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is read as its latest figure (a rating, a share, a headcount), so last year has no totals to copy: plan from last year works for measures counted as a total or a daily average.</source>
        <translation>“{name}” si legge come ultimo valore (un voto, una quota, un numero di persone), quindi l&apos;anno scorso non ha totali da copiare: il piano dall&apos;anno scorso funziona per gli indicatori contati come totale o come media al giorno.</translation>
    </message>
    <message>
        <source>“{name}” should stay within a band; plan from last year is for measures where more is better (sales, customers, loaves).</source>
        <translation>“{name}” deve restare in una fascia; il piano dall&apos;anno scorso è per gli indicatori dove di più è meglio (vendite, clienti, pagnotte).</translation>
    </message>
    <message>
        <source>“{name}” should go down; plan from last year is for measures where more is better (sales, customers, loaves).</source>
        <translation>“{name}” deve scendere; il piano dall&apos;anno scorso è per gli indicatori dove di più è meglio (vendite, clienti, pagnotte).</translation>
    </message>
    <message>
        <source>“{name}” is a daily average, which has no total for the year: give the change in percent.</source>
        <translation>“{name}” è una media al giorno, che non ha un totale dell&apos;anno: indica la variazione in percentuale.</translation>
    </message>
    <message>
        <source>A change of -100% or less leaves nothing to plan.</source>
        <translation>Con una variazione di -100 % o meno non resta nulla da pianificare.</translation>
    </message>
    <message>
        <source>The total for the year must be more than 0.</source>
        <translation>Il totale dell&apos;anno deve essere più di 0.</translation>
    </message>
    <message>
        <source>No entries after {day}.</source>
        <translation>Nessuna voce dopo il {day}.</translation>
    </message>
    <message>
        <source>The entries start on {day}: nothing is recorded for the {length} before (opened mid-year?).</source>
        <translation>Le voci iniziano il {day}: prima, per {length}, non c&apos;è nulla di registrato (attività aperta a metà anno?).</translation>
    </message>
    <message>
        <source>No entries from {start} to {end} ({length}).</source>
        <translation>Nessuna voce dal {start} al {end} ({length}).</translation>
    </message>
    <message>
        <source>Each day is compared with the same date last year.</source>
        <translation>Ogni giorno è confrontato con la stessa data dell&apos;anno scorso.</translation>
    </message>
    <message>
        <source>Each day is compared with the same weekday 52 weeks before; holidays stay put.</source>
        <translation>Ogni giorno è confrontato con lo stesso giorno della settimana di 52 settimane prima; le festività restano dove sono.</translation>
    </message>
    <message>
        <source>Each day is compared with the same weekday 52 weeks before; the holidays of {country} are moved to their dates in the new year.</source>
        <translation>Ogni giorno è confrontato con lo stesso giorno della settimana di 52 settimane prima; le festività di {country} sono spostate alle loro date nel nuovo anno.</translation>
    </message>
    <message>
        <source>The plan&apos;s locale ({locale}) names no country, so public holidays cannot be moved. Only the days the business was closed last year on a usual opening day keep their dates.</source>
        <translation>Le impostazioni locali del piano ({locale}) non indicano un paese, quindi le festività non si possono spostare. Solo i giorni in cui l&apos;anno scorso l&apos;attività era chiusa in un normale giorno di apertura mantengono la loro data.</translation>
    </message>
    <message>
        <source>The holiday library does not know the country {country}, so public holidays cannot be moved. Only the days the business was closed last year on a usual opening day keep their dates.</source>
        <translation>L&apos;elenco delle festività non conosce il paese {country}, quindi le festività non si possono spostare. Solo i giorni in cui l&apos;anno scorso l&apos;attività era chiusa in un normale giorno di apertura mantengono la loro data.</translation>
    </message>
    <message>
        <source>Closed on {day}</source>
        <translation>Chiuso il {day}</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Domenica di Pasqua</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>The file has no column &quot;{column}&quot; for the date.</source>
        <translation>Il file non ha una colonna “{column}” per la data.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the value.</source>
        <translation>Il file non ha una colonna “{column}” per il valore.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the note.</source>
        <translation>Il file non ha una colonna “{column}” per la nota.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the filter.</source>
        <translation>Il file non ha una colonna “{column}” per il filtro.</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Scegli la colonna che contiene la data.</translation>
    </message>
    <message>
        <source>Choose the column that makes the value.</source>
        <translation>Scegli la colonna che forma il valore.</translation>
    </message>
    <message>
        <source>more cells than the header ({width} where it has {expected}) — {cause}</source>
        <translation>più celle dell&apos;intestazione ({width} invece di {expected}) — {cause}</translation>
    </message>
    <message>
        <source>more cells than the other rows ({width} where they have {expected}) — {cause}</source>
        <translation>più celle delle altre righe ({width} invece di {expected}) — {cause}</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not an amount</source>
        <translation>“{cell}” non è un importo</translation>
    </message>
    <message>
        <source>no amount in &quot;{column}&quot;</source>
        <translation>nessun importo in “{column}”</translation>
    </message>
    <message>
        <source>no value in &quot;{column}&quot; to count</source>
        <translation>nessun valore da contare in “{column}”</translation>
    </message>
    <message numerus="yes">
        <source>%n cells where the table has {width}</source>
        <translation>
            <numerusform>%n cella, ma la tabella ne ha {width}</numerusform>
            <numerusform>%n celle, ma la tabella ne ha {width}</numerusform>
        </translation>
    </message>
    <message>
        <source>a total line, not a day&apos;s figure</source>
        <translation>una riga di totale, non il valore di un giorno</translation>
    </message>
    <message>
        <source>dated after today ({day})</source>
        <translation>data successiva a oggi ({day})</translation>
    </message>
    <message>
        <source>{day} is outside the years {first} to {last}</source>
        <translation>il {day} non rientra negli anni dal {first} al {last}</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a number</source>
        <translation>“{cell}” non è un numero</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is outside the range -1,000,000,000,000 to 1,000,000,000,000</source>
        <translation>“{cell}” è fuori dall&apos;intervallo da -1.000.000.000.000 a 1.000.000.000.000</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>nessuna data</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (day first)</source>
        <translation>“{cell}” non è una data (prima il giorno)</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (month first)</source>
        <translation>“{cell}” non è una data (prima il mese)</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (year first)</source>
        <translation>“{cell}” non è una data (prima l&apos;anno)</translation>
    </message>
    <message>
        <source>the amount looks cut in two by a comma: {amount}; quote it or export with another separator</source>
        <translation>l&apos;importo sembra spezzato in due da una virgola: {amount}; mettilo tra virgolette o esporta con un altro separatore</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>con prima il giorno</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>con prima il mese</translation>
    </message>
    <message>
        <source>year first</source>
        <translation>con prima l&apos;anno</translation>
    </message>
    <message>
        <source>The dates are written both day first (line {day_line}: &quot;{day_cell}&quot;) and month first (line {month_line}: &quot;{month_cell}&quot;): lines the chosen order cannot read are skipped. Check that the order chosen is the file&apos;s own.</source>
        <translation>Le date sono scritte sia con prima il giorno (riga {day_line}: “{day_cell}”) sia con prima il mese (riga {month_line}: “{month_cell}”): le righe che l&apos;ordine scelto non riesce a leggere vengono saltate. Controlla che l&apos;ordine scelto sia quello del file.</translation>
    </message>
    <message>
        <source>The dates are written both day first (line {day_line}: &quot;{day_cell}&quot;) and month first (line {month_line}: &quot;{month_cell}&quot;): lines the chosen order cannot read are skipped, and dates that read either way were read {order} ({lines}). Check those days, or choose the other order.</source>
        <translation>Le date sono scritte sia con prima il giorno (riga {day_line}: “{day_cell}”) sia con prima il mese (riga {month_line}: “{month_cell}”): le righe che l&apos;ordine scelto non riesce a leggere vengono saltate, e le date leggibili in tutti e due i modi sono state lette {order} ({lines}). Controlla quei giorni, o scegli l&apos;altro ordine.</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>riga {line}</translation>
    </message>
    <message>
        <source>lines {lines}</source>
        <translation>righe {lines}</translation>
    </message>
    <message numerus="yes">
        <source>lines {list} and %n more</source>
        <translation>
            <numerusform>righe {list} e %n altra</numerusform>
            <numerusform>righe {list} e altre %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a profit-and-loss report (totals per account for a period), not daily figures: export the sales journal or the bank transactions, one row per booking with its date, and import that.</source>
        <translation>Questo è un conto economico (totali per conto in un periodo), non valori giornalieri: esporta il registro delle vendite o i movimenti della banca, una riga per movimento con la sua data, e importa quello.</translation>
    </message>
    <message>
        <source>totals by month, with a &quot;Total&quot; row</source>
        <translation>totali per mese, con una riga “Totale”</translation>
    </message>
    <message>
        <source>totals by month</source>
        <translation>totali per mese</translation>
    </message>
    <message>
        <source>totals by group, with a &quot;Total&quot; row</source>
        <translation>totali per gruppo, con una riga “Totale”</translation>
    </message>
    <message>
        <source>totals by group, with a &quot;Total&quot; column</source>
        <translation>totali per gruppo, con una colonna “Totale”</translation>
    </message>
    <message>
        <source>totals by group</source>
        <translation>totali per gruppo</translation>
    </message>
    <message>
        <source>This is a summary table ({totals}), not one row per sale or per day: export the daily sales or the transaction list from the till, shop or bank instead.</source>
        <translation>Questa è una tabella riassuntiva ({totals}), non una riga per vendita o per giorno: esporta invece le vendite giornaliere o l&apos;elenco dei movimenti dalla cassa, dal negozio online o dalla banca.</translation>
    </message>
    <message>
        <source>This sheet holds several tables side by side (dates in columns {columns}): save each table as its own CSV file, or export the data again as one list, and import that.</source>
        <translation>Questo foglio contiene più tabelle affiancate (date nelle colonne {columns}): salva ogni tabella in un file CSV a parte, o esporta di nuovo i dati come un unico elenco, e importa quello.</translation>
    </message>
    <message>
        <source>No column of dates was found in this file: export one row per sale, booking or day, each with its date.</source>
        <translation>In questo file non è stata trovata nessuna colonna di date: esporta una riga per vendita, movimento o giorno, ognuna con la sua data.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonna {number}</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Il file non contiene righe.</translation>
    </message>
    <message>
        <source>above the table: left out, though it does not look like a title</source>
        <translation>sopra la tabella: esclusa, anche se non sembra un titolo</translation>
    </message>
    <message>
        <source>Line {line} is past the end of the file.</source>
        <translation>La riga {line} è oltre la fine del file.</translation>
    </message>
    <message>
        <source>the line cannot be read (a quote opened here is never closed)</source>
        <translation>la riga non si può leggere (una virgoletta aperta qui non viene mai chiusa)</translation>
    </message>
    <message>
        <source>Lines {first} to {last}: a quote on line {first} is never closed, so these lines ran together; each was read on its own.</source>
        <translation>Righe dalla {first} alla {last}: una virgoletta alla riga {first} non viene mai chiusa, quindi queste righe si sono unite; ognuna è stata letta da sola.</translation>
    </message>
    <message>
        <source>Line {first}: a quote is never closed; its quotes were read as text.</source>
        <translation>Riga {first}: una virgoletta non viene mai chiusa; le sue virgolette sono state lette come testo.</translation>
    </message>
    <message numerus="yes">
        <source>a quote opened on line {first} is never closed; this line has %n cells where the table has {width}</source>
        <translation>
            <numerusform>una virgoletta aperta alla riga {first} non viene mai chiusa; questa riga ha %n cella, ma la tabella ne ha {width}</numerusform>
            <numerusform>una virgoletta aperta alla riga {first} non viene mai chiusa; questa riga ha %n celle, ma la tabella ne ha {width}</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB: split the export into years and import them one at a time.</source>
        <translation>Il file supera i {megabytes} MB: dividi l&apos;esportazione per anni e importali uno alla volta.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>The file cannot be read as {encoding}: choose another encoding.</source>
        <translation>Il file non si può leggere come {encoding}: scegli un&apos;altra codifica.</translation>
    </message>
    <message>
        <source>The file is not text in any encoding: export the data as CSV (comma- or semicolon-separated text) and import that.</source>
        <translation>Il file non è testo in nessuna codifica: esporta i dati in CSV (testo separato da virgole o da punti e virgola) e importa quello.</translation>
    </message>
    <message>
        <source>The file holds NUL bytes, so it is not a CSV export (perhaps a spreadsheet&apos;s own format): save it as CSV and import that.</source>
        <translation>Il file contiene byte NUL, quindi non è un&apos;esportazione CSV (forse è nel formato proprio di un foglio di calcolo): salvalo in CSV e importa quello.</translation>
    </message>
    <message numerus="yes">
        <source>The file has a line longer than %n characters, so it is not a table of sales or bookings: export it again as CSV.</source>
        <translation>
            <numerusform>Il file ha una riga più lunga di %n carattere, quindi non è una tabella di vendite o di movimenti: esportalo di nuovo in CSV.</numerusform>
            <numerusform>Il file ha una riga più lunga di %n caratteri, quindi non è una tabella di vendite o di movimenti: esportalo di nuovo in CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>a number with a comma that is not in quotes?</source>
        <translation>un numero con la virgola, non messo tra virgolette?</translation>
    </message>
    <message>
        <source>a date with a comma that is not in quotes?</source>
        <translation>una data con la virgola, non messa tra virgolette?</translation>
    </message>
    <message>
        <source>a name or note with a comma that is not in quotes?</source>
        <translation>un nome o una nota con una virgola, non messi tra virgolette?</translation>
    </message>
    <message>
        <source>a name or note with a semicolon that is not in quotes?</source>
        <translation>un nome o una nota con un punto e virgola, non messi tra virgolette?</translation>
    </message>
    <message>
        <source>a name or note with a tab that is not in quotes?</source>
        <translation>un nome o una nota con una tabulazione, non messi tra virgolette?</translation>
    </message>
    <message>
        <source>a name or note with a vertical bar that is not in quotes?</source>
        <translation>un nome o una nota con una barra verticale, non messi tra virgolette?</translation>
    </message>
    <message>
        <source>a name or note with a {name} that is not in quotes?</source>
        <translation>un nome o una nota con il carattere {name}, non messi tra virgolette?</translation>
    </message>
</context>
<context>
    <name>one_page</name>
    <message>
        <source>My business</source>
        <translation>La mia attività</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>scadenza {day}</translation>
    </message>
    <message>
        <source>no due date yet</source>
        <translation>ancora nessuna scadenza</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>ancora nessun responsabile</translation>
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
            <numerusform>{done} su %n passo fatto</numerusform>
            <numerusform>{done} su %n passi fatti</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>No measure yet</source>
        <translation>Ancora nessun indicatore</translation>
    </message>
    <message>
        <source>add one in the app</source>
        <translation>aggiungine uno nel programma</translation>
    </message>
    <message>
        <source>{planned} planned</source>
        <translation>previsto {planned}</translation>
    </message>
    <message>
        <source>no figure yet · {wanted}</source>
        <translation>ancora nessun valore · {wanted}</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>ultimo giorno</numerusform>
            <numerusform>ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n week(s)</source>
        <translation>
            <numerusform>settimana scorsa</numerusform>
            <numerusform>ultime %n settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n month(s)</source>
        <translation>
            <numerusform>mese scorso</numerusform>
            <numerusform>ultimi %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n quarter(s)</source>
        <translation>
            <numerusform>trimestre scorso</numerusform>
            <numerusform>ultimi %n trimestri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n year(s)</source>
        <translation>
            <numerusform>anno scorso</numerusform>
            <numerusform>ultimi %n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>keep {low} to {high}</source>
        <translation>tra {low} e {high}</translation>
    </message>
    <message>
        <source>keep at least {low}</source>
        <translation>almeno {low}</translation>
    </message>
    <message>
        <source>keep at most {high}</source>
        <translation>al massimo {high}</translation>
    </message>
    <message>
        <source>{business}: plan for the staff huddle</source>
        <translation>{business}: piano per la riunione lampo</translation>
    </message>
    <message>
        <source>The full vision is in the app.</source>
        <translation>La visione completa è nel programma.</translation>
    </message>
    <message>
        <source>No goals yet. Add the first one in the app.</source>
        <translation>Ancora nessun obiettivo. Aggiungi il primo nel programma.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more goal(s) in the app</source>
        <translation>
            <numerusform>+%n altro obiettivo nel programma</numerusform>
            <numerusform>+%n altri obiettivi nel programma</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due in the next two weeks.</source>
        <translation>Niente in scadenza nelle prossime due settimane.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more step(s) in the app</source>
        <translation>
            <numerusform>+%n altro passo nel programma</numerusform>
            <numerusform>+%n altri passi nel programma</numerusform>
        </translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>La nostra visione</translation>
    </message>
    <message>
        <source>Staff huddle</source>
        <translation>Riunione lampo</translation>
    </message>
    <message>
        <source>No vision written yet: write it in the app under Vision.</source>
        <translation>Ancora nessuna visione scritta: scrivila nel programma, alla voce Visione.</translation>
    </message>
    <message>
        <source>Our goals</source>
        <translation>I nostri obiettivi</translation>
    </message>
    <message>
        <source>open steps due by {day}, and anything overdue</source>
        <translation>passi aperti in scadenza entro il {day}, più quelli in ritardo</translation>
    </message>
    <message>
        <source>The next two weeks</source>
        <translation>Le prossime due settimane</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Entro</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>IN RITARDO</translation>
    </message>
    <message>
        <source>Open feedback:</source>
        <translation>Opinioni aperte:</translation>
    </message>
    <message>
        <source>none waiting for an answer.</source>
        <translation>nessuna in attesa di risposta.</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) waiting for an answer (see Feedback in the app).</source>
        <translation>
            <numerusform>%n in attesa di risposta (vedi Opinioni nel programma).</numerusform>
            <numerusform>%n in attesa di risposta (vedi Opinioni nel programma).</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes from the huddle</source>
        <translation>Note dalla riunione</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Plan from a newer version</source>
        <translation>Piano di una versione più nuova</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; was saved by a newer version of BakeryPlan. It opens read-only so that nothing in it is lost; update BakeryPlan to edit it.</source>
        <translation>&quot;{name}&quot; è stato salvato da una versione più nuova di BakeryPlan. Si apre in sola lettura perché niente vada perso; aggiorna BakeryPlan per modificarlo.</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Piano in uso</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is open for editing elsewhere:
{holder}.

You can look at it here read-only,
or cancel and switch to the other copy.</source>
        <translation>&quot;{name}&quot; è aperto per la modifica altrove:
{holder}.

Puoi guardarlo qui in sola lettura,
oppure annullare e passare all&apos;altra copia.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <source>Plan in use on another computer</source>
        <translation>Piano in uso su un altro computer</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is open for editing on another computer:
{holder}.

You can look at it here read-only. If BakeryPlan no longer runs there (the computer was switched off or the app stopped), you can take the plan over and edit it here.</source>
        <translation>&quot;{name}&quot; è aperto per la modifica su un altro computer:
{holder}.

Puoi guardarlo qui in sola lettura. Se BakeryPlan non è più in funzione là (il computer è stato spento o il programma si è fermato), puoi prendere il piano e modificarlo qui.</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Prendi il piano…</translation>
    </message>
    <message>
        <source>Take over the plan</source>
        <translation>Prendi il piano</translation>
    </message>
    <message>
        <source>Take &quot;{name}&quot; over from the computer &quot;{host}&quot;? Do this only if BakeryPlan is not running there any more: if both edit the plan, changes made there will be lost.</source>
        <translation>Prendere &quot;{name}&quot; dal computer &quot;{host}&quot;? Fallo solo se BakeryPlan non è più in funzione là: se lo modificano tutti e due, le modifiche fatte là andranno perse.</translation>
    </message>
    <message>
        <source>Plan is read-only</source>
        <translation>Piano in sola lettura</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; cannot be changed here: {reason}.

You can look at it read-only.</source>
        <translation>&quot;{name}&quot; non si può modificare qui: {reason}.

Puoi guardarlo in sola lettura.</translation>
    </message>
    <message>
        <source>made when the plan was opened</source>
        <translation>fatta all&apos;apertura del piano</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>copia giornaliera</translation>
    </message>
    <message>
        <source>made when the plan was created</source>
        <translation>fatta alla creazione del piano</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>fatta a mano</translation>
    </message>
    <message>
        <source>the plan as it was before a restore</source>
        <translation>il piano com&apos;era prima di un ripristino</translation>
    </message>
    <message>
        <source>the damaged file, kept before a restore</source>
        <translation>il file danneggiato, tenuto prima di un ripristino</translation>
    </message>
    <message>
        <source>made before an upgrade to a newer version</source>
        <translation>fatta prima del passaggio a una versione più nuova</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>dimensione sconosciuta</translation>
    </message>
    <message>
        <source>{when}: {reason} ({size})</source>
        <translation>{when}: {reason} ({size})</translation>
    </message>
    <message>
        <source>Plan file damaged</source>
        <translation>File del piano danneggiato</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged or incomplete, so it cannot be opened, and there is no backup of it yet. The file has not been changed.</source>
        <translation>&quot;{name}&quot; è danneggiato o incompleto, quindi non si può aprire, e non ne esiste ancora una copia di sicurezza. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged or incomplete, so it cannot be opened.
The file has not been changed.

Pick a backup to restore (the damaged file is kept as a backup too):</source>
        <translation>&quot;{name}&quot; è danneggiato o incompleto, quindi non si può aprire.
Il file non è stato modificato.

Scegli una copia di sicurezza da ripristinare (anche il file danneggiato viene tenuto come copia):</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Copia non ripristinata</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>Non è stato possibile ripristinare la copia di sicurezza: {reason}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da copia di sicurezza</translation>
    </message>
    <message>
        <source>There are no backups of this plan yet.</source>
        <translation>Non ci sono ancora copie di sicurezza di questo piano.</translation>
    </message>
    <message>
        <source>Pick the backup to go back to:</source>
        <translation>Scegli la copia a cui tornare:</translation>
    </message>
    <message>
        <source>Replace &quot;{name}&quot; with the backup from {when}? The plan as it is now is backed up first, so you can come back to it the same way.</source>
        <translation>Sostituire &quot;{name}&quot; con la copia di sicurezza del {when}? Prima viene fatta una copia del piano com&apos;è ora, così puoi tornarci allo stesso modo.</translation>
    </message>
    <message>
        <source>Demo not created</source>
        <translation>Esempio non creato</translation>
    </message>
    <message>
        <source>The demo plan could not be created: {reason}</source>
        <translation>Non è stato possibile creare il piano di esempio: {reason}</translation>
    </message>
    <message>
        <source>Not a plan</source>
        <translation>Non è un piano</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a BakeryPlan plan, so it cannot be opened here. The file has not been changed.</source>
        <translation>&quot;{name}&quot; non è un piano di BakeryPlan, quindi qui non si può aprire. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>Piano non trovato</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is no longer there. It may have been moved or renamed.</source>
        <translation>&quot;{name}&quot; non c&apos;è più. Forse è stato spostato o rinominato.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged and could not be repaired from a backup.</source>
        <translation>&quot;{name}&quot; è danneggiato e non è stato possibile ripararlo da una copia di sicurezza.</translation>
    </message>
    <message>
        <source>Plan not opened</source>
        <translation>Piano non aperto</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; could not be opened: {reason}</source>
        <translation>Non è stato possibile aprire &quot;{name}&quot;: {reason}</translation>
    </message>
</context>
<context>
    <name>pack</name>
    <message>
        <source>{business}: progress pack</source>
        <extracomment>Countries that print on US Letter; everyone else uses A4.</extracomment>
        <translation>{business}: resoconto dei progressi</translation>
    </message>
    <message>
        <source>{business} · Progress pack · {day}</source>
        <translation>{business} · Resoconto dei progressi · {day}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Pagina {number} di {total}</translation>
    </message>
    <message>
        <source>This plan has no goals yet.</source>
        <extracomment>How many of the latest periods a measure page lists under its chart.</extracomment>
        <translation>Questo piano non ha ancora obiettivi.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s): {health}.</source>
        <translation>
            <numerusform>%n obiettivo: {health}.</numerusform>
            <numerusform>%n obiettivi: {health}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n in linea</numerusform>
            <numerusform>%n in linea</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n in ritardo</numerusform>
            <numerusform>%n in ritardo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n a rischio</numerusform>
            <numerusform>%n a rischio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n achieved</source>
        <translation>
            <numerusform>%n raggiunto</numerusform>
            <numerusform>%n raggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n non iniziato</numerusform>
            <numerusform>%n non iniziati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done (shares weighted by effort)</source>
        <translation>
            <numerusform>{done} su %n passo fatto (quote pesate sul lavoro)</numerusform>
            <numerusform>{done} su %n passi fatti (quote pesate sul lavoro)</numerusform>
        </translation>
    </message>
    <message>
        <source>{measure} ({unit})</source>
        <translation>{measure} ({unit})</translation>
    </message>
    <message>
        <source>{measure} has no recorded value yet.</source>
        <translation>{measure} non ha ancora valori registrati.</translation>
    </message>
    <message>
        <source>{measure} is exactly on plan ({when}).</source>
        <translation>{measure} è esattamente come previsto ({when}).</translation>
    </message>
    <message>
        <source>{points} percentage points</source>
        <translation>{points} punti percentuali</translation>
    </message>
    <message>
        <source>{period}: {actual}, {planned} planned by {day}.</source>
        <translation>{period}: {actual}, previsto {planned} entro il {day}.</translation>
    </message>
    <message>
        <source>Health: {health}.</source>
        <translation>Stato: {health}.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} above plan ({when}), worse than planned.</source>
        <translation>{measure} è {amount}{share} sopra il previsto ({when}), peggio del piano.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} below plan ({when}), better than planned.</source>
        <translation>{measure} è {amount}{share} sotto il previsto ({when}), meglio del piano.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} above plan ({when}).</source>
        <translation>{measure} è {amount}{share} sopra il previsto ({when}).</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} below plan ({when}).</source>
        <translation>{measure} è {amount}{share} sotto il previsto ({when}).</translation>
    </message>
    <message>
        <source>Planned from last year (year ending {day}), {change}.</source>
        <translation>Pianificato dall&apos;anno scorso (anno che finisce il {day}), {change}.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>nessun responsabile</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>nessuna scadenza</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done, {overdue} overdue.</source>
        <translation>
            <numerusform>{done} su %n passo fatto, {overdue} in ritardo.</numerusform>
            <numerusform>{done} su %n passi fatti, {overdue} in ritardo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done.</source>
        <translation>
            <numerusform>{done} su %n passo fatto.</numerusform>
            <numerusform>{done} su %n passi fatti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner&apos;s explanation at the review of {day}: {text}</source>
        <translation>La spiegazione del responsabile alla revisione del {day}: {text}</translation>
    </message>
    <message>
        <source>Goal / measure</source>
        <extracomment>Summary columns: header (in English; ``column_headers`` in the pack&apos;s language), right-aligned (numbers), may wrap between words.</extracomment>
        <translation>Obiettivo / indicatore</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Reale</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenza</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>PROGRESS PACK</source>
        <extracomment>The goal column&apos;s share of the width: the other columns wrap between words to make it. Below this share of the width, numbers are squeezed instead of goal titles. Lines a goal title may take in the summary before it ends in an ellipsis.</extracomment>
        <translation>RESOCONTO DEI PROGRESSI</translation>
    </message>
    <message>
        <source>Progress report as of {day}</source>
        <translation>Situazione al {day}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Responsabile: {owner}</translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>La nostra visione</translation>
    </message>
    <message>
        <source>No vision written yet.</source>
        <translation>Ancora nessuna visione scritta.</translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Perché è importante: {why}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>In breve</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>pagina {number}</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Obiettivo: {goal}</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>Cosa significa</translation>
    </message>
    <message>
        <source>Latest values</source>
        <translation>Ultimi valori</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>The chart of this measure could not be drawn; its figures follow below.</source>
        <translation>Non è stato possibile disegnare il grafico di questo indicatore; i suoi valori sono qui sotto.</translation>
    </message>
    <message>
        <source>Health: {health}</source>
        <translation>Stato: {health}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prossimi</translation>
    </message>
    <message>
        <source>Recently done</source>
        <translation>Fatti di recente</translation>
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
        <translation>Settimana del {day}</translation>
    </message>
    <message>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <source>week</source>
        <translation>settimana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>year</source>
        <translation>anno</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n settimana</numerusform>
            <numerusform>%n settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n trimestre</numerusform>
            <numerusform>%n trimestri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n anno</numerusform>
            <numerusform>%n anni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>perspective</name>
    <message>
        <source>Money</source>
        <translation>Soldi</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>How we work</source>
        <translation>Come lavoriamo</translation>
    </message>
    <message>
        <source>Team and skills</source>
        <translation>Squadra e competenze</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Next week, from {day}</source>
        <translation>Settimana prossima, dal {day}</translation>
    </message>
    <message>
        <source>This week, from {day}</source>
        <translation>Questa settimana, dal {day}</translation>
    </message>
    <message>
        <source>Print check-in sheet</source>
        <translation>Stampa foglio della riunione</translation>
    </message>
    <message>
        <source>Which week is it for?</source>
        <translation>Per quale settimana?</translation>
    </message>
    <message>
        <source>{name} - check-in sheet {first} to {last}</source>
        <translation>{name} - foglio della riunione dal {first} al {last}</translation>
    </message>
    <message>
        <source>Print the check-in sheet</source>
        <translation>Stampa il foglio della riunione</translation>
    </message>
    <message>
        <source>{name} - plan for the staff huddle</source>
        <translation>{name} - piano per la riunione lampo</translation>
    </message>
    <message>
        <source>Print the one-page plan</source>
        <translation>Stampa il piano in una pagina</translation>
    </message>
    <message>
        <source>Export one-page plan as PDF</source>
        <translation>Esporta il piano in una pagina in PDF</translation>
    </message>
    <message>
        <source>{stem} - one-page plan.pdf</source>
        <translation>{stem} - piano in una pagina.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>Non è stato possibile scrivere il PDF in {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>{business}: no review held on or before {day} yet.</source>
        <translation>{business}: ancora nessuna revisione fatta entro il {day}.</translation>
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
        <translation>nuovo, {health}</translation>
    </message>
    <message>
        <source>no figure yet, {planned} planned ({period})</source>
        <translation>ancora nessun valore, previsto {planned} ({period})</translation>
    </message>
    <message>
        <source>{actual} against {planned} planned, {period}</source>
        <translation>{actual} contro {planned} previsto, {period}</translation>
    </message>
    <message>
        <source>goal added</source>
        <translation>obiettivo aggiunto</translation>
    </message>
    <message>
        <source>measure added</source>
        <translation>indicatore aggiunto</translation>
    </message>
    <message>
        <source>goal deleted</source>
        <translation>obiettivo eliminato</translation>
    </message>
    <message>
        <source>measure deleted</source>
        <translation>indicatore eliminato</translation>
    </message>
    <message>
        <source>renamed (was “{before}”)</source>
        <translation>rinominato (prima: “{before}”)</translation>
    </message>
    <message>
        <source>retitled (was “{before}”)</source>
        <translation>titolo cambiato (prima: “{before}”)</translation>
    </message>
    <message>
        <source>target {before} → {after}</source>
        <translation>traguardo {before} → {after}</translation>
    </message>
    <message>
        <source>target date {before} → {after}</source>
        <translation>data del traguardo {before} → {after}</translation>
    </message>
    <message>
        <source>starting point {before} → {after}</source>
        <translation>punto di partenza {before} → {after}</translation>
    </message>
    <message>
        <source>start {before} → {after}</source>
        <translation>inizio {before} → {after}</translation>
    </message>
    <message>
        <source>due date {before} → {after}</source>
        <translation>scadenza {before} → {after}</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>lineare</translation>
    </message>
    <message>
        <source>stepped</source>
        <translation>a gradini</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizzato</translation>
    </message>
    <message>
        <source>planned curve redrawn</source>
        <translation>curva prevista ridisegnata</translation>
    </message>
    <message>
        <source>planned curve redrawn ({before} → {after})</source>
        <translation>curva prevista ridisegnata ({before} → {after})</translation>
    </message>
    <message>
        <source>year ending {day}, {change}, days matched by weekday</source>
        <translation>anno che finisce il {day}, {change}, giorni abbinati per giorno della settimana</translation>
    </message>
    <message>
        <source>year ending {day}, {change}, days matched by date</source>
        <translation>anno che finisce il {day}, {change}, giorni abbinati per data</translation>
    </message>
    <message>
        <source>year ending {day}, {change}</source>
        <translation>anno che finisce il {day}, {change}</translation>
    </message>
    <message>
        <source>no longer the plan drawn from last year</source>
        <translation>non più il piano ricavato dall&apos;anno scorso</translation>
    </message>
    <message>
        <source>now planned from last year ({now})</source>
        <translation>ora pianificato dall&apos;anno scorso ({now})</translation>
    </message>
    <message>
        <source>planned from last year again ({now}; was {before})</source>
        <translation>di nuovo pianificato dall&apos;anno scorso ({now}; prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the average of a day (was {before})</source>
        <translation>ora contato come la media di un giorno (prima: {before})</translation>
    </message>
    <message>
        <source>the total of a day</source>
        <translation>il totale di un giorno</translation>
    </message>
    <message>
        <source>the latest figure of a day</source>
        <translation>l&apos;ultimo valore di un giorno</translation>
    </message>
    <message>
        <source>the total of a week</source>
        <translation>il totale di una settimana</translation>
    </message>
    <message>
        <source>the average per day of a week</source>
        <translation>la media al giorno di una settimana</translation>
    </message>
    <message>
        <source>the latest figure of a week</source>
        <translation>l&apos;ultimo valore di una settimana</translation>
    </message>
    <message>
        <source>the total of a month</source>
        <translation>il totale di un mese</translation>
    </message>
    <message>
        <source>the average per day of a month</source>
        <translation>la media al giorno di un mese</translation>
    </message>
    <message>
        <source>the latest figure of a month</source>
        <translation>l&apos;ultimo valore di un mese</translation>
    </message>
    <message>
        <source>the total of a quarter</source>
        <translation>il totale di un trimestre</translation>
    </message>
    <message>
        <source>the average per day of a quarter</source>
        <translation>la media al giorno di un trimestre</translation>
    </message>
    <message>
        <source>the latest figure of a quarter</source>
        <translation>l&apos;ultimo valore di un trimestre</translation>
    </message>
    <message>
        <source>the total of a year</source>
        <translation>il totale di un anno</translation>
    </message>
    <message>
        <source>the average per day of a year</source>
        <translation>la media al giorno di un anno</translation>
    </message>
    <message>
        <source>the latest figure of a year</source>
        <translation>l&apos;ultimo valore di un anno</translation>
    </message>
    <message>
        <source>goal marked done (was active)</source>
        <translation>obiettivo segnato come fatto (prima: attivo)</translation>
    </message>
    <message>
        <source>goal marked dropped (was active)</source>
        <translation>obiettivo segnato come abbandonato (prima: attivo)</translation>
    </message>
    <message>
        <source>goal marked active (was done)</source>
        <translation>obiettivo di nuovo attivo (prima: fatto)</translation>
    </message>
    <message>
        <source>goal marked dropped (was done)</source>
        <translation>obiettivo segnato come abbandonato (prima: fatto)</translation>
    </message>
    <message>
        <source>goal marked active (was dropped)</source>
        <translation>obiettivo di nuovo attivo (prima: abbandonato)</translation>
    </message>
    <message>
        <source>goal marked done (was dropped)</source>
        <translation>obiettivo segnato come fatto (prima: abbandonato)</translation>
    </message>
    <message>
        <source>goal status changed</source>
        <translation>stato dell&apos;obiettivo cambiato</translation>
    </message>
    <message>
        <source>now counted as the total of a day (was {before})</source>
        <translation>ora contato come il totale di un giorno (prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a day (was {before})</source>
        <translation>ora contato come l&apos;ultimo valore di un giorno (prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a week (was {before})</source>
        <translation>ora contato come il totale di una settimana (prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a week (was {before})</source>
        <translation>ora contato come la media al giorno di una settimana (prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a week (was {before})</source>
        <translation>ora contato come l&apos;ultimo valore di una settimana (prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a month (was {before})</source>
        <translation>ora contato come il totale di un mese (prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a month (was {before})</source>
        <translation>ora contato come la media al giorno di un mese (prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a month (was {before})</source>
        <translation>ora contato come l&apos;ultimo valore di un mese (prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a quarter (was {before})</source>
        <translation>ora contato come il totale di un trimestre (prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a quarter (was {before})</source>
        <translation>ora contato come la media al giorno di un trimestre (prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a quarter (was {before})</source>
        <translation>ora contato come l&apos;ultimo valore di un trimestre (prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a year (was {before})</source>
        <translation>ora contato come il totale di un anno (prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a year (was {before})</source>
        <translation>ora contato come la media al giorno di un anno (prima: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a year (was {before})</source>
        <translation>ora contato come l&apos;ultimo valore di un anno (prima: {before})</translation>
    </message>
    <message>
        <source>counting changed (was {before})</source>
        <translation>modo di conteggio cambiato (prima: {before})</translation>
    </message>
    <message>
        <source>the average of a day</source>
        <translation>la media di un giorno</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a value not set, as in: due date none → 31 Jan</comment>
        <translation>assente</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>nessun responsabile</translation>
    </message>
    <message>
        <source>{who}, no date</source>
        <translation>{who}, senza data</translation>
    </message>
    <message>
        <source>{who}, done {day}</source>
        <translation>{who}, fatto il {day}</translation>
    </message>
    <message>
        <source>{who}, due {day}</source>
        <translation>{who}, scadenza {day}</translation>
    </message>
    <message>
        <source>{source}, {day}</source>
        <translation>{source}, {day}</translation>
    </message>
    <message>
        <source>since the huddle of {day} (today)</source>
        <translation>dalla riunione lampo del {day} (oggi)</translation>
    </message>
    <message>
        <source>since the monthly review of {day} (today)</source>
        <translation>dalla revisione mensile del {day} (oggi)</translation>
    </message>
    <message>
        <source>since the quarterly review of {day} (today)</source>
        <translation>dalla revisione trimestrale del {day} (oggi)</translation>
    </message>
    <message numerus="yes">
        <source>since the huddle of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>dalla riunione lampo del {day} (%n giorno fa)</numerusform>
            <numerusform>dalla riunione lampo del {day} (%n giorni fa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since the monthly review of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>dalla revisione mensile del {day} (%n giorno fa)</numerusform>
            <numerusform>dalla revisione mensile del {day} (%n giorni fa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since the quarterly review of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>dalla revisione trimestrale del {day} (%n giorno fa)</numerusform>
            <numerusform>dalla revisione trimestrale del {day} (%n giorni fa)</numerusform>
        </translation>
    </message>
    <message>
        <source>{business}: what changed {since} to {day}</source>
        <translation>{business}: cosa è cambiato {since} al {day}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a section of the digest with nothing in it</comment>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>not known: the last review kept no snapshot</source>
        <translation>non si sa: l&apos;ultima revisione non ha salvato una fotografia del piano</translation>
    </message>
    <message>
        <source>Measures whose health changed</source>
        <translation>Indicatori che hanno cambiato stato</translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation>Modifiche al piano</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Passi fatti</translation>
    </message>
    <message>
        <source>Steps newly overdue</source>
        <translation>Passi appena andati in ritardo</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>Nuove opinioni</translation>
    </message>
    <message>
        <source>Decisions of the last review</source>
        <translation>Decisioni dell&apos;ultima revisione</translation>
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
            <numerusform>Da allora, %n valore reale registrato.</numerusform>
            <numerusform>Da allora, %n valori reali registrati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Spiegazioni</translation>
    </message>
    <message>
        <source>This review kept no snapshot of the plan.</source>
        <translation>Questa revisione non ha salvato una fotografia del piano.</translation>
    </message>
    <message>
        <source>The first review with a snapshot: later reviews show what changed.</source>
        <translation>La prima revisione con una fotografia del piano: le prossime mostreranno cosa è cambiato.</translation>
    </message>
    <message>
        <source>Changed in the plan since the review of {day}</source>
        <translation>Cambiato nel piano dalla revisione del {day}</translation>
    </message>
    <message>
        <source>Changed in the plan since the review of {day}: none</source>
        <translation>Niente è cambiato nel piano dalla revisione del {day}</translation>
    </message>
    <message>
        <source>Health changed since {day}</source>
        <translation>Stato cambiato dal {day}</translation>
    </message>
    <message>
        <source>Health changed since {day}: none</source>
        <translation>Nessun cambio di stato dal {day}</translation>
    </message>
    <message>
        <source>A deleted measure</source>
        <translation>Un indicatore eliminato</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>{business}: status on {day}</source>
        <translation>{business}: situazione al {day}</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Ancora nessun obiettivo.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>nessun responsabile</translation>
    </message>
    <message>
        <source>{goal}  ({owner}, due {day}): {health}</source>
        <translation>{goal}  ({owner}, scadenza {day}): {health}</translation>
    </message>
    <message>
        <source>{goal}  ({owner}, no due date): {health}</source>
        <translation>{goal}  ({owner}, senza scadenza): {health}</translation>
    </message>
    <message>
        <source>Steps: {steps}</source>
        <translation>Passi: {steps}</translation>
    </message>
    <message>
        <source>{measure}: no figure yet, planned {planned}: {health}</source>
        <translation>{measure}: ancora nessun valore, previsto {planned}: {health}</translation>
    </message>
    <message>
        <source>{measure}: {actual}, planned {planned} ({period}): {health}</source>
        <translation>{measure}: {actual}, previsto {planned} ({period}): {health}</translation>
    </message>
    <message>
        <source>{period}: {actual}, planned {planned} by {day}</source>
        <translation>{period}: {actual}, previsto {planned} entro il {day}</translation>
    </message>
    <message>
        <source>{share} of the plan made</source>
        <translation>{share} del piano raggiunto</translation>
    </message>
    <message>
        <source>progress {share} of the way, {planned} planned by then</source>
        <translation>avanzamento {share} del percorso, {planned} previsto a quella data</translation>
    </message>
    <message>
        <source>to be kept between {low} and {high}</source>
        <translation>da tenere tra {low} e {high}</translation>
    </message>
    <message>
        <source>to be at least {low}</source>
        <translation>da tenere almeno a {low}</translation>
    </message>
    <message>
        <source>to be at most {high}</source>
        <translation>da tenere al massimo a {high}</translation>
    </message>
    <message>
        <source>{business}: no findings. Every goal has an owner, a date and a measure.</source>
        <translation>{business}: niente da guardare. Ogni obiettivo ha un responsabile, una data e un indicatore.</translation>
    </message>
    <message numerus="yes">
        <source>{business}: %n finding(s)</source>
        <translation>
            <numerusform>{business}: %n cosa da guardare</numerusform>
            <numerusform>{business}: %n cose da guardare</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>attenzione: {message}</translation>
    </message>
    <message>
        <source>info: {message}</source>
        <translation>informazione: {message}</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message numerus="yes">
        <source>{done} of %n step(s) done, {overdue} overdue; {done_share} of the effort done, {due_share} planned by now: {health}</source>
        <translation>
            <numerusform>{done} su %n passo fatto, {overdue} in ritardo; {done_share} del lavoro fatto, {due_share} previsto a oggi: {health}</numerusform>
            <numerusform>{done} su %n passi fatti, {overdue} in ritardo; {done_share} del lavoro fatto, {due_share} previsto a oggi: {health}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done; {done_share} of the effort done, {due_share} planned by now: {health}</source>
        <translation>
            <numerusform>{done} su %n passo fatto; {done_share} del lavoro fatto, {due_share} previsto a oggi: {health}</numerusform>
            <numerusform>{done} su %n passi fatti; {done_share} del lavoro fatto, {due_share} previsto a oggi: {health}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>its folder {folder} does not exist</source>
        <translation>la sua cartella {folder} non esiste</translation>
    </message>
    <message>
        <source>the backup is not usable ({reason})</source>
        <translation>la copia di sicurezza non si può usare ({reason})</translation>
    </message>
    <message>
        <source>the backup comes from a newer version of BakeryPlan</source>
        <translation>la copia di sicurezza viene da una versione più recente di BakeryPlan</translation>
    </message>
    <message>
        <source>it is a folder, not a plan file</source>
        <translation>è una cartella, non un file di piano</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>non hai il permesso di leggerlo</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>non si può leggere ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>it cannot be opened ({error})</source>
        <translation>non si può aprire ({error})</translation>
    </message>
    <message>
        <source>cannot open &quot;{file}&quot;: {reason}</source>
        <translation>impossibile aprire “{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot create &quot;{file}&quot;: {reason}</source>
        <translation>impossibile creare “{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot edit &quot;{file}&quot;: {reason}</source>
        <translation>impossibile modificare “{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot change &quot;{file}&quot;: {reason}</source>
        <translation>impossibile cambiare “{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot restore &quot;{file}&quot;: {reason}</source>
        <translation>impossibile ripristinare “{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot save to &quot;{file}&quot;: {reason}</source>
        <translation>impossibile salvare in “{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot back up &quot;{file}&quot;: {reason}</source>
        <translation>impossibile fare la copia di sicurezza di “{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot read the plan data &quot;{file}&quot;: {reason}</source>
        <translation>impossibile leggere i dati del piano “{file}”: {reason}</translation>
    </message>
    <message>
        <source>cannot open: {reason}</source>
        <translation>impossibile aprire: {reason}</translation>
    </message>
    <message>
        <source>cannot create: {reason}</source>
        <translation>impossibile creare: {reason}</translation>
    </message>
    <message>
        <source>cannot edit: {reason}</source>
        <translation>impossibile modificare: {reason}</translation>
    </message>
    <message>
        <source>cannot change: {reason}</source>
        <translation>impossibile cambiare: {reason}</translation>
    </message>
    <message>
        <source>cannot restore: {reason}</source>
        <translation>impossibile ripristinare: {reason}</translation>
    </message>
    <message>
        <source>cannot save to: {reason}</source>
        <translation>impossibile salvare: {reason}</translation>
    </message>
    <message>
        <source>cannot back up: {reason}</source>
        <translation>impossibile fare la copia di sicurezza: {reason}</translation>
    </message>
    <message>
        <source>cannot read the plan data: {reason}</source>
        <translation>impossibile leggere i dati del piano: {reason}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <source>a file with that name already exists</source>
        <translation>esiste già un file con quel nome</translation>
    </message>
    <message>
        <source>it is not a BakeryPlan plan file</source>
        <translation>non è un file di piano di BakeryPlan</translation>
    </message>
    <message>
        <source>the plan file is damaged (a backup can be restored)</source>
        <translation>il file del piano è danneggiato (si può ripristinare una copia di sicurezza)</translation>
    </message>
    <message>
        <source>it was saved by a newer version of BakeryPlan (plan format {found}, this version reads up to {supported})</source>
        <translation>è stato salvato da una versione più recente di BakeryPlan (formato del piano {found}, questa versione legge fino al {supported})</translation>
    </message>
    <message>
        <source>it is in use by {holder}</source>
        <translation>è in uso da parte di {holder}</translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;</source>
        <translation>BakeryPlan sul computer “{host}”</translation>
    </message>
    <message>
        <source>{reason}; if BakeryPlan no longer runs there, open the plan in the window to take it over</source>
        <translation>{reason}; se BakeryPlan lì non è più aperto, apri il piano nella finestra per prenderne il controllo</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n day(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan sul computer “{host}”, dal {since} (%n giorno fa)</numerusform>
            <numerusform>BakeryPlan sul computer “{host}”, dal {since} (%n giorni fa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n hour(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan sul computer “{host}”, dal {since} (%n ora fa)</numerusform>
            <numerusform>BakeryPlan sul computer “{host}”, dal {since} (%n ore fa)</numerusform>
        </translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (just now)</source>
        <translation>BakeryPlan sul computer “{host}”, dal {since} (proprio ora)</translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n minute(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan sul computer “{host}”, dal {since} (%n minuto fa)</numerusform>
            <numerusform>BakeryPlan sul computer “{host}”, dal {since} (%n minuti fa)</numerusform>
        </translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>è aperto in sola lettura</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder}); the plan was not changed</source>
        <translation>{cause} (cartella delle copie di sicurezza {folder}); il piano non è stato cambiato</translation>
    </message>
    <message>
        <source>{record}, field &apos;{field}&apos;: {message}</source>
        <translation>{record}, campo “{field}”: {message}</translation>
    </message>
    <message>
        <source>{record}: {message}</source>
        <translation>{record}: {message}</translation>
    </message>
    <message>
        <source>another copy of BakeryPlan that is starting or stopping, since {since}</source>
        <translation>un&apos;altra copia di BakeryPlan che si sta avviando o chiudendo, dal {since}</translation>
    </message>
    <message>
        <source>another copy of BakeryPlan that is starting or stopping</source>
        <translation>un&apos;altra copia di BakeryPlan che si sta avviando o chiudendo</translation>
    </message>
    <message>
        <source>BakeryPlan on this computer ({host}), process {pid}, since {since}</source>
        <translation>BakeryPlan su questo computer ({host}), processo {pid}, dal {since}</translation>
    </message>
    <message>
        <source>BakeryPlan on this computer ({host}), process {pid}</source>
        <translation>BakeryPlan su questo computer ({host}), processo {pid}</translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since}</source>
        <translation>BakeryPlan sul computer “{host}”, dal {since}</translation>
    </message>
    <message>
        <source>its folder {folder} is read-only</source>
        <translation>la sua cartella {folder} è in sola lettura</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>il file è protetto da scrittura</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder})</source>
        <translation>{cause} (cartella delle copie di sicurezza {folder})</translation>
    </message>
    <message>
        <source>a newer version of BakeryPlan stopped in the middle of changing it; open it with that version to repair it</source>
        <translation>una versione più recente di BakeryPlan si è fermata mentre lo modificava; aprilo con quella versione per ripararlo</translation>
    </message>
    <message>
        <source>it was not closed properly, and {reason}, so it cannot be repaired here: copy it together with &quot;{journal}&quot; to a folder you can write to and open the copy there</source>
        <translation>non è stato chiuso bene e {reason}, quindi non si può riparare qui: copialo insieme a “{journal}” in una cartella dove puoi scrivere e apri lì la copia</translation>
    </message>
</context>
<context>
    <name>wizards</name>
    <message>
        <source>Read-only plan</source>
        <translation>Piano in sola lettura</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Non è stato possibile salvare la modifica.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Not enough text</source>
        <translation>Testo troppo corto</translation>
    </message>
    <message>
        <source>Easy to read</source>
        <translation>Facile da leggere</translation>
    </message>
    <message>
        <source>Fairly easy</source>
        <translation>Abbastanza facile</translation>
    </message>
    <message>
        <source>Hard to read</source>
        <translation>Difficile da leggere</translation>
    </message>
    <message>
        <source>No score for this language</source>
        <translation>Nessun punteggio per questa lingua</translation>
    </message>
    <message numerus="yes">
        <source>Your vision is short (%n word(s)). Say where the business is going and why it matters, in {least} to {most} words.</source>
        <translation>
            <numerusform>La tua visione è corta (%n parola). Di&apos; dove va l&apos;attività e perché è importante, in {least}-{most} parole.</numerusform>
            <numerusform>La tua visione è corta (%n parole). Di&apos; dove va l&apos;attività e perché è importante, in {least}-{most} parole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your vision has %n word(s). Try to say it in {most} words or fewer, so people remember it.</source>
        <translation>
            <numerusform>La tua visione ha %n parola. Prova a dirla in {most} parole o meno, così la gente se la ricorda.</numerusform>
            <numerusform>La tua visione ha %n parole. Prova a dirla in {most} parole o meno, così la gente se la ricorda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep a goal to one short sentence (this one has %n word(s)).</source>
        <translation>
            <numerusform>Scrivi un obiettivo in una sola frase breve (questo ha %n parola).</numerusform>
            <numerusform>Scrivi un obiettivo in una sola frase breve (questo ha %n parole).</numerusform>
        </translation>
    </message>
    <message>
        <source>“{word}”</source>
        <comment>A word quoted in a sentence</comment>
        <translation>“{word}”</translation>
    </message>
    <message>
        <source>Swap jargon for everyday words: {words}.</source>
        <translation>Sostituisci il gergo con parole di tutti i giorni: {words}.</translation>
    </message>
    <message>
        <source>Write your vision in a few plain sentences: where is the business going?</source>
        <translation>Scrivi la tua visione in poche frasi semplici: dove va l&apos;attività?</translation>
    </message>
    <message>
        <source>Add a number, so everyone can tell when the goal is reached (like &quot;40 loaves a day&quot;).</source>
        <translation>Aggiungi un numero, così tutti capiscono quando l&apos;obiettivo è raggiunto (come “40 pagnotte al giorno”).</translation>
    </message>
    <message>
        <source>Add a date, like &quot;by spring 2028&quot;, or set a due date.</source>
        <translation>Aggiungi una data, come “entro la primavera 2028”, o imposta una scadenza.</translation>
    </message>
    <message>
        <source>Name one person who owns this goal.</source>
        <translation>Indica una persona responsabile di questo obiettivo.</translation>
    </message>
    <message>
        <source>This is hard to read. Try shorter sentences and everyday words.</source>
        <translation>Questo è difficile da leggere. Prova con frasi più corte e parole di tutti i giorni.</translation>
    </message>
</context>
<context>
    <name>year</name>
    <message>
        <source>The year&apos;s plan is reached already: {figure} (plan {plan}).</source>
        <translation>Il piano dell&apos;anno è già raggiunto: {figure} (piano {plan}).</translation>
    </message>
    <message>
        <source>The year reached its plan: {figure} (plan {plan}).</source>
        <translation>L&apos;anno ha raggiunto il suo piano: {figure} (piano {plan}).</translation>
    </message>
    <message>
        <source>The year reached its plan: {figure} a day on average (plan {plan}).</source>
        <translation>L&apos;anno ha raggiunto il suo piano: {figure} al giorno in media (piano {plan}).</translation>
    </message>
    <message>
        <source>The year ended at {figure}: {short}{share} short of its plan of {plan}.</source>
        <translation>L&apos;anno si è chiuso a {figure}: {short}{share} in meno del piano di {plan}.</translation>
    </message>
    <message>
        <source>The year averaged {figure} a day: {short}{share} short of its plan of {plan}.</source>
        <translation>L&apos;anno ha fatto in media {figure} al giorno: {short}{share} in meno del piano di {plan}.</translation>
    </message>
    <message>
        <source>At this pace the year totals {figure} (plan {plan}).</source>
        <translation>A questo ritmo il totale dell&apos;anno sarà {figure} (piano {plan}).</translation>
    </message>
    <message>
        <source>At this pace the year averages {figure} a day (plan {plan}).</source>
        <translation>A questo ritmo la media dell&apos;anno sarà {figure} al giorno (piano {plan}).</translation>
    </message>
    <message>
        <source> for the {periods} to {day}</source>
        <translation> per {periods} fino al {day}</translation>
    </message>
</context>
</TS>
