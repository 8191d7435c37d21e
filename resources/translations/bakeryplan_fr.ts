<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActualsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Period&apos;s figure</source>
        <translation>Chiffre de la période</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message numerus="yes">
        <source>{period}: {what} of %n entry(s).</source>
        <translation>
            <numerusform>{period}&#xa0;: {what}, sur %n saisie.</numerusform>
            <numerusform>{period}&#xa0;: {what}, sur %n saisies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not over yet: compared with the plan due by today.</source>
        <translation>Pas encore terminée&#xa0;: comparée au prévu à ce jour.</translation>
    </message>
    <message>
        <source>{amount} so far</source>
        <translation>{amount} à ce jour</translation>
    </message>
    <message>
        <source>{amount} (on plan)</source>
        <translation>{amount} (conforme au plan)</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>en avance</translation>
    </message>
    <message>
        <source>short</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>type a value, then Enter</source>
        <translation>tapez une valeur, puis Entrée</translation>
    </message>
    <message>
        <source>Type a date like {example}, or keep today&apos;s.</source>
        <translation>Tapez une date comme {example}, ou gardez celle d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>“{text}” is outside the years {first} to {last}.</source>
        <translation>«&#xa0;{text}&#xa0;» est en dehors des années {first} à {last}.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>“{text}” is outside the range {low} to {high}.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas entre {low} et {high}.</translation>
    </message>
    <message>
        <source>a date like {example}</source>
        <translation>une date comme {example}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>“{text}” is not {what}.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas {what}.</translation>
    </message>
    <message>
        <source>{day} is after today: record what has happened, on the day it happened.</source>
        <translation>Le {day} est après aujourd&apos;hui&#xa0;: saisissez ce qui s&apos;est passé, le jour où c&apos;est arrivé.</translation>
    </message>
    <message>
        <source>{local} or {iso}</source>
        <translation>{local} ou {iso}</translation>
    </message>
</context>
<context>
    <name>ActualsPanel</name>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded actuals</source>
        <translation>Chiffres saisis</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>This plan is open read-only: entries can be read here.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;: les saisies peuvent être lues ici.</translation>
    </message>
    <message>
        <source>Type in the last row: a date (like {example}), Tab, a value, then Enter, or Tab, a note and Enter. Delete removes the selected rows. Every change can be undone.</source>
        <translation>Tapez dans la dernière ligne&#xa0;: une date (comme {example}), Tab, une valeur, puis Entrée, ou Tab, une note et Entrée. Suppr efface les lignes choisies. Chaque modification peut être annulée.</translation>
    </message>
    <message>
        <source>No measure yet.</source>
        <translation>Aucun indicateur pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Target {target} by {by}, counted as {counted}. %n value(s) recorded.</source>
        <translation>
            <numerusform>Cible&#xa0;: {target} d&apos;ici le {by}&#xa0;; on compte {counted}. %n valeur saisie.</numerusform>
            <numerusform>Cible&#xa0;: {target} d&apos;ici le {by}&#xa0;; on compte {counted}. %n valeurs saisies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>{goal} — steps</source>
        <extracomment>A chart subject: (&quot;measure&quot;, measure id) or (&quot;goal&quot;, goal id) for a goal&apos;s step burn-up.</extracomment>
        <translation>{goal} — étapes</translation>
    </message>
    <message>
        <source>Chart of</source>
        <translation>Graphique de</translation>
    </message>
    <message>
        <source>Chart &amp;of:</source>
        <translation>&amp;Graphique de&#xa0;:</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Afficher en &amp;tableau</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xporter le graphique…</translation>
    </message>
    <message>
        <source>&amp;Last year</source>
        <translation>&amp;L&apos;an dernier</translation>
    </message>
    <message>
        <source>Draw last year&apos;s entries behind the plan drawn from them</source>
        <translation>Dessiner les saisies de l&apos;an dernier derrière le plan tiré de celles-ci</translation>
    </message>
    <message>
        <source>Add a goal with a measure to see its chart.</source>
        <translation>Ajoutez un objectif avec un indicateur pour voir son graphique.</translation>
    </message>
    <message>
        <source>Chart as a table</source>
        <translation>Graphique en tableau</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Show as char&amp;t</source>
        <translation>Afficher en gra&amp;phique</translation>
    </message>
    <message>
        <source>Periods, as the chart counts them</source>
        <translation>Périodes, comme le graphique les compte</translation>
    </message>
    <message>
        <source>Steps done against planned</source>
        <translation>Étapes faites par rapport au prévu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Planned share</source>
        <translation>Part prévue</translation>
    </message>
    <message>
        <source>Done share</source>
        <translation>Part faite</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>CountingFields</name>
    <message>
        <source>the average per day</source>
        <translation>la moyenne par jour</translation>
    </message>
    <message>
        <source>the latest figure</source>
        <translation>le dernier chiffre</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semaine du {day}</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>une journée</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>une semaine</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>un mois</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>un trimestre</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>une année</translation>
    </message>
    <message numerus="yes">
        <source>the last %n day(s)</source>
        <translation>
            <numerusform>%n jour écoulé</numerusform>
            <numerusform>les %n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>%n semaine écoulée</numerusform>
            <numerusform>les %n dernières semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n month(s)</source>
        <translation>
            <numerusform>%n mois écoulé</numerusform>
            <numerusform>les %n derniers mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n quarter(s)</source>
        <translation>
            <numerusform>%n trimestre écoulé</numerusform>
            <numerusform>les %n derniers trimestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n year(s)</source>
        <translation>
            <numerusform>%n année écoulée</numerusform>
            <numerusform>les %n dernières années</numerusform>
        </translation>
    </message>
    <message>
        <source>the total for the day</source>
        <translation>le total de la journée</translation>
    </message>
    <message>
        <source>the total for the week</source>
        <translation>le total de la semaine</translation>
    </message>
    <message>
        <source>the total for the month</source>
        <translation>le total du mois</translation>
    </message>
    <message>
        <source>the total for the quarter</source>
        <translation>le total du trimestre</translation>
    </message>
    <message>
        <source>the total for the year</source>
        <translation>le total de l&apos;année</translation>
    </message>
    <message>
        <source>the average per day over the week</source>
        <translation>la moyenne par jour sur la semaine</translation>
    </message>
    <message>
        <source>the average per day over the month</source>
        <translation>la moyenne par jour sur le mois</translation>
    </message>
    <message>
        <source>the average per day over the quarter</source>
        <translation>la moyenne par jour sur le trimestre</translation>
    </message>
    <message>
        <source>the average per day over the year</source>
        <translation>la moyenne par jour sur l&apos;année</translation>
    </message>
    <message>
        <source>Day&apos;s total</source>
        <translation>Total du jour</translation>
    </message>
    <message>
        <source>Week&apos;s total</source>
        <translation>Total de la semaine</translation>
    </message>
    <message>
        <source>Month&apos;s total</source>
        <translation>Total du mois</translation>
    </message>
    <message>
        <source>Quarter&apos;s total</source>
        <translation>Total du trimestre</translation>
    </message>
    <message>
        <source>Year&apos;s total</source>
        <translation>Total de l&apos;année</translation>
    </message>
    <message>
        <source>Day&apos;s daily average</source>
        <translation>Moyenne du jour</translation>
    </message>
    <message>
        <source>Week&apos;s daily average</source>
        <translation>Moyenne par jour (semaine)</translation>
    </message>
    <message>
        <source>Month&apos;s daily average</source>
        <translation>Moyenne par jour (mois)</translation>
    </message>
    <message>
        <source>Quarter&apos;s daily average</source>
        <translation>Moyenne par jour (trimestre)</translation>
    </message>
    <message>
        <source>Year&apos;s daily average</source>
        <translation>Moyenne par jour (année)</translation>
    </message>
    <message>
        <source>Day&apos;s figure</source>
        <translation>Chiffre du jour</translation>
    </message>
    <message>
        <source>Week&apos;s figure</source>
        <translation>Chiffre de la semaine</translation>
    </message>
    <message>
        <source>Month&apos;s figure</source>
        <translation>Chiffre du mois</translation>
    </message>
    <message>
        <source>Quarter&apos;s figure</source>
        <translation>Chiffre du trimestre</translation>
    </message>
    <message>
        <source>Year&apos;s figure</source>
        <translation>Chiffre de l&apos;année</translation>
    </message>
    <message>
        <source>What the target speaks of</source>
        <translation>Ce sur quoi porte la cible</translation>
    </message>
    <message>
        <source>Count it as</source>
        <translation>Compter comme</translation>
    </message>
    <message>
        <source>Judge health over the last</source>
        <translation>Juger l&apos;état sur les dernières périodes</translation>
    </message>
    <message>
        <source>Health looks back over this many complete periods; the usual is {count}.</source>
        <translation>L&apos;état porte sur ce nombre de périodes complètes&#xa0;; en général {count}.</translation>
    </message>
</context>
<context>
    <name>CurvePreview</name>
    <message>
        <source>Preview of the planned path</source>
        <translation>Aperçu de la trajectoire prévue</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>like {example}</source>
        <translation>comme {example}</translation>
    </message>
    <message>
        <source>Pick a date on the calendar</source>
        <translation>Choisir une date dans le calendrier</translation>
    </message>
    <message>
        <source>{field}: the date is outside the years {first} to {last}</source>
        <translation>{field}&#xa0;: la date est en dehors des années {first} à {last}</translation>
    </message>
    <message>
        <source>{field}: please type a date, like {example}</source>
        <translation>{field}&#xa0;: tapez une date, comme {example}</translation>
    </message>
</context>
<context>
    <name>DemoPlan</name>
    <message>
        <source>Maria Lopez</source>
        <comment>The owner and head baker, a woman. A local name is welcome: its first word is {owner} in other texts</comment>
        <translation>Marie Lefèvre</translation>
    </message>
    <message>
        <source>Sunrise Bakery</source>
        <comment>The sample bakery&apos;s name, also {business} in the vision</comment>
        <translation>Boulangerie du Point du Jour</translation>
    </message>
    <message>
        <source>Sam O&apos;Brien</source>
        <comment>The shop lead, a man. A local name is welcome: its first word is {shop_lead} in other texts</comment>
        <translation>Julien Moreau</translation>
    </message>
    <message>
        <source>Tomás Keane</source>
        <comment>The apprentice baker, a young man. A local name is welcome: its first word is {apprentice} in other texts</comment>
        <translation>Théo Marchand</translation>
    </message>
    <message>
        <source>Aoife Byrne</source>
        <comment>The weekend baker, a woman. A local name is welcome: its first word is {weekend_baker} in other texts</comment>
        <translation>Camille Roux</translation>
    </message>
    <message>
        <source>Declan Murphy</source>
        <comment>The delivery driver, a man (no longer with the bakery). A local name is welcome</comment>
        <translation>Franck Dubois</translation>
    </message>
    <message>
        <source>Harbour Cafe</source>
        <comment>A cafe&apos;s name, also {harbour_cafe} in other texts; a local one is welcome</comment>
        <translation>Café du Port</translation>
    </message>
    <message>
        <source>Mill Lane Cafe</source>
        <comment>Another cafe&apos;s name, also {mill_lane_cafe} in other texts; a local one is welcome</comment>
        <translation>Café du Moulin</translation>
    </message>
    <message>
        <source>Owner and head baker</source>
        <translation>Patronne et cheffe boulangère</translation>
    </message>
    <message>
        <source>Shop lead</source>
        <translation>Responsable de la boutique</translation>
    </message>
    <message>
        <source>Apprentice baker</source>
        <translation>Apprenti boulanger</translation>
    </message>
    <message>
        <source>Weekend baker</source>
        <translation>Boulangère du week-end</translation>
    </message>
    <message>
        <source>Delivery driver (left in the summer)</source>
        <translation>Livreur (parti cet été)</translation>
    </message>
    <message>
        <source>Mondays and Tuesdays are still baked like Fridays; the bank holiday week left a whole rack unsold.</source>
        <translation>Le lundi et le mardi, on cuit encore comme un vendredi&#xa0;; la semaine du pont de mai, il nous est resté une grille entière d&apos;invendus.</translation>
    </message>
    <message>
        <source>Butter went up twice since the summer.</source>
        <translation>Le beurre a augmenté deux fois depuis l&apos;été.</translation>
    </message>
    <message>
        <source>Reviews mention the weekday queue at 8 am.</source>
        <translation>Les avis parlent de la queue à 8 h en semaine.</translation>
    </message>
    <message>
        <source>Only {harbour_cafe} so far: the tasting visits have not happened yet.</source>
        <translation>Seulement le {harbour_cafe} pour l&apos;instant&#xa0;: les visites de dégustation n&apos;ont pas encore eu lieu.</translation>
    </message>
    <message>
        <source>Bake the afternoon batch to order from next month.</source>
        <translation>Cuire la fournée de l&apos;après-midi à la commande dès le mois prochain.</translation>
    </message>
    <message>
        <source>{owner} books the cafe visits this week.</source>
        <translation>{owner} prend rendez-vous avec les cafés cette semaine.</translation>
    </message>
    <message>
        <source>{apprentice} does two solo bakes a week.</source>
        <translation>{apprentice} fait deux fournées seul par semaine.</translation>
    </message>
    <message>
        <source>Revenue is ahead of plan thanks to Sunday opening. Waste is still too high on Mondays and Tuesdays. Only one cafe so far: the tasting visits have not happened yet.</source>
        <translation>Le chiffre d&apos;affaires est en avance sur le plan grâce à l&apos;ouverture du dimanche. Les invendus restent trop élevés le lundi et le mardi. Un seul café pour l&apos;instant&#xa0;: les visites de dégustation n&apos;ont pas encore eu lieu.</translation>
    </message>
    <message>
        <source>Bake good bread and sell more of it.</source>
        <translation>Faire du bon pain et en vendre plus.</translation>
    </message>
    <message>
        <source>We need to pay the bills and keep the shop open.</source>
        <translation>Il faut payer les factures et garder la boutique ouverte.</translation>
    </message>
    <message>
        <source>{business} bakes honest bread for our neighbours every morning. Next year more people start their day with us, in our shop and in the cafes nearby. We throw less bread away, and our team learns and stays.</source>
        <translation>Chaque matin, la {business} fait du bon pain pour les gens du quartier. L&apos;an prochain, plus de monde commence la journée avec nous, à la boutique et dans les cafés d&apos;à côté. Nous jetons moins de pain, et notre équipe apprend et reste.</translation>
    </message>
    <message>
        <source>A busy, friendly shop pays fair wages and lets us keep real sourdough at a fair price.</source>
        <translation>Une boutique animée et accueillante paie des salaires corrects et nous permet de garder un vrai pain au levain à un prix juste.</translation>
    </message>
    <message>
        <source>More sales in the shop and to cafes keep the bakery safe.</source>
        <translation>Plus de ventes à la boutique et aux cafés, c&apos;est une boulangerie qui tient.</translation>
    </message>
    <message>
        <source>Flour and butter prices keep rising.</source>
        <translation>Les prix de la farine et du beurre n&apos;arrêtent pas de monter.</translation>
    </message>
    <message>
        <source>Most new customers find us on Google Maps.</source>
        <translation>La plupart des nouveaux clients nous trouvent sur Google Maps.</translation>
    </message>
    <message>
        <source>Wholesale uses the oven in the quiet hours.</source>
        <translation>La vente aux pros fait tourner le four aux heures creuses.</translation>
    </message>
    <message>
        <source>Every unsold loaf is money and flour thrown away.</source>
        <translation>Chaque pain invendu, c&apos;est de l&apos;argent et de la farine jetés.</translation>
    </message>
    <message>
        <source>{owner} needs a day off, and {apprentice} wants to become a baker.</source>
        <translation>{owner} a besoin d&apos;un jour de repos, et {apprentice} veut devenir boulanger.</translation>
    </message>
    <message>
        <source>Anyone should be able to feed the starter.</source>
        <translation>Tout le monde doit savoir rafraîchir le levain.</translation>
    </message>
    <message numerus="yes">
        <source>Supply bread to %n local cafe(s) by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>
            <numerusform>Livrer du pain à %n café du coin d&apos;ici {month}</numerusform>
            <numerusform>Livrer du pain à %n cafés du coin d&apos;ici {month}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{apprentice} bakes %n sourdough batch(es) on his own by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>
            <numerusform>{apprentice} fait seul %n fournée au levain d&apos;ici {month}</numerusform>
            <numerusform>{apprentice} fait seul %n fournées au levain d&apos;ici {month}</numerusform>
        </translation>
    </message>
    <message>
        <source>Grow weekly revenue to {amount} by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Porter les ventes de la semaine à {amount} d&apos;ici {month}</translation>
    </message>
    <message>
        <source>Keep ingredient costs between {low} and {high} of sales until {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Garder le coût des matières premières entre {low} et {high} des ventes jusqu&apos;en {month}</translation>
    </message>
    <message>
        <source>Raise our Google review rating to {rating} by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Faire monter notre note Google à {rating} d&apos;ici {month}</translation>
    </message>
    <message>
        <source>Cut unsold bread to {share} of what we bake by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Ramener les invendus à {share} de ce que nous cuisons d&apos;ici {month}</translation>
    </message>
    <message>
        <source>Write down our sourdough routine by {day}</source>
        <comment>{day}: a date such as &apos;11 January 2027&apos;</comment>
        <translation>Mettre par écrit notre routine du levain d&apos;ici le {day}</translation>
    </message>
    <message>
        <source>stars</source>
        <comment>A unit, written after numbers: &apos;4.7 stars&apos;</comment>
        <translation>étoiles</translation>
    </message>
    <message>
        <source>cafes</source>
        <comment>A unit, written after numbers: &apos;2 cafes&apos;</comment>
        <translation>cafés</translation>
    </message>
    <message>
        <source>bakes</source>
        <comment>A unit, written after numbers: &apos;12 bakes&apos;</comment>
        <translation>fournées</translation>
    </message>
    <message>
        <source>Weekly revenue</source>
        <translation>Ventes de la semaine</translation>
    </message>
    <message>
        <source>Ingredient cost share of sales</source>
        <translation>Part des matières premières dans les ventes</translation>
    </message>
    <message>
        <source>Google review rating</source>
        <translation>Note des avis Google</translation>
    </message>
    <message>
        <source>Cafes supplied</source>
        <translation>Cafés livrés</translation>
    </message>
    <message>
        <source>Unsold bread</source>
        <translation>Pain invendu</translation>
    </message>
    <message>
        <source>Sourdough bakes done alone</source>
        <translation>Fournées au levain faites seul</translation>
    </message>
    <message>
        <source>First Sunday opening</source>
        <translation>Première ouverture le dimanche</translation>
    </message>
    <message>
        <source>Bank holiday week: fewer customers than we baked for</source>
        <translation>Semaine du pont&#xa0;: moins de clients que de pain cuit</translation>
    </message>
    <message>
        <source>{harbour_cafe}, five mornings a week</source>
        <translation>{harbour_cafe}, cinq matins par semaine</translation>
    </message>
    <message>
        <source>Add a savoury lunch range of three items</source>
        <translation>Lancer une offre salée de trois produits pour le midi</translation>
    </message>
    <message>
        <source>Open on Sunday mornings</source>
        <translation>Ouvrir le dimanche matin</translation>
    </message>
    <message>
        <source>Take Christmas pre-orders at the till</source>
        <translation>Prendre les commandes de Noël à la caisse</translation>
    </message>
    <message>
        <source>Compare flour prices from two mills</source>
        <translation>Comparer les prix de la farine de deux moulins</translation>
    </message>
    <message>
        <source>Put a &apos;Review us on Google&apos; card by the till</source>
        <translation>Poser une carte «&#xa0;Laissez-nous un avis sur Google&#xa0;» près de la caisse</translation>
    </message>
    <message>
        <source>Reply to every Google review within two days</source>
        <translation>Répondre à chaque avis Google sous deux jours</translation>
    </message>
    <message>
        <source>Write cafe prices and delivery terms</source>
        <translation>Écrire les tarifs et les conditions de livraison pour les cafés</translation>
    </message>
    <message>
        <source>Visit six cafes with a tasting box</source>
        <translation>Visiter six cafés avec une boîte de dégustation</translation>
    </message>
    <message>
        <source>Buy a second set of delivery crates</source>
        <translation>Acheter un deuxième jeu de caisses de livraison</translation>
    </message>
    <message>
        <source>Sign a supply agreement with {mill_lane_cafe}</source>
        <translation>Signer un accord de livraison avec le {mill_lane_cafe}</translation>
    </message>
    <message>
        <source>Count unsold loaves every evening</source>
        <translation>Compter les pains invendus chaque soir</translation>
    </message>
    <message>
        <source>Sell day-old bread at half price</source>
        <translation>Vendre le pain de la veille à moitié prix</translation>
    </message>
    <message>
        <source>Bake the afternoon batch to order</source>
        <translation>Cuire la fournée de l&apos;après-midi à la commande</translation>
    </message>
    <message>
        <source>{apprentice} shadows {owner} on sourdough mornings</source>
        <translation>{apprentice} suit {owner} les matins de levain</translation>
    </message>
    <message>
        <source>First solo bake with {owner} checking</source>
        <translation>Première fournée seul, sous l&apos;œil de {owner}</translation>
    </message>
    <message>
        <source>{apprentice} runs the weekend sourdough bakes</source>
        <translation>{apprentice} assure les fournées au levain du week-end</translation>
    </message>
    <message>
        <source>Photograph each stage of feeding the starter</source>
        <translation>Photographier chaque étape du rafraîchi du levain</translation>
    </message>
    <message>
        <source>Write the routine on one laminated page</source>
        <translation>Écrire la routine sur une seule page plastifiée</translation>
    </message>
    <message>
        <source>Millbrook Flour</source>
        <comment>A mill&apos;s name; a local one is welcome</comment>
        <translation>Moulin de la Vallée</translation>
    </message>
    <message>
        <source>The evening waste count takes five minutes. The sheet by the back door works.</source>
        <translation>Le comptage des invendus du soir prend cinq minutes. La feuille près de la porte de derrière, ça marche.</translation>
    </message>
    <message>
        <source>Keep it; {shop_lead} types the totals into the plan every Monday.</source>
        <translation>On la garde&#xa0;; {shop_lead} saisit les totaux dans le plan chaque lundi.</translation>
    </message>
    <message>
        <source>Sunday opening needs two people from 8 to 10.</source>
        <translation>L&apos;ouverture du dimanche demande deux personnes de 8 h à 10 h.</translation>
    </message>
    <message>
        <source>{weekend_baker} covers Sundays.</source>
        <translation>{weekend_baker} s&apos;occupe des dimanches.</translation>
    </message>
    <message numerus="yes">
        <source>Flour goes up {rise} next quarter. We can fix the price if you order for %n month(s).</source>
        <translation>
            <numerusform>La farine augmente de {rise} le trimestre prochain. Nous pouvons bloquer le prix si vous commandez pour %n mois.</numerusform>
            <numerusform>La farine augmente de {rise} le trimestre prochain. Nous pouvons bloquer le prix si vous commandez pour %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide at the quarterly review.</source>
        <translation>À décider au bilan trimestriel.</translation>
    </message>
    <message>
        <source>Dairy co-op</source>
        <translation>Coopérative laitière</translation>
    </message>
    <message>
        <source>We can deliver butter twice a week instead of once.</source>
        <translation>Nous pouvons livrer le beurre deux fois par semaine au lieu d&apos;une.</translation>
    </message>
    <message>
        <source>Once a week is enough for now.</source>
        <translation>Une fois par semaine suffit pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Could I learn the rye starter too?</source>
        <translation>Est-ce que je pourrais apprendre le levain de seigle aussi&#xa0;?</translation>
    </message>
    <message>
        <source>Yes, after the first solo bakes.</source>
        <translation>Oui, après les premières fournées en solo.</translation>
    </message>
    <message>
        <source>Google review</source>
        <comment>Where a customer&apos;s words came from</comment>
        <translation>Avis Google</translation>
    </message>
    <message>
        <source>The queue is too long at 8 am on weekdays.</source>
        <translation>La queue est trop longue à 8 h en semaine.</translation>
    </message>
    <message numerus="yes">
        <source>We would take %n loaf/loaves a day if you deliver before 7:30.</source>
        <translation>
            <numerusform>Nous prendrions %n pain par jour si vous livrez avant 7 h 30.</numerusform>
            <numerusform>Nous prendrions %n pains par jour si vous livrez avant 7 h 30.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mrs Walsh, regular customer</source>
        <comment>A customer&apos;s name and who she is; a local name is welcome</comment>
        <translation>Mme Perrin, cliente fidèle</translation>
    </message>
    <message>
        <source>Can you bake a seeded rye on Saturdays?</source>
        <translation>Vous pourriez faire un pain de seigle aux graines le samedi&#xa0;?</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>Goals are what the business wants to reach, each with someone who owns it, a date and a number that shows progress.</source>
        <translation>Les objectifs sont ce que l&apos;entreprise veut atteindre, chacun avec un responsable, une date et un chiffre qui montre l&apos;avancement.</translation>
    </message>
    <message>
        <source>Add your first goal…</source>
        <translation>Ajouter votre premier objectif…</translation>
    </message>
    <message>
        <source>Add a goal with a number…</source>
        <translation>Ajouter un objectif avec un chiffre…</translation>
    </message>
    <message>
        <source>Here you record the real figures, day by day or week by week, and see them against the plan. First add a goal with a number to measure.</source>
        <translation>Ici, vous saisissez les chiffres réels, jour après jour ou semaine après semaine, et les comparez au plan. Ajoutez d&apos;abord un objectif avec un chiffre à suivre.</translation>
    </message>
    <message>
        <source>The chart shows how a number moves against its plan, week after week. Add a goal with a number to measure, or with steps, to see one.</source>
        <translation>Le graphique montre comment un chiffre évolue par rapport à son plan, semaine après semaine. Ajoutez un objectif avec un chiffre à suivre, ou avec des étapes, pour en voir un.</translation>
    </message>
    <message>
        <source>Everyone who owns a goal or a step, yourself too, so every piece of work has a name on it.</source>
        <translation>Toutes les personnes responsables d&apos;un objectif ou d&apos;une étape, vous compris, pour que chaque tâche ait un nom.</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>What your team, customers and suppliers tell you: note it, answer it, and turn a good idea into a step.</source>
        <translation>Ce que vous disent votre équipe, vos clients et vos fournisseurs&#xa0;: notez-le, répondez-y, et faites d&apos;une bonne idée une étape.</translation>
    </message>
    <message>
        <source>Add feedback…</source>
        <translation>Ajouter un retour…</translation>
    </message>
    <message>
        <source>Look at the plan together at a regular rhythm, see what changed, and keep what you decided.</source>
        <translation>Regardez le plan ensemble à un rythme régulier, voyez ce qui a changé et gardez ce que vous avez décidé.</translation>
    </message>
    <message>
        <source>Hold your first review…</source>
        <translation>Faire votre premier bilan…</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something went wrong inside BakeryPlan, so what you just did may not have happened.

Your plan file is safe: every change is saved on its own, whole or not at all.</source>
        <translation>Un problème est survenu dans BakeryPlan&#xa0;: ce que vous venez de faire n&apos;a peut-être pas été pris en compte.

Votre fichier de plan ne risque rien&#xa0;: chaque modification est enregistrée à part, entièrement ou pas du tout.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}
Please send that file along if you report the problem.</source>
        <translation>Les détails sont dans le fichier journal&#xa0;:
{path}
Merci de joindre ce fichier si vous signalez le problème.</translation>
    </message>
    <message>
        <source>The details could not be written to the log file {path}.</source>
        <translation>Les détails n&apos;ont pas pu être écrits dans le fichier journal {path}.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation>Objectif lié</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No feedback yet. Use Add feedback to note what your team, customers and suppliers tell you, link it to a goal, and answer it at the next review.</source>
        <translation>Aucun retour pour l&apos;instant. Utilisez Ajouter un retour pour noter ce que vous disent votre équipe, vos clients et vos fournisseurs, le lier à un objectif et y répondre au prochain bilan.</translation>
    </message>
    <message>
        <source>&amp;Add feedback…</source>
        <translation>&amp;Ajouter un retour…</translation>
    </message>
    <message>
        <source>Ed&amp;it and respond…</source>
        <translation>&amp;Modifier et répondre…</translation>
    </message>
    <message>
        <source>&amp;Link to goal…</source>
        <translation>&amp;Lier à un objectif…</translation>
    </message>
    <message>
        <source>Make a s&amp;tep…</source>
        <translation>En faire une &amp;étape…</translation>
    </message>
    <message>
        <source>Add a step for this feedback and mark it adopted, in one go</source>
        <translation>Ajouter une étape pour ce retour et le marquer comme adopté, en une fois</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Status of the selected feedback</source>
        <translation>État du retour choisi</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Response: {response}</source>
        <translation>Réponse&#xa0;: {response}</translation>
    </message>
    <message>
        <source>Link to goal</source>
        <translation>Lier à un objectif</translation>
    </message>
    <message>
        <source>Which goal is this feedback about?</source>
        <translation>De quel objectif parle ce retour&#xa0;?</translation>
    </message>
    <message>
        <source>Make a step</source>
        <translation>En faire une étape</translation>
    </message>
    <message>
        <source>A step belongs to a goal. Add a goal on the Goals tab first.</source>
        <translation>Une étape appartient à un objectif. Ajoutez d&apos;abord un objectif dans l&apos;onglet Objectifs.</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Supprimer le retour</translation>
    </message>
    <message>
        <source>Delete this feedback? You can undo this.</source>
        <translation>Supprimer ce retour&#xa0;? Vous pourrez annuler.</translation>
    </message>
</context>
<context>
    <name>FirstGoal</name>
    <message>
        <source>Add your first goal</source>
        <translation>Ajouter votre premier objectif</translation>
    </message>
    <message>
        <source>Your plan is ready. The next step is a first goal: something the business wants to reach, who owns it, by when, and a number that shows progress.

The goal wizard asks for each in turn; it takes a few minutes.</source>
        <translation>Votre plan est prêt. L&apos;étape suivante est un premier objectif&#xa0;: ce que l&apos;entreprise veut atteindre, qui en est responsable, pour quand, et un chiffre qui montre l&apos;avancement.

L&apos;assistant d&apos;objectif vous demande chaque chose à tour de rôle&#xa0;; cela prend quelques minutes.</translation>
    </message>
    <message>
        <source>Add your first goal…</source>
        <translation>Ajouter votre premier objectif…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>{field}: the number is outside the range {low} to {high}</source>
        <translation>{field}&#xa0;: le nombre n&apos;est pas entre {low} et {high}</translation>
    </message>
    <message>
        <source>{field}: please type a number, like 12 or 3.5</source>
        <translation>{field}&#xa0;: tapez un nombre, comme 12 ou 3,5</translation>
    </message>
    <message>
        <source>{field} is needed.</source>
        <translation>{field} est obligatoire.</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <source>The goal</source>
        <translation>L&apos;objectif</translation>
    </message>
    <message>
        <source>Say what you want to achieve, who leads it and by when.</source>
        <translation>Dites ce que vous voulez atteindre, qui s&apos;en occupe et pour quand.</translation>
    </message>
    <message>
        <source>e.g. Sell 400 sourdough loaves a week by June</source>
        <translation>par ex. Vendre 400 pains au levain par semaine d&apos;ici juin</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Why this goal matters (optional)</source>
        <translation>Pourquoi cet objectif compte (facultatif)</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Who leads it:</source>
        <translation>Qui s&apos;en occupe&#xa0;:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>How you will know</source>
        <translation>Comment vous le saurez</translation>
    </message>
    <message>
        <source>A number to watch makes progress visible. You can skip this.</source>
        <translation>Un chiffre à suivre rend l&apos;avancement visible. Vous pouvez passer cette étape.</translation>
    </message>
    <message>
        <source>Measure this goal with a number</source>
        <translation>Mesurer cet objectif avec un chiffre</translation>
    </message>
    <message>
        <source>&amp;Add this measure to the goal</source>
        <translation>&amp;Ajouter cet indicateur à l&apos;objectif</translation>
    </message>
    <message>
        <source>Plan from last &amp;year…</source>
        <translation>Plan tiré de l&apos;an &amp;dernier…</translation>
    </message>
    <message>
        <source>Draw a seasonal plan from a year of another measure&apos;s entries</source>
        <translation>Tirer un plan saisonnier d&apos;une année de saisies d&apos;un autre indicateur</translation>
    </message>
    <message>
        <source>Is the goal clear?</source>
        <translation>L&apos;objectif est-il clair&#xa0;?</translation>
    </message>
    <message>
        <source>The measure&apos;s target date, {when}, is after the goal is due ({due}).</source>
        <translation>La date cible de l&apos;indicateur, {when}, tombe après l&apos;échéance de l&apos;objectif ({due}).</translation>
    </message>
    <message>
        <source>No measure will be added: tick the box to add “{name}”.</source>
        <translation>Aucun indicateur ne sera ajouté&#xa0;: cochez la case pour ajouter «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>No measure will be added. Type a name to add one, or go on: progress is then followed by the steps.</source>
        <translation>Aucun indicateur ne sera ajouté. Tapez un nom pour en ajouter un, ou continuez&#xa0;: l&apos;avancement sera alors suivi par les étapes.</translation>
    </message>
    <message>
        <source>Type a name for the measure, or untick the box to skip it.</source>
        <translation>Tapez un nom pour l&apos;indicateur, ou décochez la case pour vous en passer.</translation>
    </message>
    <message>
        <source>“{name}” will be added to the goal.</source>
        <translation>«&#xa0;{name}&#xa0;» sera ajouté à l&apos;objectif.</translation>
    </message>
    <message>
        <source> A number to reach</source>
        <translation> Un chiffre à atteindre</translation>
    </message>
    <message>
        <source> No number yet: how much?</source>
        <translation> Pas encore de chiffre&#xa0;: combien&#xa0;?</translation>
    </message>
    <message>
        <source> A date</source>
        <translation> Une date</translation>
    </message>
    <message>
        <source> No date yet: by when?</source>
        <translation> Pas encore de date&#xa0;: pour quand&#xa0;?</translation>
    </message>
    <message>
        <source> An owner</source>
        <translation> Un responsable</translation>
    </message>
    <message>
        <source> Nobody leads it yet: who?</source>
        <translation> Personne ne s&apos;en occupe encore&#xa0;: qui&#xa0;?</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Check the goal. Finish adds it to the plan; Undo takes it out.</source>
        <translation>Vérifiez l&apos;objectif. Terminer l&apos;ajoute au plan&#xa0;; Édition &gt; Annuler le retire.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message>
        <source>Goal: {title}</source>
        <translation>Objectif&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Area: {name}</source>
        <translation>Domaine&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Led by: {name}</source>
        <translation>Responsable&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Due: {due}</source>
        <translation>Échéance&#xa0;: {due}</translation>
    </message>
    <message>
        <source>Measure: {name}, from {start} to {target} by {when}</source>
        <translation>Indicateur&#xa0;: {name}, de {start} à {target} d&apos;ici le {when}</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n step(s) is/are due after the goal.</source>
        <translation>
            <numerusform>Attention&#xa0;: %n étape a une échéance après celle de l&apos;objectif.</numerusform>
            <numerusform>Attention&#xa0;: %n étapes ont une échéance après celle de l&apos;objectif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a day, counted as {counting}; health judges the last %n day(s).</source>
        <translation>
            <numerusform>  La cible porte sur une journée&#xa0;: on compte {counting}&#xa0;; l&apos;état se juge sur %n jour écoulé.</numerusform>
            <numerusform>  La cible porte sur une journée&#xa0;: on compte {counting}&#xa0;; l&apos;état se juge sur les %n derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a week, counted as {counting}; health judges the last %n week(s).</source>
        <translation>
            <numerusform>  La cible porte sur une semaine&#xa0;: on compte {counting}&#xa0;; l&apos;état se juge sur %n semaine écoulée.</numerusform>
            <numerusform>  La cible porte sur une semaine&#xa0;: on compte {counting}&#xa0;; l&apos;état se juge sur les %n dernières semaines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a month, counted as {counting}; health judges the last %n month(s).</source>
        <translation>
            <numerusform>  La cible porte sur un mois&#xa0;: on compte {counting}&#xa0;; l&apos;état se juge sur %n mois écoulé.</numerusform>
            <numerusform>  La cible porte sur un mois&#xa0;: on compte {counting}&#xa0;; l&apos;état se juge sur les %n derniers mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a quarter, counted as {counting}; health judges the last %n quarter(s).</source>
        <translation>
            <numerusform>  La cible porte sur un trimestre&#xa0;: on compte {counting}&#xa0;; l&apos;état se juge sur %n trimestre écoulé.</numerusform>
            <numerusform>  La cible porte sur un trimestre&#xa0;: on compte {counting}&#xa0;; l&apos;état se juge sur les %n derniers trimestres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a year, counted as {counting}; health judges the last %n year(s).</source>
        <translation>
            <numerusform>  La cible porte sur une année&#xa0;: on compte {counting}&#xa0;; l&apos;état se juge sur %n année écoulée.</numerusform>
            <numerusform>  La cible porte sur une année&#xa0;: on compte {counting}&#xa0;; l&apos;état se juge sur les %n dernières années.</numerusform>
        </translation>
    </message>
    <message>
        <source>No measure: progress is followed by the steps.</source>
        <translation>Aucun indicateur&#xa0;: l&apos;avancement est suivi par les étapes.</translation>
    </message>
    <message>
        <source>Steps ({count}):</source>
        <translation>Étapes ({count})&#xa0;:</translation>
    </message>
    <message>
        <source>  • {title}: {owner}, by {due}</source>
        <translation>  • {title}&#xa0;: {owner}, pour le {due}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>New people: {names}</source>
        <translation>Nouvelles personnes&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Attention&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>This plan is open read-only, so goals cannot be added here.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;: aucun objectif ne peut y être ajouté.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Break the goal into small steps. Each needs someone and a date.</source>
        <translation>Découpez l&apos;objectif en petites étapes. Chacune a besoin de quelqu&apos;un et d&apos;une date.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>Add a &amp;step</source>
        <translation>Ajouter une &amp;étape</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Retirer l&apos;étape</translation>
    </message>
    <message>
        <source>Someone ne&amp;w to help? Add them here:</source>
        <translation>Quelqu&apos;un de &amp;nouveau pour aider&#xa0;? Ajoutez-le ici&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Test three sourdough recipes</source>
        <translation>par ex. Tester trois recettes de pain au levain</translation>
    </message>
    <message>
        <source>&quot;{step}&quot;</source>
        <translation>«&#xa0;{step}&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;{step}&quot; is due after the goal ({goal_due}).</source>
        <translation>«&#xa0;{step}&#xa0;» est prévue après l&apos;échéance de l&apos;objectif ({goal_due}).</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>No goal yet</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} sur %n étape faite</numerusform>
            <numerusform>{done} sur %n étapes faites</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Measure: {name}</source>
        <translation>Indicateur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>keep {low} to {high}</source>
        <translation>entre {low} et {high}</translation>
    </message>
    <message>
        <source>keep at least {low}</source>
        <translation>au moins {low}</translation>
    </message>
    <message>
        <source>keep at most {high}</source>
        <translation>au plus {high}</translation>
    </message>
    <message>
        <source>planned {planned}</source>
        <translation>prévu {planned}</translation>
    </message>
    <message>
        <source>aim {target}</source>
        <translation>cible {target}</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>sur {target}</translation>
    </message>
    <message>
        <source>nothing recorded, {aim}</source>
        <translation>rien de saisi, {aim}</translation>
    </message>
    <message>
        <source>✓ Done {day}</source>
        <translation>✓ Fait le {day}</translation>
    </message>
    <message>
        <source>! Overdue</source>
        <translation>! En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Goals, measures and steps</source>
        <extracomment>What the tree shows: a change of anything else leaves it alone.</extracomment>
        <translation>Objectifs, indicateurs et étapes</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Ajouter un &amp;objectif…</translation>
    </message>
    <message>
        <source>&amp;Quick goal…</source>
        <translation>Objectif &amp;rapide…</translation>
    </message>
    <message>
        <source>Add a goal in one plain form</source>
        <translation>Ajouter un objectif en un seul formulaire simple</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>Ajouter un &amp;indicateur…</translation>
    </message>
    <message>
        <source>Add s&amp;tep…</source>
        <translation>Ajouter une é&amp;tape…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mo&amp;nter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Marquer &amp;fait</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Mark not d&amp;one</source>
        <translation>Marquer non &amp;fait</translation>
    </message>
    <message>
        <source>{measures}, {actuals}, {steps}</source>
        <translation>{measures}, {actuals}, {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s)</source>
        <translation>
            <numerusform>%n chiffre réel</numerusform>
            <numerusform>%n chiffres réels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the goal “{title}” with its measures, recorded actuals and steps ({counts})? You can undo this.</source>
        <translation>Supprimer l&apos;objectif «&#xa0;{title}&#xa0;» avec ses indicateurs, ses chiffres réels et ses étapes ({counts})&#xa0;? Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Delete the measure “{name}” and all its recorded actuals ({count})? You can undo this.</source>
        <translation>Supprimer l&apos;indicateur «&#xa0;{name}&#xa0;» et tous ses chiffres saisis ({count})&#xa0;? Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <source>Delete the step “{title}”? You can undo this.</source>
        <translation>Supprimer l&apos;étape «&#xa0;{title}&#xa0;»&#xa0;? Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>How BakeryPlan works</source>
        <translation>Comment marche BakeryPlan</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message numerus="yes">
        <source>The weekly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>Le bilan hebdomadaire était prévu le {day}&#xa0;: %n jour de retard.</numerusform>
            <numerusform>Le bilan hebdomadaire était prévu le {day}&#xa0;: %n jours de retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>Le bilan mensuel était prévu le {day}&#xa0;: %n jour de retard.</numerusform>
            <numerusform>Le bilan mensuel était prévu le {day}&#xa0;: %n jours de retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>Le bilan trimestriel était prévu le {day}&#xa0;: %n jour de retard.</numerusform>
            <numerusform>Le bilan trimestriel était prévu le {day}&#xa0;: %n jours de retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>Le bilan était prévu le {day}&#xa0;: %n jour de retard.</numerusform>
            <numerusform>Le bilan était prévu le {day}&#xa0;: %n jours de retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The weekly review is due today, {day}.</source>
        <translation>Le bilan hebdomadaire est prévu aujourd&apos;hui, le {day}.</translation>
    </message>
    <message>
        <source>The monthly review is due today, {day}.</source>
        <translation>Le bilan mensuel est prévu aujourd&apos;hui, le {day}.</translation>
    </message>
    <message>
        <source>The quarterly review is due today, {day}.</source>
        <translation>Le bilan trimestriel est prévu aujourd&apos;hui, le {day}.</translation>
    </message>
    <message>
        <source>The review is due today, {day}.</source>
        <translation>Le bilan est prévu aujourd&apos;hui, le {day}.</translation>
    </message>
    <message numerus="yes">
        <source>The weekly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>Le bilan hebdomadaire est prévu le {day}, dans %n jour.</numerusform>
            <numerusform>Le bilan hebdomadaire est prévu le {day}, dans %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>Le bilan mensuel est prévu le {day}, dans %n jour.</numerusform>
            <numerusform>Le bilan mensuel est prévu le {day}, dans %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>Le bilan trimestriel est prévu le {day}, dans %n jour.</numerusform>
            <numerusform>Le bilan trimestriel est prévu le {day}, dans %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>Le bilan est prévu le {day}, dans %n jour.</numerusform>
            <numerusform>Le bilan est prévu le {day}, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every week.</source>
        <translation>Aucun bilan pour l&apos;instant&#xa0;; l&apos;idée est de faire le point ensemble chaque semaine.</translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every month.</source>
        <translation>Aucun bilan pour l&apos;instant&#xa0;; l&apos;idée est de faire le point ensemble chaque mois.</translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every quarter.</source>
        <translation>Aucun bilan pour l&apos;instant&#xa0;; l&apos;idée est de faire le point ensemble chaque trimestre.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>&amp;Record today&apos;s figures</source>
        <translation>&amp;Saisir les chiffres du jour</translation>
    </message>
    <message>
        <source>Print huddle &amp;sheet…</source>
        <translation>Imprimer la &amp;fiche du point d&apos;équipe…</translation>
    </message>
    <message>
        <source>I&amp;mport actuals…</source>
        <translation>I&amp;mporter le réalisé…</translation>
    </message>
    <message>
        <source>Numbers behind plan</source>
        <translation>Chiffres en retard sur le plan</translation>
    </message>
    <message>
        <source>Every number is on track or has not started yet.</source>
        <translation>Tous les chiffres sont en bonne voie ou n&apos;ont pas encore commencé.</translation>
    </message>
    <message>
        <source>Steps due this week or late</source>
        <translation>Étapes à faire cette semaine ou en retard</translation>
    </message>
    <message>
        <source>No step is due this week and none is late.</source>
        <translation>Aucune étape n&apos;est prévue cette semaine et aucune n&apos;est en retard.</translation>
    </message>
    <message>
        <source>Feedback waiting for an answer</source>
        <translation>Retours en attente de réponse</translation>
    </message>
    <message>
        <source>All feedback has an answer.</source>
        <translation>Tous les retours ont une réponse.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochain bilan</translation>
    </message>
    <message>
        <source>Latest entries</source>
        <translation>Dernières saisies</translation>
    </message>
    <message>
        <source>No figures recorded yet. Record today&apos;s figures to see progress.</source>
        <translation>Aucun chiffre saisi pour l&apos;instant. Saisissez les chiffres du jour pour voir l&apos;avancement.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Nothing to fix: every goal has an owner, a date and a way to measure it.</source>
        <translation>Rien à corriger&#xa0;: chaque objectif a un responsable, une date et un moyen d&apos;être mesuré.</translation>
    </message>
    <message>
        <source>{today} · week of {week}</source>
        <translation>{today} · semaine du {week}</translation>
    </message>
    <message>
        <source>{label}: {actual} against {planned} planned ({difference})</source>
        <translation>{label}&#xa0;: {actual} pour {planned} prévu ({difference})</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late (due {day})</source>
        <translation>
            <numerusform>%n jour de retard (pour le {day})</numerusform>
            <numerusform>%n jours de retard (pour le {day})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who}, {day} · waiting %n day(s)</source>
        <translation>
            <numerusform>{who}, {day} · en attente depuis %n jour</numerusform>
            <numerusform>{who}, {day} · en attente depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>à faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>pour le {day}</translation>
    </message>
    <message>
        <source>nobody owns it yet</source>
        <translation>sans responsable pour l&apos;instant</translation>
    </message>
    <message>
        <source>for “{goal}”</source>
        <translation>pour «&#xa0;{goal}&#xa0;»</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(pas de texte)</translation>
    </message>
    <message>
        <source>No regular review is set. Looking at the plan together, every month say, keeps it alive.</source>
        <translation>Aucun bilan régulier n&apos;est prévu. Regarder le plan ensemble, chaque mois par exemple, le garde vivant.</translation>
    </message>
    <message>
        <source>Last review: {day}</source>
        <translation>Dernier bilan&#xa0;: {day}</translation>
    </message>
    <message>
        <source>Hold a re&amp;view…</source>
        <translation>Faire un &amp;bilan…</translation>
    </message>
    <message>
        <source>Hold a review</source>
        <translation>Faire un bilan</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>À regarder</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show: {finding}</source>
        <translation>Afficher&#xa0;: {finding}</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Fait&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Mark done: {title}</source>
        <translation>Marquer comme fait&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Day first (31/01/2024)</source>
        <translation>&amp;Jour d&apos;abord (31/01/2024)</translation>
    </message>
    <message>
        <source>&amp;Month first (01/31/2024)</source>
        <translation>&amp;Mois d&apos;abord (01/31/2024)</translation>
    </message>
    <message>
        <source>&amp;Year first (2024/01/31)</source>
        <translation>&amp;Année d&apos;abord (2024/01/31)</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La date</translation>
    </message>
    <message>
        <source>Say which column holds the day, and how it is written.</source>
        <translation>Indiquez quelle colonne contient le jour, et comment il est écrit.</translation>
    </message>
    <message>
        <source>Order of day, month and year</source>
        <translation>Ordre du jour, du mois et de l&apos;année</translation>
    </message>
    <message>
        <source>Date &amp;column:</source>
        <translation>&amp;Colonne de la date&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Choisissez la colonne qui contient la date.</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
    <message>
        <source>In this file:</source>
        <translation>Dans ce fichier&#xa0;:</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>Choose the export from your till, card terminal, bank, web shop or accounts.</source>
        <translation>Choisissez l&apos;export de votre caisse, de votre terminal de paiement, de votre banque, de votre boutique en ligne ou de votre comptabilité.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The CSV or text file to import</source>
        <translation>Le fichier CSV ou texte à importer</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Tel que détecté</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>pas d&apos;en-tête</translation>
    </message>
    <message>
        <source>line </source>
        <translation>ligne </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>En-&amp;tête&#xa0;:</translation>
    </message>
    <message>
        <source>The first rows as read</source>
        <translation>Les premières lignes telles que lues</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Importer le réalisé</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message numerus="yes">
        <source>Read as {encoding}; separator: {delimiter}; header: {header}; %n row(s).</source>
        <translation>
            <numerusform>Lu en {encoding}&#xa0;; séparateur&#xa0;: {delimiter}&#xa0;; en-tête&#xa0;: {header}&#xa0;; %n ligne.</numerusform>
            <numerusform>Lu en {encoding}&#xa0;; séparateur&#xa0;: {delimiter}&#xa0;; en-tête&#xa0;: {header}&#xa0;; %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Above the table (%n line(s), not imported):
{lines}</source>
        <translation>
            <numerusform>Au-dessus du tableau (%n ligne, non importée)&#xa0;:
{lines}</numerusform>
            <numerusform>Au-dessus du tableau (%n lignes, non importées)&#xa0;:
{lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>Read it with the recipe &quot;{name}&quot; (this file&apos;s header matches)</source>
        <translation>Lire avec le modèle d&apos;import «&#xa0;{name}&#xa0;» (l&apos;en-tête de ce fichier correspond)</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Le résultat</translation>
    </message>
    <message>
        <source>Check the figures. Finish adds them to the plan; Undo takes them out.</source>
        <translation>Vérifiez les chiffres. Terminer les ajoute au plan&#xa0;; Édition &gt; Annuler les retire.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Ignorée car</translation>
    </message>
    <message>
        <source>&amp;Save as a recipe named</source>
        <translation>&amp;Enregistrer comme modèle d&apos;import nommé</translation>
    </message>
    <message>
        <source>Recipe name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>e.g. &quot;Till, daily sales&quot; or &quot;Bank account&quot;</source>
        <translation>par ex. «&#xa0;Caisse, ventes du jour&#xa0;» ou «&#xa0;Compte bancaire&#xa0;»</translation>
    </message>
    <message>
        <source>No day&apos;s figure could be read with these settings.</source>
        <translation>Aucun chiffre du jour n&apos;a pu être lu avec ces réglages.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>La valeur</translation>
    </message>
    <message>
        <source>Say which measure gets the figures and what makes a day&apos;s value.</source>
        <translation>Indiquez quel indicateur reçoit les chiffres et ce qui fait la valeur d&apos;un jour.</translation>
    </message>
    <message>
        <source>The &amp;amounts in</source>
        <translation>Les &amp;montants de</translation>
    </message>
    <message>
        <source>The number of &amp;rows</source>
        <translation>Le nombre de &amp;lignes</translation>
    </message>
    <message>
        <source>The number of different &amp;values in</source>
        <translation>Le nombre de &amp;valeurs différentes dans</translation>
    </message>
    <message>
        <source>A day&apos;s value is</source>
        <translation>La valeur d&apos;un jour est</translation>
    </message>
    <message>
        <source>All amounts</source>
        <translation>Tous les montants</translation>
    </message>
    <message>
        <source>Only income (amounts above zero)</source>
        <translation>Seulement les entrées d&apos;argent (montants au-dessus de zéro)</translation>
    </message>
    <message>
        <source>Only expenses (amounts below zero, counted as positive)</source>
        <translation>Seulement les sorties d&apos;argent (montants en dessous de zéro, comptés en positif)</translation>
    </message>
    <message>
        <source>Decimal point: 1,234.56</source>
        <translation>Point décimal&#xa0;: 1,234.56</translation>
    </message>
    <message>
        <source>Decimal comma: 1.234,56</source>
        <translation>Virgule décimale&#xa0;: 1.234,56</translation>
    </message>
    <message>
        <source>Only rows with these values</source>
        <translation>Seulement les lignes avec ces valeurs</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Which amounts:</source>
        <translation>&amp;Quels montants&#xa0;:</translation>
    </message>
    <message>
        <source>Amounts are &amp;written with:</source>
        <translation>Les montants sont é&amp;crits avec&#xa0;:</translation>
    </message>
    <message>
        <source>Only rows where:</source>
        <translation>Seulement les lignes où&#xa0;:</translation>
    </message>
    <message>
        <source>is one of:</source>
        <translation>est parmi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note from:</source>
        <translation>&amp;Note tirée de&#xa0;:</translation>
    </message>
    <message>
        <source>(all rows)</source>
        <translation>(toutes les lignes)</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(pas de note)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was written.</source>
        <translation>Lecture annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Lines skipped: {skipped} (reasons on the right). Rows left out by filters: {filtered}.</source>
        <translation>Lignes ignorées&#xa0;: {skipped} (raisons à droite). Lignes écartées par les filtres&#xa0;: {filtered}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), total {total}, into “{measure}”.</source>
        <translation>
            <numerusform>%n jour, total {total}, dans «&#xa0;{measure}&#xa0;».</numerusform>
            <numerusform>%n jours, total {total}, dans «&#xa0;{measure}&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read from %n row(s) of the file.</source>
        <translation>
            <numerusform>Lu sur %n ligne du fichier.</numerusform>
            <numerusform>Lu sur %n lignes du fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these days was/were imported before from “{source}”: Finish asks whether to replace it/them or skip it/them.</source>
        <translation>
            <numerusform>%n de ces jours a déjà été importé depuis «&#xa0;{source}&#xa0;»&#xa0;: «&#xa0;Terminer&#xa0;» vous demandera s&apos;il faut le remplacer ou le laisser de côté.</numerusform>
            <numerusform>%n de ces jours ont déjà été importés depuis «&#xa0;{source}&#xa0;»&#xa0;: «&#xa0;Terminer&#xa0;» vous demandera s&apos;il faut les remplacer ou les laisser de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these days ({first} to {last}) was/were imported before from “{source}”. Replace the entries of those days with the file&apos;s figures, or skip those days and add only the new ones?</source>
        <translation>
            <numerusform>%n de ces jours ({first} au {last}) a déjà été importé depuis «&#xa0;{source}&#xa0;». Remplacer ses saisies par les chiffres du fichier, ou laisser ce jour de côté et n&apos;ajouter que les nouveaux&#xa0;?</numerusform>
            <numerusform>%n de ces jours ({first} au {last}) ont déjà été importés depuis «&#xa0;{source}&#xa0;». Remplacer leurs saisies par les chiffres du fichier, ou laisser ces jours de côté et n&apos;ajouter que les nouveaux&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day in this file is already imported.</source>
        <translation>Tous les jours de ce fichier sont déjà importés.</translation>
    </message>
    <message>
        <source>This plan has no measures yet. Add a measure to a goal first.</source>
        <translation>Ce plan n&apos;a pas encore d&apos;indicateur. Ajoutez d&apos;abord un indicateur à un objectif.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so nothing can be imported into it.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;: rien ne peut y être importé.</translation>
    </message>
</context>
<context>
    <name>LazyPanels</name>
    <message>
        <source>This tab could not be shown.</source>
        <translation>Cet onglet n&apos;a pas pu être affiché.</translation>
    </message>
    <message>
        <source>This tab could not be shown. The details are in the log file:
{path}</source>
        <translation>Cet onglet n&apos;a pas pu être affiché. Les détails sont dans le fichier journal&#xa0;:
{path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (lecture seule)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Ctrl+{number}</source>
        <translation>Ctrl+{number}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Pas de modification</translation>
    </message>
    <message>
        <source>No backup of &quot;{name}&quot; could be made: {reason}.

The plan itself is fine and every change is still saved to it, but until a backup can be made a mistake cannot be undone from a backup. Continue without a backup, or close the plan (and free some space or fix the folder first)?</source>
        <translation>Impossible de faire une sauvegarde de «&#xa0;{name}&#xa0;»&#xa0;: {reason}.

Le plan lui-même va bien et chaque modification y est toujours enregistrée, mais tant qu&apos;aucune sauvegarde n&apos;est possible, une erreur ne pourra pas être réparée à partir d&apos;une sauvegarde. Continuer sans sauvegarde, ou fermer le plan (et libérer de la place ou réparer le dossier d&apos;abord)&#xa0;?</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>Pas de sauvegarde</translation>
    </message>
    <message>
        <source>Continue without a backup</source>
        <translation>Continuer sans sauvegarde</translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation>Fermer le plan</translation>
    </message>
    <message>
        <source>This plan is open read-only: you can look, print and export, but not change it.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;: vous pouvez le consulter, l&apos;imprimer et l&apos;exporter, mais pas le modifier.</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation>Valeur prévue</translation>
    </message>
    <message>
        <source>Points of the planned path</source>
        <translation>Points de la trajectoire prévue</translation>
    </message>
    <message>
        <source>Steady (a straight line)</source>
        <translation>Régulière (une ligne droite)</translation>
    </message>
    <message>
        <source>In steps (e.g. each quarter)</source>
        <translation>Par paliers (par ex. chaque trimestre)</translation>
    </message>
    <message>
        <source>Seasonal (my own points)</source>
        <translation>Saisonnière (mes propres points)</translation>
    </message>
    <message>
        <source>Planned path</source>
        <translation>Trajectoire prévue</translation>
    </message>
    <message>
        <source>Fill in &amp;quarterly steps</source>
        <translation>Remplir des paliers &amp;trimestriels</translation>
    </message>
    <message>
        <source>Add a &amp;point</source>
        <translation>Ajouter un &amp;point</translation>
    </message>
    <message>
        <source>&amp;Remove point</source>
        <translation>&amp;Retirer le point</translation>
    </message>
    <message>
        <source>e.g. Loaves sold per week</source>
        <translation>par ex. Pains vendus par semaine</translation>
    </message>
    <message>
        <source>e.g. loaves, €, %</source>
        <translation>par ex. pains, €, %</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus c&apos;est haut, mieux c&apos;est</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus c&apos;est bas, mieux c&apos;est</translation>
    </message>
    <message>
        <source>Keep within a range</source>
        <translation>Rester dans une fourchette</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>What you count:</source>
        <translation>Ce que vous comptez&#xa0;:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens&#xa0;:</translation>
    </message>
    <message>
        <source>From (now) / to (target):</source>
        <translation>De (maintenant) / à (cible)&#xa0;:</translation>
    </message>
    <message>
        <source>Keep between:</source>
        <translation>Rester entre&#xa0;:</translation>
    </message>
    <message>
        <source>Start / target date:</source>
        <translation>Date de début / cible&#xa0;:</translation>
    </message>
    <message>
        <source>The target speaks of:</source>
        <translation>La cible porte sur&#xa0;:</translation>
    </message>
    <message>
        <source>Count it as:</source>
        <translation>Compter comme&#xa0;:</translation>
    </message>
    <message>
        <source>Judge health over:</source>
        <translation>Juger l&apos;état sur&#xa0;:</translation>
    </message>
    <message>
        <source>Planned path:</source>
        <translation>Trajectoire prévue&#xa0;:</translation>
    </message>
    <message>
        <source>{field} is needed.</source>
        <translation>{field} est obligatoire.</translation>
    </message>
</context>
<context>
    <name>MeasureRules</name>
    <message>
        <source>“Higher is better”, but the target is below the starting value: raise the target, or choose “Lower is better”.</source>
        <translation>«&#xa0;Plus c&apos;est haut, mieux c&apos;est&#xa0;», mais la cible est sous la valeur de départ&#xa0;: montez la cible, ou choisissez «&#xa0;Plus c&apos;est bas, mieux c&apos;est&#xa0;».</translation>
    </message>
    <message>
        <source>“Lower is better”, but the target is above the starting value: lower the target, or choose “Higher is better”.</source>
        <translation>«&#xa0;Plus c&apos;est bas, mieux c&apos;est&#xa0;», mais la cible est au-dessus de la valeur de départ&#xa0;: baissez la cible, ou choisissez «&#xa0;Plus c&apos;est haut, mieux c&apos;est&#xa0;».</translation>
    </message>
    <message>
        <source>Keeping within a band needs at least one limit: give the lowest or the highest value to keep to.</source>
        <translation>Pour rester dans une fourchette, il faut au moins une borne&#xa0;: indiquez la valeur la plus basse ou la plus haute à respecter.</translation>
    </message>
    <message>
        <source>The band&apos;s low limit must be below its high limit.</source>
        <translation>La borne basse de la fourchette doit être sous la borne haute.</translation>
    </message>
    <message>
        <source>The target date is before the start date: move one of them.</source>
        <translation>La date de la cible est avant la date de départ&#xa0;: changez l&apos;une des deux.</translation>
    </message>
    <message>
        <source>A point of the planned path is after the target date: move it to the target date or earlier, or move the target date.</source>
        <translation>Un point de la trajectoire prévue tombe après la date de la cible&#xa0;: avancez-le à cette date ou avant, ou repoussez la date de la cible.</translation>
    </message>
</context>
<context>
    <name>MenuTasks</name>
    <message>
        <source>No chart to export</source>
        <translation>Aucun graphique à exporter</translation>
    </message>
    <message>
        <source>This plan has no measures yet, so there is no chart to export. Add a measure to a goal on the Goals tab first.</source>
        <translation>Ce plan n&apos;a pas encore d&apos;indicateur, il n&apos;y a donc pas de graphique à exporter. Ajoutez d&apos;abord un indicateur à un objectif dans l&apos;onglet Objectifs.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Which measure&apos;s chart do you want to export?</source>
        <translation>Le graphique de quel indicateur voulez-vous exporter&#xa0;?</translation>
    </message>
    <message>
        <source>About BakeryPlan</source>
        <translation>À propos de BakeryPlan</translation>
    </message>
    <message>
        <source>BakeryPlan {version}

Plan your business on one page: a vision, goals with measures, owners and dates, and what really happened.

Your plan stays on this computer. BakeryPlan never connects to the internet.</source>
        <translation>BakeryPlan {version}

Votre entreprise planifiée sur une page&#xa0;: une vision, des objectifs avec des indicateurs, des responsables et des dates, et ce qui s&apos;est vraiment passé.

Votre plan reste sur cet ordinateur. BakeryPlan ne se connecte jamais à Internet.</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>The name appears on every page you print.</source>
        <translation>Le nom apparaît sur chaque page imprimée.</translation>
    </message>
    <message>
        <source>e.g. Sunrise Bakery</source>
        <translation>par ex. Boulangerie du Levant</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Business na&amp;me:</source>
        <translation>No&amp;m de l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Votre équipe</translation>
    </message>
    <message>
        <source>Who works with you? You can add people later too.</source>
        <translation>Qui travaille avec vous&#xa0;? Vous pourrez aussi ajouter des personnes plus tard.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Ajouter une &amp;personne</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>&amp;Retirer la personne</translation>
    </message>
    <message>
        <source>Add {owner} (owner) to the &amp;team</source>
        <translation>Ajouter {owner} (propriétaire) à l&apos;é&amp;quipe</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>le propriétaire</translation>
    </message>
    <message>
        <source>e.g. Baker</source>
        <translation>par ex. Boulanger</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Where to keep the plan</source>
        <translation>Où garder le plan</translation>
    </message>
    <message>
        <source>Your plan is one file. Every change is saved in it at once.</source>
        <translation>Votre plan tient dans un seul fichier. Chaque modification y est enregistrée aussitôt.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Write the &amp;vision next</source>
        <translation>Écrire la &amp;vision ensuite</translation>
    </message>
    <message>
        <source>&amp;Plan file:</source>
        <translation>&amp;Fichier du plan&#xa0;:</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mon plan</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation>Enregistrer le nouveau plan sous</translation>
    </message>
    <message>
        <source>Type a file name for the plan.</source>
        <translation>Tapez un nom de fichier pour le plan.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Un fichier porte déjà ce nom. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Créer un nouveau plan</translation>
    </message>
    <message>
        <source>The plan could not be created</source>
        <translation>Le plan n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>The plan could not be created: {reason}</source>
        <translation>Le plan n&apos;a pas pu être créé&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <extracomment>A check across fields: given the parsed values, None or (the problem in words, the key of the field to put right).</extracomment>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Responsable de</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>No one yet. Use Add person for everyone who owns goals and steps, yourself too, so every piece of work has a name on it.</source>
        <translation>Personne pour l&apos;instant. Utilisez Ajouter une personne pour chaque responsable d&apos;objectifs et d&apos;étapes, vous compris, pour que chaque tâche ait un nom.</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Dea&amp;ctivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Rien pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n étape en cours</numerusform>
            <numerusform>%n étapes en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n goal(s) and step(s) they own will have no owner. Deactivating keeps the history instead.</source>
        <translation>
            <numerusform>%n objectif ou étape dont cette personne est responsable n&apos;aura plus de responsable. Désactiver la personne garde plutôt l&apos;historique.</numerusform>
            <numerusform>Les %n objectifs et étapes dont cette personne est responsable n&apos;auront plus de responsable. Désactiver la personne garde plutôt l&apos;historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>{goals}, {steps}</source>
        <translation>{goals}, {steps}</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l&apos;instant)</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (nouveau)</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Nom de la nouvelle personne</translation>
    </message>
    <message>
        <source>Role (optional)</source>
        <translation>Rôle (facultatif)</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Ajouter une &amp;personne</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>This plan is closed; nothing was changed.</source>
        <translation>Ce plan est fermé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so it cannot be changed here. Close the other window that has it open, then open it again.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;: il ne peut pas être modifié ici. Fermez l&apos;autre fenêtre où il est ouvert, puis rouvrez-le.</translation>
    </message>
    <message>
        <source>The change could not be saved to the plan file: {detail}</source>
        <translation>La modification n&apos;a pas pu être enregistrée dans le fichier du plan&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder})</source>
        <translation>{cause} (dossier des sauvegardes&#xa0;: {folder})</translation>
    </message>
</context>
<context>
    <name>PlanFromHistory</name>
    <message>
        <source>Plan from last year</source>
        <translation>Plan tiré de l&apos;an dernier</translation>
    </message>
    <message>
        <source>Plan “{name}” for the twelve months after a year of its entries: each day is compared with its day last year, and the change is applied to the year.</source>
        <translation>Planifier «&#xa0;{name}&#xa0;» pour les douze mois qui suivent une année de saisies&#xa0;: chaque jour est comparé au même jour de l&apos;an dernier, et la variation est appliquée à l&apos;année.</translation>
    </message>
    <message>
        <source>Entries of</source>
        <translation>Saisies de</translation>
    </message>
    <message>
        <source>Last year ends on</source>
        <translation>L&apos;an dernier se termine le</translation>
    </message>
    <message>
        <source>Change on last year in percent</source>
        <translation>Variation par rapport à l&apos;an dernier, en pourcentage</translation>
    </message>
    <message>
        <source>Total for the new year</source>
        <translation>Total pour la nouvelle année</translation>
    </message>
    <message>
        <source>Change on last year</source>
        <translation>Variation sur l&apos;an dernier</translation>
    </message>
    <message>
        <source>Total for the year</source>
        <translation>Total pour l&apos;année</translation>
    </message>
    <message>
        <source>Same weekday, holidays moved to their dates</source>
        <translation>Même jour de la semaine, jours fériés à leur date</translation>
    </message>
    <message>
        <source>Same weekday, holidays not moved</source>
        <translation>Même jour de la semaine, jours fériés non déplacés</translation>
    </message>
    <message>
        <source>Same calendar date</source>
        <translation>Même date du calendrier</translation>
    </message>
    <message>
        <source>Match each day with</source>
        <translation>Associer chaque jour avec</translation>
    </message>
    <message>
        <source>Entries of:</source>
        <translation>Saisies de&#xa0;:</translation>
    </message>
    <message>
        <source>Last year ends on:</source>
        <translation>L&apos;an dernier se termine le&#xa0;:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Variation&#xa0;:</translation>
    </message>
    <message>
        <source>Match each day with:</source>
        <translation>Associer chaque jour avec&#xa0;:</translation>
    </message>
    <message>
        <source>Last year is incomplete</source>
        <translation>L&apos;an dernier est incomplet</translation>
    </message>
    <message>
        <source>Fill the missing days from the weeks around</source>
        <translation>Compléter les jours manquants à partir des semaines autour</translation>
    </message>
    <message>
        <source>Plan only what last year&apos;s entries show</source>
        <translation>Ne planifier que ce que montrent les saisies de l&apos;an dernier</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Totals by month</source>
        <translation>Totaux par mois</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>Utiliser ce plan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Average per open day</source>
        <translation>Moyenne par jour d&apos;ouverture</translation>
    </message>
    <message>
        <source>{figure} last year: {last}. New plan: {planned} ({change}), {start} to {end}.</source>
        <translation>{figure} l&apos;an dernier&#xa0;: {last}. Nouveau plan&#xa0;: {planned} ({change}), du {start} au {end}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Year, per day</source>
        <translation>Année, par jour</translation>
    </message>
    <message numerus="yes">
        <source>{month} (%n day(s))</source>
        <translation>
            <numerusform>{month} (%n jour)</numerusform>
            <numerusform>{month} (%n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), last year and the new plan</source>
        <translation>
            <numerusform>%n période, l&apos;an dernier et le nouveau plan</numerusform>
            <numerusform>%n périodes, l&apos;an dernier et le nouveau plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system: {language}</source>
        <translation>Comme le système&#xa0;: {language}</translation>
    </message>
    <message>
        <source>The window speaks the new language the next time BakeryPlan opens. Printouts, the progress pack and the plan&apos;s status are always in the plan&apos;s own language, set in Business details.</source>
        <translation>La fenêtre passera à la nouvelle langue au prochain lancement de BakeryPlan. Les impressions, le dossier d&apos;avancement et l&apos;état du plan sont toujours dans la langue du plan, choisie dans Infos de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Langue de la fenêtre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReviewRhythm</name>
    <message>
        <source>No rhythm set: nothing is ever due.</source>
        <translation>Aucun rythme choisi&#xa0;: rien n&apos;est jamais à faire.</translation>
    </message>
    <message>
        <source>No review held yet: hold the first one.</source>
        <translation>Aucun bilan fait pour l&apos;instant&#xa0;: faites le premier.</translation>
    </message>
    <message numerus="yes">
        <source>The next review is %n day(s) overdue (due {day}).</source>
        <translation>
            <numerusform>Le prochain bilan a %n jour de retard (prévu le {day}).</numerusform>
            <numerusform>Le prochain bilan a %n jours de retard (prévu le {day}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review due {day}.</source>
        <translation>Prochain bilan prévu le {day}.</translation>
    </message>
    <message>
        <source>How often the plan is reviewed</source>
        <translation>À quelle fréquence le plan est revu</translation>
    </message>
    <message>
        <source>Re&amp;view the plan:</source>
        <translation>Re&amp;voir le plan&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>What did you decide? A decision can become a step or a new target right away.</source>
        <translation>Qu&apos;avez-vous décidé&#xa0;? Une décision peut tout de suite devenir une étape ou une nouvelle cible.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>e.g. Bake the Monday batch to order</source>
        <translation>par ex. Cuire la fournée du lundi sur commande</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Just note it</source>
        <translation>Simplement la noter</translation>
    </message>
    <message>
        <source>Make it a step</source>
        <translation>En faire une étape</translation>
    </message>
    <message>
        <source>Change a measure&apos;s target</source>
        <translation>Changer la cible d&apos;un indicateur</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>&amp;Add decision</source>
        <translation>&amp;Ajouter une décision</translation>
    </message>
    <message>
        <source>&amp;Remove decision</source>
        <translation>&amp;Retirer la décision</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <source>About &amp;feedback:</source>
        <translation>À propos du re&amp;tour&#xa0;:</translation>
    </message>
    <message>
        <source>It becomes:</source>
        <translation>Elle devient&#xa0;:</translation>
    </message>
    <message>
        <source>Step (goal, who, by):</source>
        <translation>Étape (objectif, qui, pour quand)&#xa0;:</translation>
    </message>
    <message>
        <source>New target:</source>
        <translation>Nouvelle cible&#xa0;:</translation>
    </message>
    <message>
        <source>now {target}</source>
        <translation>actuellement {target}</translation>
    </message>
    <message>
        <source>Type the decision first.</source>
        <translation>Tapez d&apos;abord la décision.</translation>
    </message>
    <message>
        <source>The new target {problem}.</source>
        <translation>La nouvelle cible {problem}.</translation>
    </message>
    <message>
        <source>Type the new target as a number, like 9500.</source>
        <translation>Tapez la nouvelle cible en chiffres, comme 9500.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>a step for {who}, by {when}</source>
        <translation>une étape pour {who}, échéance&#xa0;: {when}</translation>
    </message>
    <message>
        <source>{name}: target {before} → {after}</source>
        <translation>{name}&#xa0;: cible {before} → {after}</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>notée</translation>
    </message>
    <message>
        <source>What changed since the last review</source>
        <translation>Ce qui a changé depuis le dernier bilan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>This is the plan&apos;s first review.</source>
        <translation>C&apos;est le premier bilan du plan.</translation>
    </message>
    <message>
        <source>Where each measure stands today. Next time this page shows what changed.</source>
        <translation>Où en est chaque indicateur aujourd&apos;hui. La prochaine fois, cette page montrera ce qui a changé.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Look at what happened, and at what was changed in the plan.</source>
        <translation>Regardez ce qui s&apos;est passé, et ce qui a été modifié dans le plan.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not known: no snapshot last time</source>
        <translation>inconnu&#xa0;: pas d&apos;instantané la dernière fois</translation>
    </message>
    <message>
        <source>Measures whose health changed</source>
        <translation>Indicateurs dont l&apos;état a changé</translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation>Modifications du plan</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Étapes faites</translation>
    </message>
    <message>
        <source>Steps newly overdue</source>
        <translation>Étapes nouvellement en retard</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Retours reçus</translation>
    </message>
    <message>
        <source>Decided at the last review</source>
        <translation>Décidé au dernier bilan</translation>
    </message>
    <message>
        <source>nothing written down</source>
        <translation>rien de noté</translation>
    </message>
    <message>
        <source>Why are these measures behind?</source>
        <translation>Pourquoi ces indicateurs sont-ils en retard&#xa0;?</translation>
    </message>
    <message>
        <source>Every measure is on track, achieved or not started yet.</source>
        <translation>Tous les indicateurs sont en bonne voie, atteints ou pas encore commencés.</translation>
    </message>
    <message>
        <source>No measure is behind or at risk: nothing to explain.</source>
        <translation>Aucun indicateur n&apos;est en retard ou à risque&#xa0;: rien à expliquer.</translation>
    </message>
    <message>
        <source>A sentence for each is enough. The progress pack prints it beside the measure.</source>
        <translation>Une phrase pour chacun suffit. Le dossier d&apos;avancement l&apos;imprime à côté de l&apos;indicateur.</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Last time:</source>
        <translation>La dernière fois&#xa0;:</translation>
    </message>
    <message>
        <source>Why {name} is {health}</source>
        <translation>Pourquoi «&#xa0;{name}&#xa0;»&#xa0;: {health}</translation>
    </message>
    <message>
        <source>Why? e.g. two wet Saturdays, the oven was down</source>
        <translation>Pourquoi&#xa0;? par ex. deux samedis pluvieux, le four était en panne</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Notes and the next review</source>
        <translation>Notes et prochain bilan</translation>
    </message>
    <message>
        <source>Finish keeps the review. Undo takes all of it back.</source>
        <translation>Terminer garde le bilan. Édition &gt; Annuler le retire entièrement.</translation>
    </message>
    <message>
        <source>What was said (optional)</source>
        <translation>Ce qui a été dit (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Kind of review:</source>
        <translation>&amp;Type de bilan&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Review the plan:</source>
        <translation>&amp;Revoir le plan&#xa0;:</translation>
    </message>
    <message>
        <source>Finish will keep:</source>
        <translation>Terminer gardera&#xa0;:</translation>
    </message>
    <message>
        <source>Hold a review</source>
        <translation>Faire un bilan</translation>
    </message>
    <message>
        <source>{kind} of {day}, with a snapshot of the plan as it stands.</source>
        <translation>{kind} du {day}, avec un instantané du plan tel qu&apos;il est.</translation>
    </message>
    <message>
        <source>Explanations: {count}</source>
        <translation>Explications&#xa0;: {count}</translation>
    </message>
    <message>
        <source> (none yet for: {names})</source>
        <translation> (pas encore pour&#xa0;: {names})</translation>
    </message>
    <message>
        <source>Decisions: {count}</source>
        <translation>Décisions&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Feedback answered: {text}</source>
        <translation>Retours traités&#xa0;: {text}</translation>
    </message>
    <message>
        <source>The plan will be reviewed: {how}</source>
        <translation>Le plan sera revu&#xa0;: {how}</translation>
    </message>
    <message>
        <source>This plan is open read-only, so a review cannot be kept here.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;: aucun bilan ne peut y être gardé.</translation>
    </message>
</context>
<context>
    <name>ReviewsPanel</name>
    <message>
        <source>No review held yet.</source>
        <translation>Aucun bilan fait pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) changed health</source>
        <translation>
            <numerusform>%n indicateur a changé d&apos;état</numerusform>
            <numerusform>%n indicateurs ont changé d&apos;état</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the plan</source>
        <translation>
            <numerusform>%n changement dans le plan</numerusform>
            <numerusform>%n changements dans le plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s) recorded</source>
        <translation>
            <numerusform>%n chiffre réel saisi</numerusform>
            <numerusform>%n chiffres réels saisis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n étape faite</numerusform>
            <numerusform>%n étapes faites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly overdue</source>
        <translation>
            <numerusform>%n nouveau retard</numerusform>
            <numerusform>%n nouveaux retards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new feedback</source>
        <translation>
            <numerusform>%n nouveau retour</numerusform>
            <numerusform>%n nouveaux retours</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the last review ({day}): {changes}</source>
        <translation>Depuis le dernier bilan ({day})&#xa0;: {changes}</translation>
    </message>
    <message>
        <source>What changed since the last review</source>
        <translation>Ce qui a changé depuis le dernier bilan</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>No review yet. After a huddle or a monthly look at the plan, use Add review to keep what was said and decided.</source>
        <translation>Aucun bilan pour l&apos;instant. Après un point d&apos;équipe ou un regard mensuel sur le plan, utilisez Ajouter un bilan pour garder ce qui a été dit et décidé.</translation>
    </message>
    <message>
        <source>Notes of the selected review</source>
        <translation>Notes du bilan choisi</translation>
    </message>
    <message>
        <source>Decisions of the selected review</source>
        <translation>Décisions du bilan choisi</translation>
    </message>
    <message>
        <source>What the selected review kept</source>
        <translation>Ce que le bilan choisi a gardé</translation>
    </message>
    <message>
        <source>Explanations and changes</source>
        <translation>Explications et modifications</translation>
    </message>
    <message>
        <source>&amp;Hold a review…</source>
        <translation>&amp;Faire un bilan…</translation>
    </message>
    <message>
        <source>What changed, explanations, decisions: kept with a snapshot</source>
        <translation>Ce qui a changé, explications, décisions&#xa0;: gardés avec un instantané</translation>
    </message>
    <message>
        <source>&amp;Add review…</source>
        <translation>&amp;Ajouter un bilan…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Pick a review in the list to read it here.</source>
        <translation>Choisissez un bilan dans la liste pour le lire ici.</translation>
    </message>
    <message>
        <source>Delete the review held on {day}? You can undo this.</source>
        <translation>Supprimer le bilan fait le {day}&#xa0;? Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Supprimer le bilan</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Everyday actions</source>
        <translation>Actions de tous les jours</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>What needs you this week</source>
        <translation>Ce qui vous attend cette semaine</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Add a goal, step by step</source>
        <translation>Ajouter un objectif, pas à pas</translation>
    </message>
    <message>
        <source>Record figures</source>
        <translation>Saisir les chiffres</translation>
    </message>
    <message>
        <source>Type today&apos;s figures on the Actuals tab</source>
        <translation>Saisir les chiffres du jour dans l&apos;onglet Réalisé</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Bring in figures from a till or bank file</source>
        <translation>Reprendre les chiffres d&apos;un fichier de caisse ou de banque</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Hold a review of the plan</source>
        <translation>Faire un bilan du plan</translation>
    </message>
    <message>
        <source>Huddle sheet</source>
        <translation>Fiche d&apos;équipe</translation>
    </message>
    <message>
        <source>Print the sheet for this week&apos;s team huddle</source>
        <translation>Imprimer la fiche du point d&apos;équipe de cette semaine</translation>
    </message>
    <message>
        <source>One-page plan</source>
        <translation>Plan sur une page</translation>
    </message>
    <message>
        <source>Print the plan on one page for the team</source>
        <translation>Imprimer le plan sur une page pour l&apos;équipe</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>How BakeryPlan works</source>
        <translation>Comment marche BakeryPlan</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Our vision</source>
        <translation>Notre vision</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Texte de la vision</translation>
    </message>
    <message>
        <source>&amp;Revise with wizard…</source>
        <translation>&amp;Revoir avec l&apos;assistant…</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <source>Text of the selected revision</source>
        <translation>Texte de la version choisie</translation>
    </message>
    <message>
        <source>No vision yet.</source>
        <translation>Pas encore de vision.</translation>
    </message>
    <message>
        <source>Write in a few plain sentences where the business is going and why.</source>
        <translation>Écrivez en quelques phrases simples où va l&apos;entreprise et pourquoi.</translation>
    </message>
    <message>
        <source>&amp;Write with wizard…</source>
        <translation>&amp;Écrire avec l&apos;assistant…</translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Pourquoi c&apos;est important&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Written {day}</source>
        <translation>Écrite le {day}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>The vision wizard is not available.</source>
        <translation>L&apos;assistant de vision n&apos;est pas disponible.</translation>
    </message>
</context>
<context>
    <name>VisionWizard</name>
    <message>
        <source>Who you serve</source>
        <translation>Vos clients</translation>
    </message>
    <message>
        <source>Who are your customers? Think of the people who come back every week.</source>
        <translation>Qui sont vos clients&#xa0;? Pensez aux personnes qui reviennent chaque semaine.</translation>
    </message>
    <message>
        <source>Families and office workers in Riverside who want good bread before work.</source>
        <translation>Des familles et des employés de bureau du quartier qui veulent du bon pain avant le travail.</translation>
    </message>
    <message>
        <source>What you do best</source>
        <translation>Ce que vous faites le mieux</translation>
    </message>
    <message>
        <source>What do you do better than anyone nearby?</source>
        <translation>Que faites-vous mieux que tous ceux du coin&#xa0;?</translation>
    </message>
    <message>
        <source>Slow-rising sourdough and a warm welcome at the counter.</source>
        <translation>Un levain à pousse lente et un accueil chaleureux au comptoir.</translation>
    </message>
    <message>
        <source>What you want to be known for</source>
        <translation>Ce pour quoi vous voulez être connu</translation>
    </message>
    <message>
        <source>When people talk about your business, what should they say?</source>
        <translation>Quand les gens parlent de votre commerce, que devraient-ils dire&#xa0;?</translation>
    </message>
    <message>
        <source>Bread that is still warm at seven, and a name for every regular.</source>
        <translation>Du pain encore chaud à sept heures, et un prénom pour chaque habitué.</translation>
    </message>
    <message>
        <source>Where you will be in 3 to 5 years</source>
        <translation>Où vous en serez dans 3 à 5 ans</translation>
    </message>
    <message>
        <source>Picture the business in three to five years. What is true then? Start with &apos;we&apos;.</source>
        <translation>Imaginez votre commerce dans trois à cinq ans. Qu&apos;est-ce qui est vrai alors&#xa0;? Commencez par «&#xa0;Nous&#xa0;».</translation>
    </message>
    <message>
        <source>We run two shops and supply six local cafes.</source>
        <translation>Nous tenons deux boutiques et livrons six cafés du quartier.</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Why does this matter to you, your team and your customers?</source>
        <translation>Pourquoi est-ce important pour vous, votre équipe et vos clients&#xa0;?</translation>
    </message>
    <message>
        <source>Good bread brings people together, and our team deserves steady work.</source>
        <translation>Le bon pain rassemble les gens, et notre équipe mérite un travail stable.</translation>
    </message>
    <message>
        <source>Question {number} of {count}. Short and plain is best.</source>
        <translation>Question {number} sur {count}. Court et simple, c&apos;est le mieux.</translation>
    </message>
    <message>
        <source>Write a sentence or two in your own words.</source>
        <translation>Écrivez une phrase ou deux avec vos propres mots.</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>Par exemple&#xa0;: {example}</translation>
    </message>
    <message>
        <source>Your vision, in your words</source>
        <translation>Votre vision, avec vos mots</translation>
    </message>
    <message>
        <source>Here is a draft made from your answers. Change anything; short and plain is best.</source>
        <translation>Voici un brouillon fait à partir de vos réponses. Modifiez ce que vous voulez&#xa0;; court et simple, c&apos;est le mieux.</translation>
    </message>
    <message>
        <source>An example from a bakery:</source>
        <translation>Un exemple de boulangerie&#xa0;:</translation>
    </message>
    <message>
        <source>Write two or three plain sentences: who you serve, what you do best, and where the business will be in a few years. Go Back to answer the questions and a draft is made for you.</source>
        <translation>Écrivez deux ou trois phrases simples&#xa0;: vos clients, ce que vous faites le mieux, et où en sera l&apos;entreprise dans quelques années. Revenez en arrière pour répondre aux questions et un brouillon sera fait pour vous.</translation>
    </message>
    <message>
        <source>Start typing your vision here.</source>
        <translation>Commencez à taper votre vision ici.</translation>
    </message>
    <message>
        <source>Write your vision</source>
        <translation>Écrire votre vision</translation>
    </message>
    <message>
        <source>This plan is open read-only, so the vision cannot be changed here.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;: la vision ne peut pas y être modifiée.</translation>
    </message>
    <message>
        <source>We bake honest bread and pastries for the people of our neighbourhood, every morning. We are best at slow-rising sourdough and a warm welcome at the counter. We want to be known as the place where the bread is still warm at seven. In three to five years, we run two shops and supply six local cafes, and every baker on the team can run a morning bake alone.</source>
        <translation>Chaque matin, nous faisons du bon pain et des viennoiseries pour les gens du quartier. Notre force, c&apos;est le pain au levain à pousse lente et l&apos;accueil chaleureux au comptoir. Nous voulons être la boutique où le pain est encore chaud à sept heures. D&apos;ici trois à cinq ans, nous avons deux boutiques, nous livrons six cafés du coin, et chaque boulanger de l&apos;équipe sait faire seul la fournée du matin.</translation>
    </message>
    <message>
        <source>We serve {answer}.</source>
        <translation>Nous servons {answer}.</translation>
    </message>
    <message>
        <source>We are best at {answer}.</source>
        <translation>Notre force&#xa0;: {answer}.</translation>
    </message>
    <message>
        <source>We want to be known for {answer}.</source>
        <translation>Nous voulons être connus pour {answer}.</translation>
    </message>
    <message>
        <source>In three to five years, {answer}.</source>
        <translation>D&apos;ici trois à cinq ans, {answer}.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Bienvenue dans {app}</translation>
    </message>
    <message>
        <source>Plan your business in plain words: a vision, a few goals with numbers, owners and dates, and the steps to get there. Everything stays on this computer, in one file.</source>
        <translation>Planifiez votre entreprise avec des mots simples&#xa0;: une vision, quelques objectifs chiffrés, des responsables et des dates, et les étapes pour y arriver. Tout reste sur cet ordinateur, dans un seul fichier.</translation>
    </message>
    <message>
        <source>Try the demo bakery</source>
        <translation>Essayer la boulangerie de démo</translation>
    </message>
    <message>
        <source>Look around a sample plan for Sunrise Bakery. Change anything you like.</source>
        <translation>Découvrez un exemple de plan pour la boulangerie Sunrise Bakery. Modifiez ce que vous voulez.</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Créer un nouveau plan</translation>
    </message>
    <message>
        <source>A few questions about your business and team, then your vision.</source>
        <translation>Quelques questions sur votre entreprise et votre équipe, puis votre vision.</translation>
    </message>
    <message>
        <source>Open a plan…</source>
        <translation>Ouvrir un plan…</translation>
    </message>
    <message>
        <source>Open a plan file you already have.</source>
        <translation>Ouvrir un fichier de plan que vous avez déjà.</translation>
    </message>
    <message>
        <source>Recent plans:</source>
        <translation>Plans récents&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Import actuals…</source>
        <translation>&amp;Importer le réalisé…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <source>Export progress &amp;pack…</source>
        <translation>Exporter le dossier d&apos;&amp;avancement…</translation>
    </message>
    <message>
        <source>&amp;Print one-page plan…</source>
        <translation>Im&amp;primer le plan sur une page…</translation>
    </message>
    <message>
        <source>Export one-page plan as P&amp;DF…</source>
        <translation>Exporter le plan sur une page en P&amp;DF…</translation>
    </message>
    <message>
        <source>Print check-in &amp;sheet…</source>
        <translation>Imprimer la &amp;fiche du point d&apos;équipe…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>F&amp;ermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Write &amp;vision with wizard…</source>
        <translation>Écrire la &amp;vision avec l&apos;assistant…</translation>
    </message>
    <message>
        <source>New goal with &amp;wizard…</source>
        <translation>Nouvel objectif avec l&apos;&amp;assistant…</translation>
    </message>
    <message>
        <source>&amp;Hold a review…</source>
        <translation>&amp;Faire un bilan…</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Ajouter un &amp;objectif…</translation>
    </message>
    <message>
        <source>Add goal in one &amp;form…</source>
        <translation>Ajouter un objectif en un seul formulai&amp;re…</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Ajouter une &amp;personne…</translation>
    </message>
    <message>
        <source>Add &amp;feedback…</source>
        <translation>Ajouter un re&amp;tour…</translation>
    </message>
    <message>
        <source>Add &amp;review…</source>
        <translation>Ajouter un &amp;bilan…</translation>
    </message>
    <message>
        <source>Business &amp;details…</source>
        <translation>&amp;Infos de l&apos;entreprise…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;How BakeryPlan works</source>
        <translation>&amp;Comment marche BakeryPlan</translation>
    </message>
    <message>
        <source>&amp;About BakeryPlan</source>
        <translation>À &amp;propos de BakeryPlan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Aucun plan récent</translation>
    </message>
</context>
<context>
    <name>WordingFeedback</name>
    <message>
        <source>A word many readers may not use. Could you say it more simply?</source>
        <translation>Un mot que beaucoup de lecteurs n&apos;emploient pas. Pourriez-vous le dire plus simplement&#xa0;?</translation>
    </message>
    <message>
        <source>How it reads</source>
        <translation>À la lecture</translation>
    </message>
    <message>
        <source>Length: {words} words in {sentences} sentences</source>
        <translation>Longueur&#xa0;: {words} mot(s), {sentences} phrase(s)</translation>
    </message>
    <message>
        <source>Reading ease: {label}</source>
        <translation>Facilité de lecture&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Reading ease: {label} ({score:.0f} of 100)</source>
        <translation>Facilité de lecture&#xa0;: {label} ({score:.0f} sur 100)</translation>
    </message>
    <message>
        <source>Words to say more simply: {words}</source>
        <translation>Mots à dire plus simplement&#xa0;: {words}</translation>
    </message>
    <message>
        <source>No jargon found.</source>
        <translation>Aucun jargon trouvé.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Last year</source>
        <extracomment>Markers on more points than this would merge into a smear; thin them out. Extra room at both ends of the time axis, so a marker on the last day is not cut.</extracomment>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>On-track band</source>
        <translation>Zone «&#xa0;en bonne voie&#xa0;»</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{period}   Planned: {planned}   Actual: {actual}</source>
        <translation>{period}   Prévu&#xa0;: {planned}   Réalisé&#xa0;: {actual}</translation>
    </message>
    <message>
        <source>{period} (so far)</source>
        <translation>{period} (jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>Planned share of steps</source>
        <translation>Part des étapes prévue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>{day}   Planned: {planned}   Done: {done}</source>
        <translation>{day}   Prévu&#xa0;: {planned}   Fait&#xa0;: {done}</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Aujourd&apos;hui jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Planned so far today</source>
        <translation>Prévu jusqu&apos;ici aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Cette semaine jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Planned so far this week</source>
        <translation>Prévu jusqu&apos;ici cette semaine</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Ce mois-ci jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Planned so far this month</source>
        <translation>Prévu jusqu&apos;ici ce mois-ci</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Ce trimestre jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Planned so far this quarter</source>
        <translation>Prévu jusqu&apos;ici ce trimestre</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Cette année jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Planned so far this year</source>
        <translation>Prévu jusqu&apos;ici cette année</translation>
    </message>
</context>
<context>
    <name>chart_export</name>
    <message>
        <source>PNG image, 300 dpi (*.png)</source>
        <translation>Image PNG, 300 dpi (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>Graphique non exporté</translation>
    </message>
    <message>
        <source>The chart could not be saved as {path}: {error}</source>
        <translation>Le graphique n&apos;a pas pu être enregistré sous {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{business} progress pack</source>
        <translation>Dossier d&apos;avancement de {business}</translation>
    </message>
    <message>
        <source>Export progress pack</source>
        <translation>Exporter le dossier d&apos;avancement</translation>
    </message>
    <message>
        <source>Writing the progress pack to {name}…</source>
        <translation>Écriture du dossier d&apos;avancement dans {name}…</translation>
    </message>
    <message>
        <source>Progress pack not exported</source>
        <translation>Dossier d&apos;avancement non exporté</translation>
    </message>
    <message>
        <source>The progress pack could not be saved as {path}: {error}</source>
        <translation>Le dossier d&apos;avancement n&apos;a pas pu être enregistré sous {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>L&apos;export n&apos;a pas été fait.</translation>
    </message>
    <message>
        <source>This takes a few seconds, and longer for a plan with many measures.</source>
        <translation>Cela prend quelques secondes, et plus pour un plan avec beaucoup d&apos;indicateurs.</translation>
    </message>
    <message>
        <source>Cannot export a chart as {name}: the file name must end in .png, .svg or .pdf.</source>
        <translation>Impossible d&apos;exporter un graphique sous le nom {name}&#xa0;: le nom du fichier doit finir par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>No measure with id {id}. {known}</source>
        <extracomment>The kept export chart and renderer are shared: one export draws at a time.</extracomment>
        <translation>Aucun indicateur avec l&apos;identifiant {id}. {known}</translation>
    </message>
    <message>
        <source>Several measures are called {name} (ids {ids}); give the id instead.</source>
        <translation>Plusieurs indicateurs s&apos;appellent {name} (identifiants {ids})&#xa0;: indiquez plutôt l&apos;identifiant.</translation>
    </message>
    <message>
        <source>No measure called {name}. {known}</source>
        <translation>Aucun indicateur ne s&apos;appelle {name}. {known}</translation>
    </message>
    <message>
        <source>This plan has no measures yet.</source>
        <translation>Ce plan n&apos;a encore aucun indicateur.</translation>
    </message>
    <message>
        <source>Measures in this plan: {names}.</source>
        <translation>Indicateurs de ce plan&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>chart_table</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Saisi à la main</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>aucune saisie</translation>
    </message>
</context>
<context>
    <name>checkin_sheet</name>
    <message>
        <source>Check-in sheet: week of {day}</source>
        <translation>Fiche du point d&apos;équipe&#xa0;: semaine du {day}</translation>
    </message>
    <message>
        <source>Write the figure when counted</source>
        <translation>Notez le chiffre quand il est compté</translation>
    </message>
    <message>
        <source>Write the day&apos;s total</source>
        <translation>Notez le total du jour</translation>
    </message>
    <message>
        <source>{planned} by the week&apos;s end</source>
        <translation>{planned} d&apos;ici la fin de la semaine</translation>
    </message>
    <message>
        <source>{planned} a day</source>
        <translation>{planned} par jour</translation>
    </message>
    <message>
        <source>{planned} this week</source>
        <translation>{planned} cette semaine</translation>
    </message>
    <message>
        <source>{planned} a day on average</source>
        <translation>{planned} par jour en moyenne</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Write each day&apos;s figure in its box as you count it, and a note on anything unusual (a closed day, a big order). Hand it to {owner} at the end of the week.</source>
        <translation>Notez le chiffre de chaque jour dans sa case au moment où vous le comptez, et un mot sur tout ce qui sort de l&apos;ordinaire (un jour de fermeture, une grosse commande). Remettez la fiche à {owner} en fin de semaine.</translation>
    </message>
    <message>
        <source>Write each day&apos;s figure in its box as you count it, and a note on anything unusual (a closed day, a big order).</source>
        <translation>Notez le chiffre de chaque jour dans sa case au moment où vous le comptez, et un mot sur tout ce qui sort de l&apos;ordinaire (un jour de fermeture, une grosse commande).</translation>
    </message>
    <message>
        <source>Steps due this week</source>
        <translation>Étapes à faire cette semaine</translation>
    </message>
    <message>
        <source>No step is due this week.</source>
        <translation>Aucune étape à faire cette semaine.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s): see the Goals tab.</source>
        <translation>
            <numerusform>… et %n autre étape&#xa0;: voir l&apos;onglet Objectifs.</numerusform>
            <numerusform>… et %n autres étapes&#xa0;: voir l&apos;onglet Objectifs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{business}: {title}</source>
        <translation>{business}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>No measure is counted by the day or the week: nothing to count on paper.</source>
        <translation>Aucun indicateur n&apos;est compté par jour ou par semaine&#xa0;: rien à noter sur papier.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more measure(s): see the Actuals tab.</source>
        <translation>
            <numerusform>… et %n autre indicateur&#xa0;: voir l&apos;onglet Réalisé.</numerusform>
            <numerusform>… et %n autres indicateurs&#xa0;: voir l&apos;onglet Réalisé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>give one plan file to open, or a subcommand (see --help)</source>
        <translation>indiquez un fichier de plan à ouvrir, ou une sous-commande (voir --help)</translation>
    </message>
    <message>
        <source>no plan file at &quot;{path}&quot;</source>
        <translation>aucun fichier de plan à «&#xa0;{path}&#xa0;»</translation>
    </message>
    <message>
        <source>{message} (see {help})</source>
        <translation>{message} (voir {help})</translation>
    </message>
    <message>
        <source>Offline planning for a small business. Without a subcommand, or with a plan file, opens the window.</source>
        <translation>Le plan d&apos;un petit commerce, sans connexion. Sans sous-commande, ou avec un fichier de plan, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>sous-commandes</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date like 2026-11-27</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date comme 2026-11-27</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is outside the years {first} to {last}</source>
        <translation>«&#xa0;{text}&#xa0;» est en dehors des années {first} à {last}</translation>
    </message>
    <message>
        <source>write the Sunrise Bakery demo plan</source>
        <translation>écrire le plan de démonstration de la boulangerie</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>remplacer un fichier existant</translation>
    </message>
    <message>
        <source>create a new, empty plan (or one from a JSON file)</source>
        <translation>créer un nouveau plan vide (ou à partir d&apos;un fichier JSON)</translation>
    </message>
    <message>
        <source>business name (default: the file name)</source>
        <translation>nom de l&apos;entreprise (par défaut&#xa0;: le nom du fichier)</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>nom du patron ou de la patronne</translation>
    </message>
    <message>
        <source>ISO currency code (default EUR)</source>
        <translation>code de devise ISO (par défaut EUR)</translation>
    </message>
    <message>
        <source>locale such as en_GB or de_DE</source>
        <translation>langue et pays, comme fr_FR ou de_DE</translation>
    </message>
    <message>
        <source>export the whole plan as JSON</source>
        <translation>exporter tout le plan en JSON</translation>
    </message>
    <message>
        <source>export actuals (or, with --status, each measure&apos;s status) as CSV</source>
        <translation>exporter le réalisé (ou, avec --status, l&apos;état de chaque indicateur) en CSV</translation>
    </message>
    <message>
        <source>one row per measure with health</source>
        <translation>une ligne par indicateur, avec son état</translation>
    </message>
    <message>
        <source>each goal and measure: expected, actual, health, forecast</source>
        <translation>chaque objectif et indicateur&#xa0;: attendu, réalisé, état, prévision</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par un programme</translation>
    </message>
    <message>
        <source>what needs attention: overdue steps, waiting feedback, gaps in owners, dates, measures</source>
        <translation>ce qui est à surveiller&#xa0;: étapes en retard, retours en attente, responsables, dates ou indicateurs manquants</translation>
    </message>
    <message>
        <source>make a backup copy of the plan now</source>
        <translation>faire tout de suite une sauvegarde du plan</translation>
    </message>
    <message>
        <source>list the backups of a plan, newest first</source>
        <translation>lister les sauvegardes d&apos;un plan, la plus récente d&apos;abord</translation>
    </message>
    <message>
        <source>replace the plan with a backup (backs up the plan first)</source>
        <translation>remplacer le plan par une sauvegarde (le plan est d&apos;abord sauvegardé)</translation>
    </message>
    <message>
        <source>export a measure&apos;s planned-vs-actual chart</source>
        <translation>exporter le graphique prévu/réalisé d&apos;un indicateur</translation>
    </message>
    <message>
        <source>measure name</source>
        <translation>nom de l&apos;indicateur</translation>
    </message>
    <message>
        <source>write the lenders&apos; progress pack (PDF)</source>
        <translation>écrire le dossier d&apos;avancement pour les prêteurs (PDF)</translation>
    </message>
    <message>
        <source>write the one-page plan for the staff huddle (PDF)</source>
        <translation>écrire le plan sur une page pour le point d&apos;équipe (PDF)</translation>
    </message>
    <message>
        <source>what changed since the last review held on or before a day</source>
        <translation>ce qui a changé depuis le dernier bilan fait à une date donnée ou avant</translation>
    </message>
    <message>
        <source>write the paper check-in sheet for a week (PDF)</source>
        <translation>écrire la fiche papier du point d&apos;équipe d&apos;une semaine (PDF)</translation>
    </message>
    <message>
        <source>any day of the week wanted (default: next week)</source>
        <translation>n&apos;importe quel jour de la semaine voulue (par défaut&#xa0;: la semaine prochaine)</translation>
    </message>
    <message>
        <source>as of this date (default today)</source>
        <translation>à cette date (par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; would hold a PDF: name it something.pdf</source>
        <translation>«&#xa0;{name}&#xa0;» contiendrait un PDF&#xa0;: nommez-le quelquechose.pdf</translation>
    </message>
    <message>
        <source>a plan file name must end in {suffix}, not &quot;{name}&quot;</source>
        <translation>un nom de fichier de plan doit finir par {suffix}, pas «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; already exists; choose another name</source>
        <translation>«&#xa0;{path}&#xa0;» existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>folder &quot;{folder}&quot; does not exist</source>
        <translation>le dossier «&#xa0;{folder}&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot replace &quot;{name}&quot;: {protection}. Nothing was changed</source>
        <translation>impossible de remplacer «&#xa0;{name}&#xa0;»&#xa0;: {protection}. Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{problem}; --force only replaces a BakeryPlan plan</source>
        <translation>{problem}&#xa0;; --force ne remplace qu&apos;un plan BakeryPlan</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; already exists; add --force to replace it</source>
        <translation>«&#xa0;{path}&#xa0;» existe déjà&#xa0;; ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>Wrote the demo plan of {business} to {path}</source>
        <translation>Plan de démonstration «&#xa0;{business}&#xa0;» écrit dans {path}</translation>
    </message>
    <message>
        <source>Created &quot;{business}&quot; in {path}</source>
        <translation>«&#xa0;{business}&#xa0;» créé dans {path}</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not a currency code such as EUR, GBP or USD</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas un code de devise comme EUR, GBP ou USD</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a locale such as en_GB, de_DE or fr_FR</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas une langue et un pays comme en_GB, de_DE ou fr_FR</translation>
    </message>
    <message>
        <source>Exported {plan} to {file}</source>
        <translation>{plan} exporté dans {file}</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>{file} écrit</translation>
    </message>
    <message>
        <source>No backups of {plan} yet.</source>
        <translation>Pas encore de sauvegarde de {plan}.</translation>
    </message>
    <message>
        <source>no backup file at &quot;{path}&quot;</source>
        <translation>aucun fichier de sauvegarde à «&#xa0;{path}&#xa0;»</translation>
    </message>
    <message>
        <source>Restored {plan} from {backup}; the replaced plan is kept as {kept}</source>
        <translation>{plan} restauré depuis {backup}&#xa0;; le plan remplacé est gardé sous {kept}</translation>
    </message>
    <message>
        <source>Restored {plan} from {backup}</source>
        <translation>{plan} restauré depuis {backup}</translation>
    </message>
    <message>
        <source>the chart file must end in .png, .svg or .pdf</source>
        <translation>le fichier du graphique doit finir par .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>--from {start} must be before --to {end}</source>
        <translation>--from {start} doit être avant --to {end}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} for the week of {day} (%n measure(s) left out: too many for one page)</source>
        <translation>
            <numerusform>{file} écrit pour la semaine du {day} (%n indicateur laissé de côté&#xa0;: trop pour une page)</numerusform>
            <numerusform>{file} écrit pour la semaine du {day} (%n indicateurs laissés de côté&#xa0;: trop pour une page)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file} for the week of {day}</source>
        <translation>{file} écrit pour la semaine du {day}</translation>
    </message>
    <message>
        <source>import a till, card-terminal, bank, web-shop or accounting export into a measure</source>
        <translation>importer dans un indicateur un export de caisse, de terminal de carte, de banque, de boutique en ligne ou de compta</translation>
    </message>
    <message>
        <source>the measure&apos;s name</source>
        <translation>le nom de l&apos;indicateur</translation>
    </message>
    <message>
        <source>read the file with a saved recipe</source>
        <translation>lire le fichier avec un modèle d&apos;import enregistré</translation>
    </message>
    <message>
        <source>header text or number from 1</source>
        <translation>texte de l&apos;en-tête, ou numéro à partir de 1</translation>
    </message>
    <message>
        <source>sum this column&apos;s amounts</source>
        <translation>additionner les montants de cette colonne</translation>
    </message>
    <message>
        <source>count the rows of each day</source>
        <translation>compter les lignes de chaque jour</translation>
    </message>
    <message>
        <source>count each day&apos;s different values of COL</source>
        <translation>compter les valeurs différentes de COL pour chaque jour</translation>
    </message>
    <message>
        <source>only rows whose COL is VALUE (repeat for several values)</source>
        <translation>seulement les lignes où COL vaut VALUE (à répéter pour plusieurs valeurs)</translation>
    </message>
    <message>
        <source>amounts to keep</source>
        <translation>montants à garder</translation>
    </message>
    <message>
        <source>the column of notes</source>
        <translation>la colonne des notes</translation>
    </message>
    <message>
        <source>save the mapping as a recipe</source>
        <translation>enregistrer la correspondance comme modèle d&apos;import</translation>
    </message>
    <message>
        <source>replace days this source imported before</source>
        <translation>remplacer les jours déjà importés depuis cette source</translation>
    </message>
    <message>
        <source>keep days this source imported before</source>
        <translation>garder les jours déjà importés depuis cette source</translation>
    </message>
    <message>
        <source>write nothing</source>
        <translation>ne rien écrire</translation>
    </message>
    <message>
        <source>today (default: today)</source>
        <translation>date du jour (par défaut&#xa0;: aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>no measure called &quot;{name}&quot; (measures: {names})</source>
        <translation>aucun indicateur ne s&apos;appelle «&#xa0;{name}&#xa0;» (indicateurs&#xa0;: {names})</translation>
    </message>
    <message numerus="yes">
        <source>%n measures are called &quot;{name}&quot;: rename one in the window first</source>
        <translation>
            <numerusform>%n indicateur s&apos;appelle «&#xa0;{name}&#xa0;»&#xa0;: renommez-le d&apos;abord dans la fenêtre</numerusform>
            <numerusform>%n indicateurs s&apos;appellent «&#xa0;{name}&#xa0;»&#xa0;: renommez-en un d&apos;abord dans la fenêtre</numerusform>
        </translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>aucun enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>no import recipe called &quot;{name}&quot; (recipes: {names})</source>
        <translation>aucun modèle d&apos;import ne s&apos;appelle «&#xa0;{name}&#xa0;» (modèles&#xa0;: {names})</translation>
    </message>
    <message>
        <source>the file has no column &quot;{text}&quot; (columns: {names}; or a number from 1)</source>
        <translation>le fichier n&apos;a pas de colonne «&#xa0;{text}&#xa0;» (colonnes&#xa0;: {names}&#xa0;; ou un numéro à partir de 1)</translation>
    </message>
    <message>
        <source>--where &quot;{where}&quot; needs the form COLUMN=VALUE</source>
        <translation>--where «&#xa0;{where}&#xa0;» doit avoir la forme COLONNE=VALEUR</translation>
    </message>
    <message>
        <source>no day&apos;s figure could be read from the file; nothing was written</source>
        <translation>aucun chiffre du jour n&apos;a pu être lu dans le fichier&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>no day&apos;s figure could be read from the file (line {line}: {reason}); nothing was written</source>
        <translation>aucun chiffre du jour n&apos;a pu être lu dans le fichier (ligne {line}&#xa0;: {reason})&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>%n of these days ({first} to {last}) were already imported from &quot;{source}&quot; into &quot;{measure}&quot;: add --replace to replace them or --skip-existing to keep them; nothing was written</source>
        <translation>
            <numerusform>%n de ces jours ({first} au {last}) a déjà été importé depuis «&#xa0;{source}&#xa0;» dans «&#xa0;{measure}&#xa0;»&#xa0;: ajoutez --replace pour le remplacer ou --skip-existing pour le garder&#xa0;; rien n&apos;a été écrit</numerusform>
            <numerusform>%n de ces jours ({first} au {last}) ont déjà été importés depuis «&#xa0;{source}&#xa0;» dans «&#xa0;{measure}&#xa0;»&#xa0;: ajoutez --replace pour les remplacer ou --skip-existing pour les garder&#xa0;; rien n&apos;a été écrit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n day(s) into &quot;{measure}&quot; (source &quot;{source}&quot;).</source>
        <translation>
            <numerusform>Importerait %n jour dans «&#xa0;{measure}&#xa0;» (source «&#xa0;{source}&#xa0;»).</numerusform>
            <numerusform>Importerait %n jours dans «&#xa0;{measure}&#xa0;» (source «&#xa0;{source}&#xa0;»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) into &quot;{measure}&quot; (source &quot;{source}&quot;).</source>
        <translation>
            <numerusform>%n jour importé dans «&#xa0;{measure}&#xa0;» (source «&#xa0;{source}&#xa0;»).</numerusform>
            <numerusform>%n jours importés dans «&#xa0;{measure}&#xa0;» (source «&#xa0;{source}&#xa0;»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The figures come from %n row(s) of the file.</source>
        <translation>
            <numerusform>Les chiffres proviennent de %n ligne du fichier.</numerusform>
            <numerusform>Les chiffres proviennent de %n lignes du fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries of the same days were replaced.</source>
        <translation>
            <numerusform>%n saisie plus ancienne des mêmes jours a été remplacée.</numerusform>
            <numerusform>%n saisies plus anciennes des mêmes jours ont été remplacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported before were kept as they were.</source>
        <translation>
            <numerusform>%n jour déjà importé a été gardé tel quel.</numerusform>
            <numerusform>%n jours déjà importés ont été gardés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were left out by the filters.</source>
        <translation>
            <numerusform>%n ligne a été écartée par les filtres.</numerusform>
            <numerusform>%n lignes ont été écartées par les filtres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>  skipped line {line}: {reason}</source>
        <translation>  ligne {line} ignorée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>plan a measure&apos;s next year from its entries of last year, with a change</source>
        <translation>planifier l&apos;année qui vient d&apos;un indicateur d&apos;après ses saisies de l&apos;an dernier, avec une variation</translation>
    </message>
    <message>
        <source>the last day of the reference year; the plan covers the twelve months after it</source>
        <translation>le dernier jour de l&apos;année de référence&#xa0;; le plan couvre les douze mois suivants</translation>
    </message>
    <message>
        <source>change on last year: 8, +8 %%, -5</source>
        <translation>variation sur l&apos;an dernier&#xa0;: 8, +8 %%, -5</translation>
    </message>
    <message>
        <source>the new year&apos;s total instead</source>
        <translation>le total de la nouvelle année, à la place</translation>
    </message>
    <message>
        <source>match days by weekday with holidays moved (default), by weekday only, or by date</source>
        <translation>faire correspondre les jours par jour de la semaine en déplaçant les jours fériés (par défaut), par jour de la semaine seulement, ou par date</translation>
    </message>
    <message>
        <source>fill days last year misses from the weeks around</source>
        <translation>compléter les jours manquants de l&apos;an dernier avec les semaines voisines</translation>
    </message>
    <message>
        <source>plan only what last year&apos;s entries show</source>
        <translation>ne planifier que ce que montrent les saisies de l&apos;an dernier</translation>
    </message>
    <message>
        <source>{problem} Add --fill-gaps to fill the missing days from the weeks around, or --known-only to plan only what the year&apos;s entries show.</source>
        <translation>{problem} Ajoutez --fill-gaps pour compléter les jours manquants avec les semaines voisines, ou --known-only pour ne planifier que ce que montrent les saisies de l&apos;année.</translation>
    </message>
    <message>
        <source>Last year&apos;s total: {last}; the new plan&apos;s ({start} to {end}): {planned}.</source>
        <translation>Total de l&apos;an dernier&#xa0;: {last}&#xa0;; celui du nouveau plan ({start} au {end})&#xa0;: {planned}.</translation>
    </message>
    <message>
        <source>Last year&apos;s average per open day: {last}; the new plan&apos;s ({start} to {end}): {planned}.</source>
        <translation>Moyenne de l&apos;an dernier par jour d&apos;ouverture&#xa0;: {last}&#xa0;; celle du nouveau plan ({start} au {end})&#xa0;: {planned}.</translation>
    </message>
    <message>
        <source>{measure}: planned from the year ending {day}, {change}.</source>
        <translation>{measure}&#xa0;: planifié d&apos;après l&apos;année finissant le {day}, {change}.</translation>
    </message>
    <message>
        <source>Moved: {days}.</source>
        <translation>Déplacés&#xa0;: {days}.</translation>
    </message>
    <message numerus="yes">
        <source>%n missing day(s) of last year filled from the weeks around.</source>
        <translation>
            <numerusform>%n jour manquant de l&apos;an dernier complété avec les semaines voisines.</numerusform>
            <numerusform>%n jours manquants de l&apos;an dernier complétés avec les semaines voisines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the new plan of {measure} to {path}.</source>
        <translation>Nouveau plan de {measure} écrit dans {path}.</translation>
    </message>
    <message>
        <source>Dry run: nothing written.</source>
        <translation>Essai à blanc&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>day starting   planned   last year</source>
        <translation>jour   prévu   l&apos;an dernier</translation>
    </message>
    <message>
        <source>week starting   planned   last year</source>
        <translation>semaine du   prévu   l&apos;an dernier</translation>
    </message>
    <message>
        <source>month starting   planned   last year</source>
        <translation>mois du   prévu   l&apos;an dernier</translation>
    </message>
    <message>
        <source>quarter starting   planned   last year</source>
        <translation>trimestre du   prévu   l&apos;an dernier</translation>
    </message>
    <message>
        <source>year starting   planned   last year</source>
        <translation>année du   prévu   l&apos;an dernier</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Delete goal</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Add goal with wizard</source>
        <translation>Ajouter un objectif avec l&apos;assistant</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Importer le réalisé</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Modifier l&apos;indicateur</translation>
    </message>
    <message>
        <source>Plan from last year</source>
        <translation>Planifier d&apos;après l&apos;an dernier</translation>
    </message>
    <message>
        <source>Add actual</source>
        <translation>Ajouter un chiffre réel</translation>
    </message>
    <message>
        <source>Edit actual</source>
        <translation>Modifier le chiffre réel</translation>
    </message>
    <message>
        <source>Delete actual</source>
        <translation>Supprimer le chiffre réel</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Modifier l&apos;étape</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>Ajouter un retour</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Modifier le retour</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Supprimer le retour</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Ajouter un bilan</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>Modifier le bilan</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Supprimer le bilan</translation>
    </message>
    <message>
        <source>Edit business details</source>
        <translation>Modifier les infos de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Revise vision</source>
        <translation>Revoir la vision</translation>
    </message>
    <message>
        <source>Delete actuals</source>
        <translation>Supprimer des chiffres saisis</translation>
    </message>
    <message>
        <source>Hold review</source>
        <translation>Faire un bilan</translation>
    </message>
    <message>
        <source>Made a step: {title}</source>
        <translation>Étape créée&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Make a step of feedback</source>
        <translation>Faire d&apos;un retour une étape</translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation>Déplacer l&apos;objectif</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Déplacer l&apos;étape</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>BakeryPlan plans (*.bakeryplan);;All files (*)</source>
        <translation>Plans BakeryPlan (*.bakeryplan);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; already exists. Replace it?</source>
        <translation>«&#xa0;{name}&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>You have typed something here. Close and lose what you typed?</source>
        <translation>Vous avez tapé quelque chose ici. Fermer et perdre ce que vous avez tapé&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>&amp;Close and lose it</source>
        <translation>&amp;Fermer et perdre</translation>
    </message>
    <message>
        <source>Saved as {name}
in the folder {folder}</source>
        <translation>Enregistré sous {name}
dans le dossier {folder}</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Skip those days</source>
        <translation>Ignorer ces jours</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Les remplacer</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Today so far</source>
        <translation>Aujourd&apos;hui, à ce jour</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Cette semaine, à ce jour</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Ce mois-ci, à ce jour</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Ce trimestre, à ce jour</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Cette année, à ce jour</translation>
    </message>
    <message>
        <source>{count} to {day}, {mean}</source>
        <translation>{count} jusqu&apos;au {day}, {mean}</translation>
    </message>
    <message>
        <source>average</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>average per {period}</source>
        <translation>moyenne par {period}</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message numerus="yes">
        <source>Step &quot;{name}&quot; is %n day(s) overdue (owner: {owner}).</source>
        <translation>
            <numerusform>L&apos;étape «&#xa0;{name}&#xa0;» a %n jour de retard (responsable&#xa0;: {owner}).</numerusform>
            <numerusform>L&apos;étape «&#xa0;{name}&#xa0;» a %n jours de retard (responsable&#xa0;: {owner}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step &quot;{name}&quot; is %n day(s) overdue (no owner).</source>
        <translation>
            <numerusform>L&apos;étape «&#xa0;{name}&#xa0;» a %n jour de retard (sans responsable).</numerusform>
            <numerusform>L&apos;étape «&#xa0;{name}&#xa0;» a %n jours de retard (sans responsable).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; is due on {day}, after its goal &quot;{goal}&quot; (due {goal_due}).</source>
        <translation>L&apos;étape «&#xa0;{name}&#xa0;» est prévue pour le {day}, après son objectif «&#xa0;{goal}&#xa0;» (prévu pour le {goal_due}).</translation>
    </message>
    <message>
        <source>Measure &quot;{name}&quot; missed its target date, {day}: {progress} (last actual {last}).</source>
        <translation>L&apos;indicateur «&#xa0;{name}&#xa0;» a dépassé la date de sa cible, le {day}&#xa0;: {progress} (dernier chiffre réel {last}).</translation>
    </message>
    <message>
        <source>Measure &quot;{name}&quot; missed its target date, {day}: no actual yet.</source>
        <translation>L&apos;indicateur «&#xa0;{name}&#xa0;» a dépassé la date de sa cible, le {day}&#xa0;: encore aucun chiffre réel.</translation>
    </message>
    <message numerus="yes">
        <source>Measure &quot;{name}&quot; has had no actual since {day} (%n day(s)).</source>
        <translation>
            <numerusform>L&apos;indicateur «&#xa0;{name}&#xa0;» n&apos;a plus de chiffre réel depuis le {day} (%n jour).</numerusform>
            <numerusform>L&apos;indicateur «&#xa0;{name}&#xa0;» n&apos;a plus de chiffre réel depuis le {day} (%n jours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measure &quot;{name}&quot; has no actual yet, %n day(s) after its start.</source>
        <translation>
            <numerusform>L&apos;indicateur «&#xa0;{name}&#xa0;» n&apos;a encore aucun chiffre réel, %n jour après son départ.</numerusform>
            <numerusform>L&apos;indicateur «&#xa0;{name}&#xa0;» n&apos;a encore aucun chiffre réel, %n jours après son départ.</numerusform>
        </translation>
    </message>
    <message>
        <source>No goal yet for &quot;{area}&quot;.</source>
        <translation>Pas encore d&apos;objectif pour «&#xa0;{area}&#xa0;».</translation>
    </message>
    <message>
        <source>There is no vision yet: write in a few plain sentences where the business is going and why.</source>
        <translation>Il n&apos;y a pas encore de vision&#xa0;: écrivez en quelques phrases simples où va l&apos;entreprise, et pourquoi.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no measure; its progress is seen from its steps only.</source>
        <translation>L&apos;objectif «&#xa0;{name}&#xa0;» n&apos;a pas d&apos;indicateur&#xa0;: on ne voit son avancement que par ses étapes.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no measure and no steps, so nobody can see its progress.</source>
        <translation>L&apos;objectif «&#xa0;{name}&#xa0;» n&apos;a ni indicateur ni étape&#xa0;: personne ne peut voir où il en est.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no owner.</source>
        <translation>L&apos;objectif «&#xa0;{name}&#xa0;» n&apos;a pas de responsable.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no due date.</source>
        <translation>L&apos;objectif «&#xa0;{name}&#xa0;» n&apos;a pas d&apos;échéance.</translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; has no owner.</source>
        <translation>L&apos;étape «&#xa0;{name}&#xa0;» n&apos;a pas de responsable.</translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; has no due date.</source>
        <translation>L&apos;étape «&#xa0;{name}&#xa0;» n&apos;a pas d&apos;échéance.</translation>
    </message>
    <message>
        <source>{name} owns no goal and no step.</source>
        <translation>{name} n&apos;est responsable d&apos;aucun objectif ni d&apos;aucune étape.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback &quot;{text}&quot; from {who} ({source}, {day}) has waited %n day(s) for an answer.</source>
        <translation>
            <numerusform>Le retour «&#xa0;{text}&#xa0;» ({who}, {source}, {day}) attend une réponse depuis %n jour.</numerusform>
            <numerusform>Le retour «&#xa0;{text}&#xa0;» ({who}, {source}, {day}) attend une réponse depuis %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback &quot;{text}&quot; ({source}, {day}) has waited %n day(s) for an answer.</source>
        <translation>
            <numerusform>Le retour «&#xa0;{text}&#xa0;» ({source}, {day}) attend une réponse depuis %n jour.</numerusform>
            <numerusform>Le retour «&#xa0;{text}&#xa0;» ({source}, {day}) attend une réponse depuis %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>team</source>
        <comment>feedback from</comment>
        <translation>équipe</translation>
    </message>
    <message>
        <source>customer</source>
        <comment>feedback from</comment>
        <translation>client</translation>
    </message>
    <message>
        <source>supplier</source>
        <comment>feedback from</comment>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>Hold the first one to see what changes from one review to the next.</source>
        <translation>Faites le premier pour voir ce qui change d&apos;un bilan à l&apos;autre.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it weekly.</source>
        <translation>Aucun bilan n&apos;a encore été fait&#xa0;; l&apos;idée est d&apos;en faire un chaque semaine.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it quarterly.</source>
        <translation>Aucun bilan n&apos;a encore été fait&#xa0;; l&apos;idée est d&apos;en faire un chaque trimestre.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it monthly.</source>
        <translation>Aucun bilan n&apos;a encore été fait&#xa0;; l&apos;idée est d&apos;en faire un chaque mois.</translation>
    </message>
    <message numerus="yes">
        <source>The weekly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>Le bilan hebdomadaire a %n jour de retard&#xa0;: il était prévu le {due}, et le dernier bilan date du {held}.</numerusform>
            <numerusform>Le bilan hebdomadaire a %n jours de retard&#xa0;: il était prévu le {due}, et le dernier bilan date du {held}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>Le bilan trimestriel a %n jour de retard&#xa0;: il était prévu le {due}, et le dernier bilan date du {held}.</numerusform>
            <numerusform>Le bilan trimestriel a %n jours de retard&#xa0;: il était prévu le {due}, et le dernier bilan date du {held}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>Le bilan mensuel a %n jour de retard&#xa0;: il était prévu le {due}, et le dernier bilan date du {held}.</numerusform>
            <numerusform>Le bilan mensuel a %n jours de retard&#xa0;: il était prévu le {due}, et le dernier bilan date du {held}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <source>Target reached.</source>
        <translation>Cible atteinte.</translation>
    </message>
    <message>
        <source>Not moving towards the target at the recent pace.</source>
        <translation>Au rythme récent, le chiffre ne va pas vers la cible.</translation>
    </message>
    <message>
        <source>At this pace the target is reached on {day}, on time.</source>
        <translation>À ce rythme, la cible est atteinte le {day}, dans les temps.</translation>
    </message>
    <message>
        <source>At this pace: {day}, {span} late.</source>
        <translation>À ce rythme&#xa0;: {day}, avec {span} de retard.</translation>
    </message>
    <message>
        <source>At this pace the target is reached on {day}, {span} early.</source>
        <translation>À ce rythme, la cible est atteinte le {day}, avec {span} d&apos;avance.</translation>
    </message>
    <message>
        <source>At this pace you reach {value} by {day} (target {target}).</source>
        <translation>À ce rythme, vous atteignez {value} d&apos;ici le {day} (cible {target}).</translation>
    </message>
    <message>
        <source>The target date, {day}, has passed: {progress}.</source>
        <translation>La date cible, {day}, est passée&#xa0;: {progress}.</translation>
    </message>
    <message>
        <source>Not moving towards the target.</source>
        <translation>N&apos;avance pas vers la cible.</translation>
    </message>
    <message>
        <source>At this pace it is reached on {day}, {span} late.</source>
        <translation>À ce rythme, elle est atteinte le {day}, avec {span} de retard.</translation>
    </message>
    <message>
        <source>{value} against a target of {target}</source>
        <translation>{value} pour une cible de {target}</translation>
    </message>
    <message>
        <source>{value} of {target} reached</source>
        <translation>{value} sur {target} atteints</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>New measure</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Modifier l&apos;indicateur</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Indicateur</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus c&apos;est haut, mieux c&apos;est</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus c&apos;est bas, mieux c&apos;est</translation>
    </message>
    <message>
        <source>Keep within a band</source>
        <translation>Rester dans une fourchette</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <source>Starting &amp;point</source>
        <translation>&amp;Point de départ</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Cible</translation>
    </message>
    <message>
        <source>Band &amp;low</source>
        <translation>Borne &amp;basse</translation>
    </message>
    <message>
        <source>Band &amp;high</source>
        <translation>Borne &amp;haute</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>Target &amp;date</source>
        <translation>Da&amp;te cible</translation>
    </message>
    <message>
        <source>What the target speaks &amp;of</source>
        <translation>La cible p&amp;orte sur</translation>
    </message>
    <message>
        <source>Count it &amp;as</source>
        <translation>Compter co&amp;mme</translation>
    </message>
    <message>
        <source>Judge health o&amp;ver</source>
        <translation>&amp;Juger l&apos;état sur</translation>
    </message>
    <message>
        <source>Pla&amp;nned path</source>
        <translation>Trajectoire pré&amp;vue</translation>
    </message>
    <message>
        <source>Plan from last &amp;year…</source>
        <translation>Plan tiré de l&apos;&amp;an dernier…</translation>
    </message>
    <message>
        <source>Draw a seasonal plan from a year of this measure&apos;s entries</source>
        <translation>Tirer un plan saisonnier d&apos;une année de saisies de cet indicateur</translation>
    </message>
    <message>
        <source>Seasonal plan:</source>
        <translation>Plan saisonnier&#xa0;:</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <source>Huddle</source>
        <translation>Point d&apos;équipe</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>Bilan mensuel</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Bilan trimestriel</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Pas de rythme</translation>
    </message>
    <message>
        <source>Every week (a huddle)</source>
        <translation>Chaque semaine (point d&apos;équipe)</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Chaque trimestre</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Domaine</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>Nothing: a main goal</source>
        <translation>Aucun&#xa0;: objectif principal</translation>
    </message>
    <message>
        <source>P&amp;art of</source>
        <translation>&amp;Fait partie de</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Modifier l&apos;étape</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <source>Do&amp;ne on</source>
        <translation>Fait &amp;le</translation>
    </message>
    <message>
        <source>&amp;Effort (hours)</source>
        <translation>&amp;Effort (heures)</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Coût</translation>
    </message>
    <message>
        <source>Make a step of feedback</source>
        <translation>Faire d&apos;un retour une étape</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Actif</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Modifier le retour</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>Nouveau retour</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>Reçu &amp;le</translation>
    </message>
    <message>
        <source>&amp;Linked goal</source>
        <translation>&amp;Objectif lié</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>Ré&amp;ponse</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>Modifier le bilan</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Nouveau bilan</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Fait le</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Décisions</translation>
    </message>
    <message>
        <source>Business details</source>
        <translation>Infos de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Currency (like EUR, GBP, USD)</source>
        <translation>&amp;Devise (comme EUR, GBP, USD)</translation>
    </message>
    <message>
        <source>&amp;Language and country</source>
        <translation>&amp;Langue et pays</translation>
    </message>
    <message>
        <source>&amp;Financial year starts in</source>
        <translation>L&apos;e&amp;xercice commence en</translation>
    </message>
    <message>
        <source>&amp;Weeks start on</source>
        <translation>Les &amp;semaines commencent le</translation>
    </message>
    <message>
        <source>&amp;Review the plan</source>
        <translation>&amp;Revoir le plan</translation>
    </message>
    <message>
        <source>Currency: pick one from the list, or type a code such as EUR or GBP.</source>
        <translation>Devise&#xa0;: choisissez-en une dans la liste, ou tapez un code comme EUR ou GBP.</translation>
    </message>
    <message>
        <source>Language and country: pick one from the list.</source>
        <translation>Langue et pays&#xa0;: choisissez dans la liste.</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>The year ending {day} is incomplete.</source>
        <translation>L&apos;année finissant le {day} est incomplète.</translation>
    </message>
    <message>
        <source>“{name}” has no entries in the year from {start} to {end}: choose a year with entries.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a aucune saisie dans l&apos;année du {start} au {end}&#xa0;: choisissez une année avec des saisies.</translation>
    </message>
    <message numerus="yes">
        <source>Too little history: “{name}” has entries on %n day(s) of the year ending {day}; a plan for a year needs at least {weeks} of them.</source>
        <translation>
            <numerusform>Pas assez d&apos;historique&#xa0;: «&#xa0;{name}&#xa0;» a des saisies sur %n jour de l&apos;année finissant le {day}&#xa0;; un plan sur un an en demande au moins {weeks}.</numerusform>
            <numerusform>Pas assez d&apos;historique&#xa0;: «&#xa0;{name}&#xa0;» a des saisies sur %n jours de l&apos;année finissant le {day}&#xa0;; un plan sur un an en demande au moins {weeks}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is read as its latest figure (a rating, a share, a headcount), so last year has no totals to copy: plan from last year works for measures counted as a total or a daily average.</source>
        <translation>«&#xa0;{name}&#xa0;» se lit à son dernier chiffre (une note, une part, un effectif)&#xa0;: l&apos;an dernier n&apos;a donc pas de totaux à reprendre. Planifier d&apos;après l&apos;an dernier marche pour les indicateurs comptés en total ou en moyenne par jour.</translation>
    </message>
    <message>
        <source>“{name}” should stay within a band; plan from last year is for measures where more is better (sales, customers, loaves).</source>
        <translation>«&#xa0;{name}&#xa0;» doit rester dans une fourchette&#xa0;; planifier d&apos;après l&apos;an dernier sert aux indicateurs où plus c&apos;est haut, mieux c&apos;est (ventes, clients, pains).</translation>
    </message>
    <message>
        <source>“{name}” should go down; plan from last year is for measures where more is better (sales, customers, loaves).</source>
        <translation>«&#xa0;{name}&#xa0;» doit baisser&#xa0;; planifier d&apos;après l&apos;an dernier sert aux indicateurs où plus c&apos;est haut, mieux c&apos;est (ventes, clients, pains).</translation>
    </message>
    <message>
        <source>“{name}” is a daily average, which has no total for the year: give the change in percent.</source>
        <translation>«&#xa0;{name}&#xa0;» est une moyenne par jour, qui n&apos;a pas de total sur l&apos;année&#xa0;: indiquez la variation en pourcentage.</translation>
    </message>
    <message>
        <source>A change of -100% or less leaves nothing to plan.</source>
        <translation>Une variation de -100 % ou moins ne laisse rien à planifier.</translation>
    </message>
    <message>
        <source>The total for the year must be more than 0.</source>
        <translation>Le total de l&apos;année doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>No entries after {day}.</source>
        <translation>Aucune saisie après le {day}.</translation>
    </message>
    <message>
        <source>The entries start on {day}: nothing is recorded for the {length} before (opened mid-year?).</source>
        <translation>Les saisies commencent le {day}&#xa0;: rien n&apos;est saisi avant cette date ({length} sans saisie&#xa0;; ouverture en cours d&apos;année&#xa0;?).</translation>
    </message>
    <message>
        <source>No entries from {start} to {end} ({length}).</source>
        <translation>Aucune saisie du {start} au {end} ({length}).</translation>
    </message>
    <message>
        <source>Each day is compared with the same date last year.</source>
        <translation>Chaque jour est comparé à la même date l&apos;an dernier.</translation>
    </message>
    <message>
        <source>Each day is compared with the same weekday 52 weeks before; holidays stay put.</source>
        <translation>Chaque jour est comparé au même jour de la semaine, 52 semaines plus tôt&#xa0;; les jours fériés ne bougent pas.</translation>
    </message>
    <message>
        <source>Each day is compared with the same weekday 52 weeks before; the holidays of {country} are moved to their dates in the new year.</source>
        <translation>Chaque jour est comparé au même jour de la semaine, 52 semaines plus tôt&#xa0;; les jours fériés ({country}) sont placés à leurs dates de la nouvelle année.</translation>
    </message>
    <message>
        <source>The plan&apos;s locale ({locale}) names no country, so public holidays cannot be moved. Only the days the business was closed last year on a usual opening day keep their dates.</source>
        <translation>La langue du plan ({locale}) ne précise pas de pays&#xa0;: les jours fériés ne peuvent donc pas être déplacés. Seuls les jours où l&apos;entreprise était fermée l&apos;an dernier un jour d&apos;ouverture habituel gardent leur date.</translation>
    </message>
    <message>
        <source>The holiday library does not know the country {country}, so public holidays cannot be moved. Only the days the business was closed last year on a usual opening day keep their dates.</source>
        <translation>La liste des jours fériés ne connaît pas le pays {country}&#xa0;: les jours fériés ne peuvent donc pas être déplacés. Seuls les jours où l&apos;entreprise était fermée l&apos;an dernier un jour d&apos;ouverture habituel gardent leur date.</translation>
    </message>
    <message>
        <source>Closed on {day}</source>
        <translation>Fermé le {day}</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>dimanche de Pâques</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>The file has no column &quot;{column}&quot; for the date.</source>
        <translation>Le fichier n&apos;a pas de colonne «&#xa0;{column}&#xa0;» pour la date.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the value.</source>
        <translation>Le fichier n&apos;a pas de colonne «&#xa0;{column}&#xa0;» pour la valeur.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the note.</source>
        <translation>Le fichier n&apos;a pas de colonne «&#xa0;{column}&#xa0;» pour la note.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the filter.</source>
        <translation>Le fichier n&apos;a pas de colonne «&#xa0;{column}&#xa0;» pour le filtre.</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Choisissez la colonne qui contient la date.</translation>
    </message>
    <message>
        <source>Choose the column that makes the value.</source>
        <translation>Choisissez la colonne qui donne la valeur.</translation>
    </message>
    <message>
        <source>more cells than the header ({width} where it has {expected}) — {cause}</source>
        <translation>plus de cellules que l&apos;en-tête ({width} au lieu de {expected}) — {cause}</translation>
    </message>
    <message>
        <source>more cells than the other rows ({width} where they have {expected}) — {cause}</source>
        <translation>plus de cellules que les autres lignes ({width} au lieu de {expected}) — {cause}</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not an amount</source>
        <translation>«&#xa0;{cell}&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>no amount in &quot;{column}&quot;</source>
        <translation>pas de montant dans «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <source>no value in &quot;{column}&quot; to count</source>
        <translation>pas de valeur à compter dans «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n cells where the table has {width}</source>
        <translation>
            <numerusform>%n cellule alors que le tableau en a {width}</numerusform>
            <numerusform>%n cellules alors que le tableau en a {width}</numerusform>
        </translation>
    </message>
    <message>
        <source>a total line, not a day&apos;s figure</source>
        <translation>une ligne de total, pas un chiffre du jour</translation>
    </message>
    <message>
        <source>dated after today ({day})</source>
        <translation>date après aujourd&apos;hui ({day})</translation>
    </message>
    <message>
        <source>{day} is outside the years {first} to {last}</source>
        <translation>{day} est en dehors des années {first} à {last}</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a number</source>
        <translation>«&#xa0;{cell}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is outside the range -1,000,000,000,000 to 1,000,000,000,000</source>
        <translation>«&#xa0;{cell}&#xa0;» n&apos;est pas entre -1&#x202f;000&#x202f;000&#x202f;000&#x202f;000 et 1&#x202f;000&#x202f;000&#x202f;000&#x202f;000</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (day first)</source>
        <translation>«&#xa0;{cell}&#xa0;» n&apos;est pas une date (jour d&apos;abord)</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (month first)</source>
        <translation>«&#xa0;{cell}&#xa0;» n&apos;est pas une date (mois d&apos;abord)</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (year first)</source>
        <translation>«&#xa0;{cell}&#xa0;» n&apos;est pas une date (année d&apos;abord)</translation>
    </message>
    <message>
        <source>the amount looks cut in two by a comma: {amount}; quote it or export with another separator</source>
        <translation>le montant semble coupé en deux par une virgule&#xa0;: {amount}&#xa0;; mettez-le entre guillemets ou exportez avec un autre séparateur</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>jour d&apos;abord</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>mois d&apos;abord</translation>
    </message>
    <message>
        <source>year first</source>
        <translation>année d&apos;abord</translation>
    </message>
    <message>
        <source>The dates are written both day first (line {day_line}: &quot;{day_cell}&quot;) and month first (line {month_line}: &quot;{month_cell}&quot;): lines the chosen order cannot read are skipped. Check that the order chosen is the file&apos;s own.</source>
        <translation>Les dates sont écrites tantôt jour d&apos;abord (ligne {day_line}&#xa0;: «&#xa0;{day_cell}&#xa0;»), tantôt mois d&apos;abord (ligne {month_line}&#xa0;: «&#xa0;{month_cell}&#xa0;»)&#xa0;: les lignes que l&apos;ordre choisi ne peut pas lire sont ignorées. Vérifiez que l&apos;ordre choisi est bien celui du fichier.</translation>
    </message>
    <message>
        <source>The dates are written both day first (line {day_line}: &quot;{day_cell}&quot;) and month first (line {month_line}: &quot;{month_cell}&quot;): lines the chosen order cannot read are skipped, and dates that read either way were read {order} ({lines}). Check those days, or choose the other order.</source>
        <translation>Les dates sont écrites tantôt jour d&apos;abord (ligne {day_line}&#xa0;: «&#xa0;{day_cell}&#xa0;»), tantôt mois d&apos;abord (ligne {month_line}&#xa0;: «&#xa0;{month_cell}&#xa0;»)&#xa0;: les lignes que l&apos;ordre choisi ne peut pas lire sont ignorées, et les dates lisibles dans les deux sens ont été lues dans l&apos;ordre «&#xa0;{order}&#xa0;» ({lines}). Vérifiez ces jours, ou choisissez l&apos;autre ordre.</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>lines {lines}</source>
        <translation>lignes {lines}</translation>
    </message>
    <message numerus="yes">
        <source>lines {list} and %n more</source>
        <translation>
            <numerusform>lignes {list} et %n autre</numerusform>
            <numerusform>lignes {list} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a profit-and-loss report (totals per account for a period), not daily figures: export the sales journal or the bank transactions, one row per booking with its date, and import that.</source>
        <translation>Ceci est un compte de résultat (des totaux par compte sur une période), pas des chiffres par jour&#xa0;: exportez le journal des ventes ou les opérations de la banque, une ligne par opération avec sa date, et importez ce fichier.</translation>
    </message>
    <message>
        <source>totals by month, with a &quot;Total&quot; row</source>
        <translation>totaux par mois, avec une ligne «&#xa0;Total&#xa0;»</translation>
    </message>
    <message>
        <source>totals by month</source>
        <translation>totaux par mois</translation>
    </message>
    <message>
        <source>totals by group, with a &quot;Total&quot; row</source>
        <translation>totaux par groupe, avec une ligne «&#xa0;Total&#xa0;»</translation>
    </message>
    <message>
        <source>totals by group, with a &quot;Total&quot; column</source>
        <translation>totaux par groupe, avec une colonne «&#xa0;Total&#xa0;»</translation>
    </message>
    <message>
        <source>totals by group</source>
        <translation>totaux par groupe</translation>
    </message>
    <message>
        <source>This is a summary table ({totals}), not one row per sale or per day: export the daily sales or the transaction list from the till, shop or bank instead.</source>
        <translation>Ceci est un tableau récapitulatif ({totals}), pas une ligne par vente ou par jour&#xa0;: exportez plutôt les ventes par jour ou la liste des opérations depuis la caisse, la boutique en ligne ou la banque.</translation>
    </message>
    <message>
        <source>This sheet holds several tables side by side (dates in columns {columns}): save each table as its own CSV file, or export the data again as one list, and import that.</source>
        <translation>Cette feuille contient plusieurs tableaux côte à côte (dates dans les colonnes {columns})&#xa0;: enregistrez chaque tableau dans son propre fichier CSV, ou exportez à nouveau les données en une seule liste, puis importez le résultat.</translation>
    </message>
    <message>
        <source>No column of dates was found in this file: export one row per sale, booking or day, each with its date.</source>
        <translation>Aucune colonne de dates n&apos;a été trouvée dans ce fichier&#xa0;: exportez une ligne par vente, par opération ou par jour, chacune avec sa date.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>above the table: left out, though it does not look like a title</source>
        <translation>au-dessus du tableau&#xa0;: laissée de côté, bien qu&apos;elle ne ressemble pas à un titre</translation>
    </message>
    <message>
        <source>Line {line} is past the end of the file.</source>
        <translation>La ligne {line} est au-delà de la fin du fichier.</translation>
    </message>
    <message>
        <source>the line cannot be read (a quote opened here is never closed)</source>
        <translation>la ligne ne peut pas être lue (un guillemet ouvert ici n&apos;est jamais fermé)</translation>
    </message>
    <message>
        <source>Lines {first} to {last}: a quote on line {first} is never closed, so these lines ran together; each was read on its own.</source>
        <translation>Lignes {first} à {last}&#xa0;: un guillemet de la ligne {first} n&apos;est jamais fermé, ces lignes se sont donc collées&#xa0;; chacune a été lue à part.</translation>
    </message>
    <message>
        <source>Line {first}: a quote is never closed; its quotes were read as text.</source>
        <translation>Ligne {first}&#xa0;: un guillemet n&apos;est jamais fermé&#xa0;; ses guillemets ont été lus comme du texte.</translation>
    </message>
    <message numerus="yes">
        <source>a quote opened on line {first} is never closed; this line has %n cells where the table has {width}</source>
        <translation>
            <numerusform>un guillemet ouvert à la ligne {first} n&apos;est jamais fermé&#xa0;; cette ligne a %n cellule alors que le tableau en a {width}</numerusform>
            <numerusform>un guillemet ouvert à la ligne {first} n&apos;est jamais fermé&#xa0;; cette ligne a %n cellules alors que le tableau en a {width}</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB: split the export into years and import them one at a time.</source>
        <translation>Le fichier dépasse {megabytes} Mo&#xa0;: découpez l&apos;export par année et importez les fichiers un par un.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file cannot be read as {encoding}: choose another encoding.</source>
        <translation>Le fichier ne peut pas être lu en {encoding}&#xa0;: choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>The file is not text in any encoding: export the data as CSV (comma- or semicolon-separated text) and import that.</source>
        <translation>Le fichier n&apos;est du texte dans aucun encodage&#xa0;: exportez les données en CSV (texte séparé par des virgules ou des points-virgules) et importez ce fichier.</translation>
    </message>
    <message>
        <source>The file holds NUL bytes, so it is not a CSV export (perhaps a spreadsheet&apos;s own format): save it as CSV and import that.</source>
        <translation>Le fichier contient des octets NUL, ce n&apos;est donc pas un export CSV (peut-être le format propre d&apos;un tableur)&#xa0;: enregistrez-le en CSV et importez ce fichier.</translation>
    </message>
    <message numerus="yes">
        <source>The file has a line longer than %n characters, so it is not a table of sales or bookings: export it again as CSV.</source>
        <translation>
            <numerusform>Le fichier a une ligne de plus de %n caractère, ce n&apos;est donc pas un tableau de ventes ou d&apos;opérations : exportez-le à nouveau en CSV.</numerusform>
            <numerusform>Le fichier a une ligne de plus de %n caractères, ce n&apos;est donc pas un tableau de ventes ou d&apos;opérations : exportez-le à nouveau en CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>a number with a comma that is not in quotes?</source>
        <translation>un nombre avec une virgule hors guillemets&#xa0;?</translation>
    </message>
    <message>
        <source>a date with a comma that is not in quotes?</source>
        <translation>une date avec une virgule hors guillemets&#xa0;?</translation>
    </message>
    <message>
        <source>a name or note with a comma that is not in quotes?</source>
        <translation>un nom ou une note avec une virgule hors guillemets&#xa0;?</translation>
    </message>
    <message>
        <source>a name or note with a semicolon that is not in quotes?</source>
        <translation>un nom ou une note avec un point-virgule hors guillemets&#xa0;?</translation>
    </message>
    <message>
        <source>a name or note with a tab that is not in quotes?</source>
        <translation>un nom ou une note avec une tabulation hors guillemets&#xa0;?</translation>
    </message>
    <message>
        <source>a name or note with a vertical bar that is not in quotes?</source>
        <translation>un nom ou une note avec une barre verticale hors guillemets&#xa0;?</translation>
    </message>
    <message>
        <source>a name or note with a {name} that is not in quotes?</source>
        <translation>un nom ou une note avec le caractère {name} hors guillemets&#xa0;?</translation>
    </message>
</context>
<context>
    <name>one_page</name>
    <message>
        <source>My business</source>
        <translation>Mon entreprise</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>pour le {day}</translation>
    </message>
    <message>
        <source>no due date yet</source>
        <translation>pas encore d&apos;échéance</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>pas encore de responsable</translation>
    </message>
    <message>
        <source>{health}: {measure}</source>
        <translation>{health}&#xa0;: {measure}</translation>
    </message>
    <message>
        <source>{measure}, {covers}</source>
        <translation>{measure}, {covers}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} sur %n étape faite</numerusform>
            <numerusform>{done} sur %n étapes faites</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>No measure yet</source>
        <translation>Pas encore d&apos;indicateur</translation>
    </message>
    <message>
        <source>add one in the app</source>
        <translation>ajoutez-en un dans l&apos;application</translation>
    </message>
    <message>
        <source>{planned} planned</source>
        <translation>prévu&#xa0;: {planned}</translation>
    </message>
    <message>
        <source>no figure yet · {wanted}</source>
        <translation>pas encore de chiffre · {wanted}</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n week(s)</source>
        <translation>
            <numerusform>semaine dernière</numerusform>
            <numerusform>%n dernières semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n month(s)</source>
        <translation>
            <numerusform>mois dernier</numerusform>
            <numerusform>%n derniers mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n quarter(s)</source>
        <translation>
            <numerusform>trimestre dernier</numerusform>
            <numerusform>%n derniers trimestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n year(s)</source>
        <translation>
            <numerusform>année dernière</numerusform>
            <numerusform>%n dernières années</numerusform>
        </translation>
    </message>
    <message>
        <source>keep {low} to {high}</source>
        <translation>rester entre {low} et {high}</translation>
    </message>
    <message>
        <source>keep at least {low}</source>
        <translation>rester à {low} au moins</translation>
    </message>
    <message>
        <source>keep at most {high}</source>
        <translation>rester à {high} au plus</translation>
    </message>
    <message>
        <source>{business}: plan for the staff huddle</source>
        <translation>{business}&#xa0;: plan pour le point d&apos;équipe</translation>
    </message>
    <message>
        <source>The full vision is in the app.</source>
        <translation>La vision complète est dans l&apos;application.</translation>
    </message>
    <message>
        <source>No goals yet. Add the first one in the app.</source>
        <translation>Pas encore d&apos;objectif. Ajoutez le premier dans l&apos;application.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more goal(s) in the app</source>
        <translation>
            <numerusform>+%n autre objectif dans l&apos;application</numerusform>
            <numerusform>+%n autres objectifs dans l&apos;application</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due in the next two weeks.</source>
        <translation>Rien de prévu dans les deux semaines qui viennent.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more step(s) in the app</source>
        <translation>
            <numerusform>+%n autre étape dans l&apos;application</numerusform>
            <numerusform>+%n autres étapes dans l&apos;application</numerusform>
        </translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>Notre vision</translation>
    </message>
    <message>
        <source>Staff huddle</source>
        <translation>Point d&apos;équipe</translation>
    </message>
    <message>
        <source>No vision written yet: write it in the app under Vision.</source>
        <translation>Pas encore de vision&#xa0;: écrivez-la dans l&apos;application, sous Vision.</translation>
    </message>
    <message>
        <source>Our goals</source>
        <translation>Nos objectifs</translation>
    </message>
    <message>
        <source>open steps due by {day}, and anything overdue</source>
        <translation>étapes à faire d&apos;ici le {day}, et tout ce qui est en retard</translation>
    </message>
    <message>
        <source>The next two weeks</source>
        <translation>Les deux semaines qui viennent</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>Open feedback:</source>
        <translation>Retours en attente&#xa0;:</translation>
    </message>
    <message>
        <source>none waiting for an answer.</source>
        <translation>aucun n&apos;attend de réponse.</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) waiting for an answer (see Feedback in the app).</source>
        <translation>
            <numerusform>%n retour attend une réponse (voir Retours dans l&apos;application).</numerusform>
            <numerusform>%n retours attendent une réponse (voir Retours dans l&apos;application).</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes from the huddle</source>
        <translation>Notes du point d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Plan from a newer version</source>
        <translation>Plan d&apos;une version plus récente</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; was saved by a newer version of BakeryPlan. It opens read-only so that nothing in it is lost; update BakeryPlan to edit it.</source>
        <translation>«&#xa0;{name}&#xa0;» a été enregistré par une version plus récente de BakeryPlan. Il s&apos;ouvre en lecture seule pour que rien ne soit perdu&#xa0;; mettez BakeryPlan à jour pour le modifier.</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan déjà ouvert</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is open for editing elsewhere:
{holder}.

You can look at it here read-only,
or cancel and switch to the other copy.</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert pour modification ailleurs&#xa0;:
{holder}.

Vous pouvez le consulter ici en lecture seule,
ou annuler et passer à l&apos;autre copie.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Plan in use on another computer</source>
        <translation>Plan ouvert sur un autre ordinateur</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is open for editing on another computer:
{holder}.

You can look at it here read-only. If BakeryPlan no longer runs there (the computer was switched off or the app stopped), you can take the plan over and edit it here.</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert pour modification sur un autre ordinateur&#xa0;:
{holder}.

Vous pouvez le consulter ici en lecture seule. Si BakeryPlan ne tourne plus là-bas (l&apos;ordinateur a été éteint ou l&apos;application s&apos;est arrêtée), vous pouvez reprendre le plan et le modifier ici.</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Take over the plan</source>
        <translation>Reprendre le plan</translation>
    </message>
    <message>
        <source>Take &quot;{name}&quot; over from the computer &quot;{host}&quot;? Do this only if BakeryPlan is not running there any more: if both edit the plan, changes made there will be lost.</source>
        <translation>Reprendre «&#xa0;{name}&#xa0;» depuis l&apos;ordinateur «&#xa0;{host}&#xa0;»&#xa0;? Ne le faites que si BakeryPlan ne tourne plus là-bas&#xa0;: si les deux modifient le plan, les modifications faites là-bas seront perdues.</translation>
    </message>
    <message>
        <source>Plan is read-only</source>
        <translation>Plan en lecture seule</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; cannot be changed here: {reason}.

You can look at it read-only.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être modifié ici&#xa0;: {reason}.

Vous pouvez le consulter en lecture seule.</translation>
    </message>
    <message>
        <source>made when the plan was opened</source>
        <translation>faite à l&apos;ouverture du plan</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>sauvegarde du jour</translation>
    </message>
    <message>
        <source>made when the plan was created</source>
        <translation>faite à la création du plan</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <source>the plan as it was before a restore</source>
        <translation>le plan tel qu&apos;il était avant une restauration</translation>
    </message>
    <message>
        <source>the damaged file, kept before a restore</source>
        <translation>le fichier abîmé, gardé avant une restauration</translation>
    </message>
    <message>
        <source>made before an upgrade to a newer version</source>
        <translation>faite avant le passage à une version plus récente</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>{when}: {reason} ({size})</source>
        <translation>{when}&#xa0;: {reason} ({size})</translation>
    </message>
    <message>
        <source>Plan file damaged</source>
        <translation>Fichier de plan abîmé</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged or incomplete, so it cannot be opened, and there is no backup of it yet. The file has not been changed.</source>
        <translation>«&#xa0;{name}&#xa0;» est abîmé ou incomplet&#xa0;: il ne peut pas être ouvert, et il n&apos;en existe encore aucune sauvegarde. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged or incomplete, so it cannot be opened.
The file has not been changed.

Pick a backup to restore (the damaged file is kept as a backup too):</source>
        <translation>«&#xa0;{name}&#xa0;» est abîmé ou incomplet&#xa0;: il ne peut pas être ouvert.
Le fichier n&apos;a pas été modifié.

Choisissez une sauvegarde à restaurer (le fichier abîmé est gardé lui aussi comme sauvegarde)&#xa0;:</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups of this plan yet.</source>
        <translation>Ce plan n&apos;a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>Pick the backup to go back to:</source>
        <translation>Choisissez la sauvegarde à laquelle revenir&#xa0;:</translation>
    </message>
    <message>
        <source>Replace &quot;{name}&quot; with the backup from {when}? The plan as it is now is backed up first, so you can come back to it the same way.</source>
        <translation>Remplacer «&#xa0;{name}&#xa0;» par la sauvegarde du {when}&#xa0;? Le plan tel qu&apos;il est maintenant est d&apos;abord sauvegardé&#xa0;: vous pourrez y revenir de la même façon.</translation>
    </message>
    <message>
        <source>Demo not created</source>
        <translation>Démo non créée</translation>
    </message>
    <message>
        <source>The demo plan could not be created: {reason}</source>
        <translation>Le plan de démo n&apos;a pas pu être créé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not a plan</source>
        <translation>Pas un plan</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a BakeryPlan plan, so it cannot be opened here. The file has not been changed.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas un plan BakeryPlan&#xa0;: il ne peut pas être ouvert ici. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>Plan introuvable</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is no longer there. It may have been moved or renamed.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est plus là. Il a peut-être été déplacé ou renommé.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged and could not be repaired from a backup.</source>
        <translation>«&#xa0;{name}&#xa0;» est abîmé et n&apos;a pas pu être réparé à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Plan not opened</source>
        <translation>Plan non ouvert</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; could not be opened: {reason}</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être ouvert&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>pack</name>
    <message>
        <source>{business}: progress pack</source>
        <extracomment>Countries that print on US Letter; everyone else uses A4.</extracomment>
        <translation>{business}&#xa0;: dossier d&apos;avancement</translation>
    </message>
    <message>
        <source>{business} · Progress pack · {day}</source>
        <translation>{business} · Dossier d&apos;avancement · {day}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>This plan has no goals yet.</source>
        <extracomment>How many of the latest periods a measure page lists under its chart.</extracomment>
        <translation>Ce plan n&apos;a pas encore d&apos;objectif.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s): {health}.</source>
        <translation>
            <numerusform>%n objectif&#xa0;: {health}.</numerusform>
            <numerusform>%n objectifs&#xa0;: {health}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n en bonne voie</numerusform>
            <numerusform>%n en bonne voie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n à risque</numerusform>
            <numerusform>%n à risque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n achieved</source>
        <translation>
            <numerusform>%n atteint</numerusform>
            <numerusform>%n atteints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n pas commencé</numerusform>
            <numerusform>%n pas commencés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done (shares weighted by effort)</source>
        <translation>
            <numerusform>{done} sur %n étape faite (parts pondérées par l&apos;effort)</numerusform>
            <numerusform>{done} sur %n étapes faites (parts pondérées par l&apos;effort)</numerusform>
        </translation>
    </message>
    <message>
        <source>{measure} ({unit})</source>
        <translation>{measure} ({unit})</translation>
    </message>
    <message>
        <source>{measure} has no recorded value yet.</source>
        <translation>{measure}&#xa0;: pas encore de valeur saisie.</translation>
    </message>
    <message>
        <source>{measure} is exactly on plan ({when}).</source>
        <translation>{measure}&#xa0;: pile dans le plan ({when}).</translation>
    </message>
    <message>
        <source>{points} percentage points</source>
        <translation>{points} points de pourcentage</translation>
    </message>
    <message>
        <source>{period}: {actual}, {planned} planned by {day}.</source>
        <translation>{period}&#xa0;: {actual}&#xa0;; prévu au {day}&#xa0;: {planned}.</translation>
    </message>
    <message>
        <source>Health: {health}.</source>
        <translation>État&#xa0;: {health}.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} above plan ({when}), worse than planned.</source>
        <translation>{measure}&#xa0;: {amount}{share} au-dessus du plan ({when}), moins bien que prévu.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} below plan ({when}), better than planned.</source>
        <translation>{measure}&#xa0;: {amount}{share} en dessous du plan ({when}), mieux que prévu.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} above plan ({when}).</source>
        <translation>{measure}&#xa0;: {amount}{share} au-dessus du plan ({when}).</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} below plan ({when}).</source>
        <translation>{measure}&#xa0;: {amount}{share} en dessous du plan ({when}).</translation>
    </message>
    <message>
        <source>Planned from last year (year ending {day}), {change}.</source>
        <translation>Planifié d&apos;après l&apos;an dernier (année finissant le {day}), {change}.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done, {overdue} overdue.</source>
        <translation>
            <numerusform>{done} sur %n étape faite, {overdue} en retard.</numerusform>
            <numerusform>{done} sur %n étapes faites, {overdue} en retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done.</source>
        <translation>
            <numerusform>{done} sur %n étape faite.</numerusform>
            <numerusform>{done} sur %n étapes faites.</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner&apos;s explanation at the review of {day}: {text}</source>
        <translation>L&apos;explication du responsable au bilan du {day}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Goal / measure</source>
        <extracomment>Summary columns: header (in English; ``column_headers`` in the pack&apos;s language), right-aligned (numbers), may wrap between words.</extracomment>
        <translation>Objectif / indicateur</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>PROGRESS PACK</source>
        <extracomment>The goal column&apos;s share of the width: the other columns wrap between words to make it. Below this share of the width, numbers are squeezed instead of goal titles. Lines a goal title may take in the summary before it ends in an ellipsis.</extracomment>
        <translation>DOSSIER D&apos;AVANCEMENT</translation>
    </message>
    <message>
        <source>Progress report as of {day}</source>
        <translation>Point d&apos;avancement au {day}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Responsable&#xa0;: {owner}</translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>Notre vision</translation>
    </message>
    <message>
        <source>No vision written yet.</source>
        <translation>Pas encore de vision écrite.</translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Pourquoi c&apos;est important&#xa0;: {why}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>page {number}</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Objectif&#xa0;: {goal}</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>Ce que cela veut dire</translation>
    </message>
    <message>
        <source>Latest values</source>
        <translation>Dernières valeurs</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>The chart of this measure could not be drawn; its figures follow below.</source>
        <translation>Le graphique de cet indicateur n&apos;a pas pu être dessiné&#xa0;; ses chiffres suivent ci-dessous.</translation>
    </message>
    <message>
        <source>Health: {health}</source>
        <translation>État&#xa0;: {health}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Recently done</source>
        <translation>Faites récemment</translation>
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
        <translation>Semaine du {day}</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n trimestre</numerusform>
            <numerusform>%n trimestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>perspective</name>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>How we work</source>
        <translation>Notre façon de travailler</translation>
    </message>
    <message>
        <source>Team and skills</source>
        <translation>Équipe et compétences</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Next week, from {day}</source>
        <translation>La semaine prochaine, à partir du {day}</translation>
    </message>
    <message>
        <source>This week, from {day}</source>
        <translation>Cette semaine, à partir du {day}</translation>
    </message>
    <message>
        <source>Print check-in sheet</source>
        <translation>Imprimer la fiche du point d&apos;équipe</translation>
    </message>
    <message>
        <source>Which week is it for?</source>
        <translation>Pour quelle semaine&#xa0;?</translation>
    </message>
    <message>
        <source>{name} - check-in sheet {first} to {last}</source>
        <translation>{name} - fiche du point d&apos;équipe du {first} au {last}</translation>
    </message>
    <message>
        <source>Print the check-in sheet</source>
        <translation>Imprimer la fiche du point d&apos;équipe</translation>
    </message>
    <message>
        <source>{name} - plan for the staff huddle</source>
        <translation>{name} - plan pour le point d&apos;équipe</translation>
    </message>
    <message>
        <source>Print the one-page plan</source>
        <translation>Imprimer le plan sur une page</translation>
    </message>
    <message>
        <source>Export one-page plan as PDF</source>
        <translation>Exporter le plan sur une page en PDF</translation>
    </message>
    <message>
        <source>{stem} - one-page plan.pdf</source>
        <translation>{stem} - plan sur une page.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>{business}: no review held on or before {day} yet.</source>
        <translation>{business}&#xa0;: aucun bilan fait au {day} ou avant.</translation>
    </message>
    <message>
        <source>{name}: {short} ({detail})</source>
        <translation>{name}&#xa0;: {short} ({detail})</translation>
    </message>
    <message>
        <source>{name}: {short}</source>
        <translation>{name}&#xa0;: {short}</translation>
    </message>
    <message>
        <source>{name} ({detail})</source>
        <translation>{name} ({detail})</translation>
    </message>
    <message>
        <source>new, {health}</source>
        <translation>nouveau, {health}</translation>
    </message>
    <message>
        <source>no figure yet, {planned} planned ({period})</source>
        <translation>pas encore de chiffre (prévu&#xa0;: {planned}), {period}</translation>
    </message>
    <message>
        <source>{actual} against {planned} planned, {period}</source>
        <translation>{actual} (prévu&#xa0;: {planned}), {period}</translation>
    </message>
    <message>
        <source>goal added</source>
        <translation>objectif ajouté</translation>
    </message>
    <message>
        <source>measure added</source>
        <translation>indicateur ajouté</translation>
    </message>
    <message>
        <source>goal deleted</source>
        <translation>objectif supprimé</translation>
    </message>
    <message>
        <source>measure deleted</source>
        <translation>indicateur supprimé</translation>
    </message>
    <message>
        <source>renamed (was “{before}”)</source>
        <translation>renommé (avant&#xa0;: «&#xa0;{before}&#xa0;»)</translation>
    </message>
    <message>
        <source>retitled (was “{before}”)</source>
        <translation>nouveau titre (avant&#xa0;: «&#xa0;{before}&#xa0;»)</translation>
    </message>
    <message>
        <source>target {before} → {after}</source>
        <translation>cible {before} → {after}</translation>
    </message>
    <message>
        <source>target date {before} → {after}</source>
        <translation>date de la cible {before} → {after}</translation>
    </message>
    <message>
        <source>starting point {before} → {after}</source>
        <translation>point de départ {before} → {after}</translation>
    </message>
    <message>
        <source>start {before} → {after}</source>
        <translation>départ {before} → {after}</translation>
    </message>
    <message>
        <source>due date {before} → {after}</source>
        <translation>échéance {before} → {after}</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>régulière</translation>
    </message>
    <message>
        <source>stepped</source>
        <translation>par paliers</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personnalisée</translation>
    </message>
    <message>
        <source>planned curve redrawn</source>
        <translation>trajectoire prévue redessinée</translation>
    </message>
    <message>
        <source>planned curve redrawn ({before} → {after})</source>
        <translation>trajectoire prévue redessinée ({before} → {after})</translation>
    </message>
    <message>
        <source>year ending {day}, {change}, days matched by weekday</source>
        <translation>année finissant le {day}, {change}, jours alignés sur le jour de la semaine</translation>
    </message>
    <message>
        <source>year ending {day}, {change}, days matched by date</source>
        <translation>année finissant le {day}, {change}, jours alignés sur la date</translation>
    </message>
    <message>
        <source>year ending {day}, {change}</source>
        <translation>année finissant le {day}, {change}</translation>
    </message>
    <message>
        <source>no longer the plan drawn from last year</source>
        <translation>ne suit plus le plan tiré de l&apos;an dernier</translation>
    </message>
    <message>
        <source>now planned from last year ({now})</source>
        <translation>planifié désormais d&apos;après l&apos;an dernier ({now})</translation>
    </message>
    <message>
        <source>planned from last year again ({now}; was {before})</source>
        <translation>de nouveau planifié d&apos;après l&apos;an dernier ({now}&#xa0;; avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the average of a day (was {before})</source>
        <translation>compté désormais comme la moyenne d&apos;une journée (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>the total of a day</source>
        <translation>le total d&apos;une journée</translation>
    </message>
    <message>
        <source>the latest figure of a day</source>
        <translation>le dernier chiffre d&apos;une journée</translation>
    </message>
    <message>
        <source>the total of a week</source>
        <translation>le total d&apos;une semaine</translation>
    </message>
    <message>
        <source>the average per day of a week</source>
        <translation>la moyenne par jour, sur une semaine</translation>
    </message>
    <message>
        <source>the latest figure of a week</source>
        <translation>le dernier chiffre d&apos;une semaine</translation>
    </message>
    <message>
        <source>the total of a month</source>
        <translation>le total d&apos;un mois</translation>
    </message>
    <message>
        <source>the average per day of a month</source>
        <translation>la moyenne par jour, sur un mois</translation>
    </message>
    <message>
        <source>the latest figure of a month</source>
        <translation>le dernier chiffre d&apos;un mois</translation>
    </message>
    <message>
        <source>the total of a quarter</source>
        <translation>le total d&apos;un trimestre</translation>
    </message>
    <message>
        <source>the average per day of a quarter</source>
        <translation>la moyenne par jour, sur un trimestre</translation>
    </message>
    <message>
        <source>the latest figure of a quarter</source>
        <translation>le dernier chiffre d&apos;un trimestre</translation>
    </message>
    <message>
        <source>the total of a year</source>
        <translation>le total d&apos;une année</translation>
    </message>
    <message>
        <source>the average per day of a year</source>
        <translation>la moyenne par jour, sur une année</translation>
    </message>
    <message>
        <source>the latest figure of a year</source>
        <translation>le dernier chiffre d&apos;une année</translation>
    </message>
    <message>
        <source>goal marked done (was active)</source>
        <translation>objectif marqué comme fait (avant&#xa0;: en cours)</translation>
    </message>
    <message>
        <source>goal marked dropped (was active)</source>
        <translation>objectif marqué comme abandonné (avant&#xa0;: en cours)</translation>
    </message>
    <message>
        <source>goal marked active (was done)</source>
        <translation>objectif de nouveau en cours (avant&#xa0;: fait)</translation>
    </message>
    <message>
        <source>goal marked dropped (was done)</source>
        <translation>objectif marqué comme abandonné (avant&#xa0;: fait)</translation>
    </message>
    <message>
        <source>goal marked active (was dropped)</source>
        <translation>objectif de nouveau en cours (avant&#xa0;: abandonné)</translation>
    </message>
    <message>
        <source>goal marked done (was dropped)</source>
        <translation>objectif marqué comme fait (avant&#xa0;: abandonné)</translation>
    </message>
    <message>
        <source>goal status changed</source>
        <translation>statut de l&apos;objectif modifié</translation>
    </message>
    <message>
        <source>now counted as the total of a day (was {before})</source>
        <translation>compté désormais comme le total d&apos;une journée (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a day (was {before})</source>
        <translation>compté désormais comme le dernier chiffre d&apos;une journée (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a week (was {before})</source>
        <translation>compté désormais comme le total d&apos;une semaine (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a week (was {before})</source>
        <translation>compté désormais comme la moyenne par jour, sur une semaine (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a week (was {before})</source>
        <translation>compté désormais comme le dernier chiffre d&apos;une semaine (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a month (was {before})</source>
        <translation>compté désormais comme le total d&apos;un mois (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a month (was {before})</source>
        <translation>compté désormais comme la moyenne par jour, sur un mois (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a month (was {before})</source>
        <translation>compté désormais comme le dernier chiffre d&apos;un mois (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a quarter (was {before})</source>
        <translation>compté désormais comme le total d&apos;un trimestre (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a quarter (was {before})</source>
        <translation>compté désormais comme la moyenne par jour, sur un trimestre (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a quarter (was {before})</source>
        <translation>compté désormais comme le dernier chiffre d&apos;un trimestre (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a year (was {before})</source>
        <translation>compté désormais comme le total d&apos;une année (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a year (was {before})</source>
        <translation>compté désormais comme la moyenne par jour, sur une année (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a year (was {before})</source>
        <translation>compté désormais comme le dernier chiffre d&apos;une année (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>counting changed (was {before})</source>
        <translation>mode de calcul modifié (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>the average of a day</source>
        <translation>la moyenne d&apos;une journée</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a value not set, as in: due date none → 31 Jan</comment>
        <translation>néant</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>{who}, no date</source>
        <translation>{who}, sans date</translation>
    </message>
    <message>
        <source>{who}, done {day}</source>
        <translation>{who}, fait le {day}</translation>
    </message>
    <message>
        <source>{who}, due {day}</source>
        <translation>{who}, pour le {day}</translation>
    </message>
    <message>
        <source>{source}, {day}</source>
        <translation>{source}, {day}</translation>
    </message>
    <message>
        <source>since the huddle of {day} (today)</source>
        <translation>depuis le point d&apos;équipe du {day} (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>since the monthly review of {day} (today)</source>
        <translation>depuis le bilan mensuel du {day} (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>since the quarterly review of {day} (today)</source>
        <translation>depuis le bilan trimestriel du {day} (aujourd&apos;hui)</translation>
    </message>
    <message numerus="yes">
        <source>since the huddle of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>depuis le point d&apos;équipe du {day} (il y a %n jour)</numerusform>
            <numerusform>depuis le point d&apos;équipe du {day} (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since the monthly review of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>depuis le bilan mensuel du {day} (il y a %n jour)</numerusform>
            <numerusform>depuis le bilan mensuel du {day} (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since the quarterly review of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>depuis le bilan trimestriel du {day} (il y a %n jour)</numerusform>
            <numerusform>depuis le bilan trimestriel du {day} (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>{business}: what changed {since} to {day}</source>
        <translation>{business}&#xa0;: ce qui a changé {since}, jusqu&apos;au {day}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a section of the digest with nothing in it</comment>
        <translation>néant</translation>
    </message>
    <message>
        <source>not known: the last review kept no snapshot</source>
        <translation>inconnu&#xa0;: le dernier bilan n&apos;a pas gardé d&apos;instantané</translation>
    </message>
    <message>
        <source>Measures whose health changed</source>
        <translation>Indicateurs dont l&apos;état a changé</translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation>Changements dans le plan</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Étapes faites</translation>
    </message>
    <message>
        <source>Steps newly overdue</source>
        <translation>Étapes passées en retard</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>Nouveaux retours</translation>
    </message>
    <message>
        <source>Decisions of the last review</source>
        <translation>Décisions du dernier bilan</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>{section}: {none}</source>
        <translation>{section}&#xa0;: {none}</translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s) recorded since.</source>
        <translation>
            <numerusform>%n chiffre réel saisi depuis.</numerusform>
            <numerusform>%n chiffres réels saisis depuis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Explications</translation>
    </message>
    <message>
        <source>This review kept no snapshot of the plan.</source>
        <translation>Ce bilan n&apos;a pas gardé d&apos;instantané du plan.</translation>
    </message>
    <message>
        <source>The first review with a snapshot: later reviews show what changed.</source>
        <translation>Premier bilan avec un instantané&#xa0;: les bilans suivants montreront ce qui a changé.</translation>
    </message>
    <message>
        <source>Changed in the plan since the review of {day}</source>
        <translation>Changements dans le plan depuis le bilan du {day}</translation>
    </message>
    <message>
        <source>Changed in the plan since the review of {day}: none</source>
        <translation>Changements dans le plan depuis le bilan du {day}&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Health changed since {day}</source>
        <translation>Changements d&apos;état depuis le {day}</translation>
    </message>
    <message>
        <source>Health changed since {day}: none</source>
        <translation>Changements d&apos;état depuis le {day}&#xa0;: aucun</translation>
    </message>
    <message>
        <source>A deleted measure</source>
        <translation>Un indicateur supprimé</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>{business}: status on {day}</source>
        <translation>{business}&#xa0;: état au {day}</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Pas encore d&apos;objectif.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>{goal}  ({owner}, due {day}): {health}</source>
        <translation>{goal}  ({owner}, pour le {day})&#xa0;: {health}</translation>
    </message>
    <message>
        <source>{goal}  ({owner}, no due date): {health}</source>
        <translation>{goal}  ({owner}, sans échéance)&#xa0;: {health}</translation>
    </message>
    <message>
        <source>Steps: {steps}</source>
        <translation>Étapes&#xa0;: {steps}</translation>
    </message>
    <message>
        <source>{measure}: no figure yet, planned {planned}: {health}</source>
        <translation>{measure}&#xa0;: pas encore de chiffre, prévu {planned}&#xa0;: {health}</translation>
    </message>
    <message>
        <source>{measure}: {actual}, planned {planned} ({period}): {health}</source>
        <translation>{measure}&#xa0;: {actual}, prévu {planned} ({period})&#xa0;: {health}</translation>
    </message>
    <message>
        <source>{period}: {actual}, planned {planned} by {day}</source>
        <translation>{period}&#xa0;: {actual}, prévu {planned} pour le {day}</translation>
    </message>
    <message>
        <source>{share} of the plan made</source>
        <translation>{share} du plan atteint</translation>
    </message>
    <message>
        <source>progress {share} of the way, {planned} planned by then</source>
        <translation>avancement&#xa0;: {share} du chemin, {planned} prévu à cette date</translation>
    </message>
    <message>
        <source>to be kept between {low} and {high}</source>
        <translation>à garder entre {low} et {high}</translation>
    </message>
    <message>
        <source>to be at least {low}</source>
        <translation>au moins {low}</translation>
    </message>
    <message>
        <source>to be at most {high}</source>
        <translation>au plus {high}</translation>
    </message>
    <message>
        <source>{business}: no findings. Every goal has an owner, a date and a measure.</source>
        <translation>{business}&#xa0;: rien à signaler. Chaque objectif a un responsable, une date et un indicateur.</translation>
    </message>
    <message numerus="yes">
        <source>{business}: %n finding(s)</source>
        <translation>
            <numerusform>{business}&#xa0;: %n point à surveiller</numerusform>
            <numerusform>{business}&#xa0;: %n points à surveiller</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>attention&#xa0;: {message}</translation>
    </message>
    <message>
        <source>info: {message}</source>
        <translation>info&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message numerus="yes">
        <source>{done} of %n step(s) done, {overdue} overdue; {done_share} of the effort done, {due_share} planned by now: {health}</source>
        <translation>
            <numerusform>{done} sur %n étape faite, {overdue} en retard&#xa0;; {done_share} de l&apos;effort fait, {due_share} prévu à ce jour&#xa0;: {health}</numerusform>
            <numerusform>{done} sur %n étapes faites, {overdue} en retard&#xa0;; {done_share} de l&apos;effort fait, {due_share} prévu à ce jour&#xa0;: {health}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done; {done_share} of the effort done, {due_share} planned by now: {health}</source>
        <translation>
            <numerusform>{done} sur %n étape faite&#xa0;; {done_share} de l&apos;effort fait, {due_share} prévu à ce jour&#xa0;: {health}</numerusform>
            <numerusform>{done} sur %n étapes faites&#xa0;; {done_share} de l&apos;effort fait, {due_share} prévu à ce jour&#xa0;: {health}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>its folder {folder} does not exist</source>
        <translation>son dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>the backup is not usable ({reason})</source>
        <translation>la sauvegarde est inutilisable ({reason})</translation>
    </message>
    <message>
        <source>the backup comes from a newer version of BakeryPlan</source>
        <translation>la sauvegarde vient d&apos;une version plus récente de BakeryPlan</translation>
    </message>
    <message>
        <source>it is a folder, not a plan file</source>
        <translation>c&apos;est un dossier, pas un fichier de plan</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>vous n&apos;avez pas le droit de le lire</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>il est illisible ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it cannot be opened ({error})</source>
        <translation>il ne peut pas être ouvert ({error})</translation>
    </message>
    <message>
        <source>cannot open &quot;{file}&quot;: {reason}</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;{file}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot create &quot;{file}&quot;: {reason}</source>
        <translation>Impossible de créer «&#xa0;{file}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot edit &quot;{file}&quot;: {reason}</source>
        <translation>Impossible de modifier «&#xa0;{file}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot change &quot;{file}&quot;: {reason}</source>
        <translation>Impossible de changer «&#xa0;{file}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot restore &quot;{file}&quot;: {reason}</source>
        <translation>Impossible de restaurer «&#xa0;{file}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot save to &quot;{file}&quot;: {reason}</source>
        <translation>Impossible d&apos;enregistrer dans «&#xa0;{file}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot back up &quot;{file}&quot;: {reason}</source>
        <translation>Impossible de sauvegarder «&#xa0;{file}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot read the plan data &quot;{file}&quot;: {reason}</source>
        <translation>Impossible de lire les données du plan «&#xa0;{file}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot open: {reason}</source>
        <translation>Impossible d&apos;ouvrir&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot create: {reason}</source>
        <translation>Impossible de créer le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot edit: {reason}</source>
        <translation>Impossible de modifier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot change: {reason}</source>
        <translation>Impossible de changer&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot restore: {reason}</source>
        <translation>Impossible de restaurer&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot save to: {reason}</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot back up: {reason}</source>
        <translation>Impossible de sauvegarder&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot read the plan data: {reason}</source>
        <translation>Impossible de lire les données du plan&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>a file with that name already exists</source>
        <translation>un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>it is not a BakeryPlan plan file</source>
        <translation>ce n&apos;est pas un fichier de plan BakeryPlan</translation>
    </message>
    <message>
        <source>the plan file is damaged (a backup can be restored)</source>
        <translation>le fichier du plan est abîmé (une sauvegarde peut être restaurée)</translation>
    </message>
    <message>
        <source>it was saved by a newer version of BakeryPlan (plan format {found}, this version reads up to {supported})</source>
        <translation>il a été enregistré par une version plus récente de BakeryPlan (format de plan {found}, cette version lit jusqu&apos;au format {supported})</translation>
    </message>
    <message>
        <source>it is in use by {holder}</source>
        <translation>il est utilisé par {holder}</translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;</source>
        <translation>BakeryPlan sur l&apos;ordinateur «&#xa0;{host}&#xa0;»</translation>
    </message>
    <message>
        <source>{reason}; if BakeryPlan no longer runs there, open the plan in the window to take it over</source>
        <translation>{reason}&#xa0;; si BakeryPlan n&apos;y tourne plus, ouvrez le plan dans la fenêtre pour le reprendre</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
            <numerusform>BakeryPlan sur l&apos;ordinateur «&#xa0;{host}&#xa0;», depuis {since} (il y a %n jour)</numerusform>
            <numerusform>BakeryPlan sur l&apos;ordinateur «&#xa0;{host}&#xa0;», depuis {since} (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n hour(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan sur l&apos;ordinateur «&#xa0;{host}&#xa0;», depuis {since} (il y a %n heure)</numerusform>
            <numerusform>BakeryPlan sur l&apos;ordinateur «&#xa0;{host}&#xa0;», depuis {since} (il y a %n heures)</numerusform>
        </translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (just now)</source>
        <translation>BakeryPlan sur l&apos;ordinateur «&#xa0;{host}&#xa0;», depuis {since} (à l&apos;instant)</translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n minute(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan sur l&apos;ordinateur «&#xa0;{host}&#xa0;», depuis {since} (il y a %n minute)</numerusform>
            <numerusform>BakeryPlan sur l&apos;ordinateur «&#xa0;{host}&#xa0;», depuis {since} (il y a %n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>il est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder}); the plan was not changed</source>
        <translation>{cause} (dossier des sauvegardes&#xa0;: {folder})&#xa0;; le plan n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>{record}, field &apos;{field}&apos;: {message}</source>
        <translation>{record}, champ «&#xa0;{field}&#xa0;»&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{record}: {message}</source>
        <translation>{record}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>another copy of BakeryPlan that is starting or stopping, since {since}</source>
        <translation>un autre BakeryPlan en train de démarrer ou de se fermer, depuis {since}</translation>
    </message>
    <message>
        <source>another copy of BakeryPlan that is starting or stopping</source>
        <translation>un autre BakeryPlan en train de démarrer ou de se fermer</translation>
    </message>
    <message>
        <source>BakeryPlan on this computer ({host}), process {pid}, since {since}</source>
        <translation>BakeryPlan sur cet ordinateur ({host}), processus {pid}, depuis {since}</translation>
    </message>
    <message>
        <source>BakeryPlan on this computer ({host}), process {pid}</source>
        <translation>BakeryPlan sur cet ordinateur ({host}), processus {pid}</translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since}</source>
        <translation>BakeryPlan sur l&apos;ordinateur «&#xa0;{host}&#xa0;», depuis {since}</translation>
    </message>
    <message>
        <source>its folder {folder} is read-only</source>
        <translation>son dossier {folder} est en lecture seule</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>le fichier est protégé en écriture</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder})</source>
        <translation>{cause} (dossier des sauvegardes&#xa0;: {folder})</translation>
    </message>
    <message>
        <source>a newer version of BakeryPlan stopped in the middle of changing it; open it with that version to repair it</source>
        <translation>une version plus récente de BakeryPlan s&apos;est arrêtée en plein changement&#xa0;; ouvrez-le avec cette version pour le réparer</translation>
    </message>
    <message>
        <source>it was not closed properly, and {reason}, so it cannot be repaired here: copy it together with &quot;{journal}&quot; to a folder you can write to and open the copy there</source>
        <translation>il n&apos;a pas été fermé correctement, et {reason}, il ne peut donc pas être réparé ici&#xa0;: copiez-le avec «&#xa0;{journal}&#xa0;» dans un dossier où vous pouvez écrire, puis ouvrez la copie</translation>
    </message>
</context>
<context>
    <name>wizards</name>
    <message>
        <source>Read-only plan</source>
        <translation>Plan en lecture seule</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>La modification n&apos;a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Not enough text</source>
        <translation>Pas assez de texte</translation>
    </message>
    <message>
        <source>Easy to read</source>
        <translation>Facile à lire</translation>
    </message>
    <message>
        <source>Fairly easy</source>
        <translation>Assez facile</translation>
    </message>
    <message>
        <source>Hard to read</source>
        <translation>Difficile à lire</translation>
    </message>
    <message>
        <source>No score for this language</source>
        <translation>Pas de note pour cette langue</translation>
    </message>
    <message numerus="yes">
        <source>Your vision is short (%n word(s)). Say where the business is going and why it matters, in {least} to {most} words.</source>
        <translation>
            <numerusform>Votre vision est courte (%n mot). Dites où va l&apos;entreprise et pourquoi c&apos;est important, en {least} à {most} mots.</numerusform>
            <numerusform>Votre vision est courte (%n mots). Dites où va l&apos;entreprise et pourquoi c&apos;est important, en {least} à {most} mots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your vision has %n word(s). Try to say it in {most} words or fewer, so people remember it.</source>
        <translation>
            <numerusform>Votre vision fait %n mot. Essayez de la dire en {most} mots ou moins, pour qu&apos;on s&apos;en souvienne.</numerusform>
            <numerusform>Votre vision fait %n mots. Essayez de la dire en {most} mots ou moins, pour qu&apos;on s&apos;en souvienne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep a goal to one short sentence (this one has %n word(s)).</source>
        <translation>
            <numerusform>Un objectif tient en une phrase courte (celui-ci fait %n mot).</numerusform>
            <numerusform>Un objectif tient en une phrase courte (celui-ci fait %n mots).</numerusform>
        </translation>
    </message>
    <message>
        <source>“{word}”</source>
        <comment>A word quoted in a sentence</comment>
        <translation>«&#xa0;{word}&#xa0;»</translation>
    </message>
    <message>
        <source>Swap jargon for everyday words: {words}.</source>
        <translation>Remplacez le jargon par des mots de tous les jours&#xa0;: {words}.</translation>
    </message>
    <message>
        <source>Write your vision in a few plain sentences: where is the business going?</source>
        <translation>Écrivez votre vision en quelques phrases simples&#xa0;: où va l&apos;entreprise&#xa0;?</translation>
    </message>
    <message>
        <source>Add a number, so everyone can tell when the goal is reached (like &quot;40 loaves a day&quot;).</source>
        <translation>Ajoutez un chiffre, pour que chacun sache quand l&apos;objectif est atteint (comme «&#xa0;40 pains par jour&#xa0;»).</translation>
    </message>
    <message>
        <source>Add a date, like &quot;by spring 2028&quot;, or set a due date.</source>
        <translation>Ajoutez une date, comme «&#xa0;d&apos;ici le printemps 2028&#xa0;», ou fixez une échéance.</translation>
    </message>
    <message>
        <source>Name one person who owns this goal.</source>
        <translation>Nommez une personne responsable de cet objectif.</translation>
    </message>
    <message>
        <source>This is hard to read. Try shorter sentences and everyday words.</source>
        <translation>C&apos;est difficile à lire. Essayez des phrases plus courtes et des mots de tous les jours.</translation>
    </message>
</context>
<context>
    <name>year</name>
    <message>
        <source>The year&apos;s plan is reached already: {figure} (plan {plan}).</source>
        <translation>Le plan de l&apos;année est déjà atteint&#xa0;: {figure} (plan {plan}).</translation>
    </message>
    <message>
        <source>The year reached its plan: {figure} (plan {plan}).</source>
        <translation>L&apos;année a atteint son plan&#xa0;: {figure} (plan {plan}).</translation>
    </message>
    <message>
        <source>The year reached its plan: {figure} a day on average (plan {plan}).</source>
        <translation>L&apos;année a atteint son plan&#xa0;: {figure} par jour en moyenne (plan {plan}).</translation>
    </message>
    <message>
        <source>The year ended at {figure}: {short}{share} short of its plan of {plan}.</source>
        <translation>L&apos;année s&apos;est terminée à {figure}&#xa0;: {short}{share} de moins que son plan de {plan}.</translation>
    </message>
    <message>
        <source>The year averaged {figure} a day: {short}{share} short of its plan of {plan}.</source>
        <translation>L&apos;année a fait en moyenne {figure} par jour&#xa0;: {short}{share} de moins que son plan de {plan}.</translation>
    </message>
    <message>
        <source>At this pace the year totals {figure} (plan {plan}).</source>
        <translation>À ce rythme, l&apos;année fera {figure} au total (plan {plan}).</translation>
    </message>
    <message>
        <source>At this pace the year averages {figure} a day (plan {plan}).</source>
        <translation>À ce rythme, l&apos;année fera en moyenne {figure} par jour (plan {plan}).</translation>
    </message>
    <message>
        <source> for the {periods} to {day}</source>
        <translation> sur les {periods} jusqu&apos;au {day}</translation>
    </message>
</context>
</TS>
