<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActualsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Period&apos;s figure</source>
        <translation>Cifra del periodo</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message numerus="yes">
        <source>{period}: {what} of %n entry(s).</source>
        <translation>
            <numerusform>{period}: {what} (%n registro).</numerusform>
            <numerusform>{period}: {what} (%n registros).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not over yet: compared with the plan due by today.</source>
        <translation>Aún no ha terminado: se compara con lo previsto hasta hoy.</translation>
    </message>
    <message>
        <source>{amount} so far</source>
        <translation>{amount} hasta ahora</translation>
    </message>
    <message>
        <source>{amount} (on plan)</source>
        <translation>{amount} (según el plan)</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>por delante</translation>
    </message>
    <message>
        <source>short</source>
        <translation>por detrás</translation>
    </message>
    <message>
        <source>type a value, then Enter</source>
        <translation>escriba un valor y pulse Intro</translation>
    </message>
    <message>
        <source>Type a date like {example}, or keep today&apos;s.</source>
        <translation>Escriba una fecha como {example} o deje la de hoy.</translation>
    </message>
    <message>
        <source>“{text}” is outside the years {first} to {last}.</source>
        <translation>&quot;{text}&quot; no está entre los años {first} y {last}.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>&quot;{text}&quot; no es un número.</translation>
    </message>
    <message>
        <source>“{text}” is outside the range {low} to {high}.</source>
        <translation>&quot;{text}&quot; no está entre {low} y {high}.</translation>
    </message>
    <message>
        <source>a date like {example}</source>
        <translation>una fecha como {example}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>“{text}” is not {what}.</source>
        <translation>«{text}» no es {what}.</translation>
    </message>
    <message>
        <source>{day} is after today: record what has happened, on the day it happened.</source>
        <translation>{day} es posterior a hoy: anote lo que ya ha pasado, en el día en que pasó.</translation>
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
        <translation>Indicador</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>Recorded actuals</source>
        <translation>Cifras reales anotadas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>E&amp;liminar seleccionados</translation>
    </message>
    <message>
        <source>This plan is open read-only: entries can be read here.</source>
        <translation>Este plan está abierto en solo lectura: aquí se pueden consultar los registros.</translation>
    </message>
    <message>
        <source>Type in the last row: a date (like {example}), Tab, a value, then Enter, or Tab, a note and Enter. Delete removes the selected rows. Every change can be undone.</source>
        <translation>Escriba en la última fila: una fecha (como {example}), Tab, un valor y luego Intro, o Tab, una nota e Intro. Supr elimina las filas seleccionadas. Todo cambio se puede deshacer.</translation>
    </message>
    <message>
        <source>No measure yet.</source>
        <translation>Aún no hay ningún indicador.</translation>
    </message>
    <message numerus="yes">
        <source>Target {target} by {by}, counted as {counted}. %n value(s) recorded.</source>
        <translation>
            <numerusform>Meta: {target} para el {by}, contando {counted}. %n valor anotado.</numerusform>
            <numerusform>Meta: {target} para el {by}, contando {counted}. %n valores anotados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>{goal} — steps</source>
        <extracomment>A chart subject: (&quot;measure&quot;, measure id) or (&quot;goal&quot;, goal id) for a goal&apos;s step burn-up.</extracomment>
        <translation>{goal}: pasos</translation>
    </message>
    <message>
        <source>Chart of</source>
        <translation>Gráfico de</translation>
    </message>
    <message>
        <source>Chart &amp;of:</source>
        <translation>&amp;Gráfico de:</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Ver como &amp;tabla</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xportar gráfico…</translation>
    </message>
    <message>
        <source>&amp;Last year</source>
        <translation>&amp;Año pasado</translation>
    </message>
    <message>
        <source>Draw last year&apos;s entries behind the plan drawn from them</source>
        <translation>Dibujar los registros del año pasado detrás del plan sacado de ellos</translation>
    </message>
    <message>
        <source>Add a goal with a measure to see its chart.</source>
        <translation>Añada un objetivo con un indicador para ver su gráfico.</translation>
    </message>
    <message>
        <source>Chart as a table</source>
        <translation>Gráfico en forma de tabla</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <source>Show as char&amp;t</source>
        <translation>Ver como grá&amp;fico</translation>
    </message>
    <message>
        <source>Periods, as the chart counts them</source>
        <translation>Periodos, tal como los cuenta el gráfico</translation>
    </message>
    <message>
        <source>Steps done against planned</source>
        <translation>Pasos hechos frente a previstos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Planned share</source>
        <translation>Parte prevista</translation>
    </message>
    <message>
        <source>Done share</source>
        <translation>Parte hecha</translation>
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
        <translation>Real</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>CountingFields</name>
    <message>
        <source>the average per day</source>
        <translation>la media por día</translation>
    </message>
    <message>
        <source>the latest figure</source>
        <translation>la última cifra</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>un día</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>una semana</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>un mes</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>un trimestre</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>un año</translation>
    </message>
    <message numerus="yes">
        <source>the last %n day(s)</source>
        <translation>
            <numerusform>%n día, el último</numerusform>
            <numerusform>los últimos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>%n semana, la última</numerusform>
            <numerusform>las últimas %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n month(s)</source>
        <translation>
            <numerusform>%n mes, el último</numerusform>
            <numerusform>los últimos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n quarter(s)</source>
        <translation>
            <numerusform>%n trimestre, el último</numerusform>
            <numerusform>los últimos %n trimestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n year(s)</source>
        <translation>
            <numerusform>%n año, el último</numerusform>
            <numerusform>los últimos %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>the total for the day</source>
        <translation>el total del día</translation>
    </message>
    <message>
        <source>the total for the week</source>
        <translation>el total de la semana</translation>
    </message>
    <message>
        <source>the total for the month</source>
        <translation>el total del mes</translation>
    </message>
    <message>
        <source>the total for the quarter</source>
        <translation>el total del trimestre</translation>
    </message>
    <message>
        <source>the total for the year</source>
        <translation>el total del año</translation>
    </message>
    <message>
        <source>the average per day over the week</source>
        <translation>la media diaria de la semana</translation>
    </message>
    <message>
        <source>the average per day over the month</source>
        <translation>la media diaria del mes</translation>
    </message>
    <message>
        <source>the average per day over the quarter</source>
        <translation>la media diaria del trimestre</translation>
    </message>
    <message>
        <source>the average per day over the year</source>
        <translation>la media diaria del año</translation>
    </message>
    <message>
        <source>Day&apos;s total</source>
        <translation>Total del día</translation>
    </message>
    <message>
        <source>Week&apos;s total</source>
        <translation>Total de la semana</translation>
    </message>
    <message>
        <source>Month&apos;s total</source>
        <translation>Total del mes</translation>
    </message>
    <message>
        <source>Quarter&apos;s total</source>
        <translation>Total del trimestre</translation>
    </message>
    <message>
        <source>Year&apos;s total</source>
        <translation>Total del año</translation>
    </message>
    <message>
        <source>Day&apos;s daily average</source>
        <translation>Media del día</translation>
    </message>
    <message>
        <source>Week&apos;s daily average</source>
        <translation>Media diaria de la semana</translation>
    </message>
    <message>
        <source>Month&apos;s daily average</source>
        <translation>Media diaria del mes</translation>
    </message>
    <message>
        <source>Quarter&apos;s daily average</source>
        <translation>Media diaria del trimestre</translation>
    </message>
    <message>
        <source>Year&apos;s daily average</source>
        <translation>Media diaria del año</translation>
    </message>
    <message>
        <source>Day&apos;s figure</source>
        <translation>Cifra del día</translation>
    </message>
    <message>
        <source>Week&apos;s figure</source>
        <translation>Cifra de la semana</translation>
    </message>
    <message>
        <source>Month&apos;s figure</source>
        <translation>Cifra del mes</translation>
    </message>
    <message>
        <source>Quarter&apos;s figure</source>
        <translation>Cifra del trimestre</translation>
    </message>
    <message>
        <source>Year&apos;s figure</source>
        <translation>Cifra del año</translation>
    </message>
    <message>
        <source>What the target speaks of</source>
        <translation>A qué se refiere la meta</translation>
    </message>
    <message>
        <source>Count it as</source>
        <translation>Contarlo como</translation>
    </message>
    <message>
        <source>Judge health over the last</source>
        <translation>Juzgar el estado sobre los periodos recientes</translation>
    </message>
    <message>
        <source>Health looks back over this many complete periods; the usual is {count}.</source>
        <translation>El estado se juzga sobre este número de periodos completos; lo habitual es {count}.</translation>
    </message>
</context>
<context>
    <name>CurvePreview</name>
    <message>
        <source>Preview of the planned path</source>
        <translation>Vista previa del camino previsto</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>like {example}</source>
        <translation>como {example}</translation>
    </message>
    <message>
        <source>Pick a date on the calendar</source>
        <translation>Elegir una fecha en el calendario</translation>
    </message>
    <message>
        <source>{field}: the date is outside the years {first} to {last}</source>
        <translation>{field}: la fecha no está entre los años {first} y {last}</translation>
    </message>
    <message>
        <source>{field}: please type a date, like {example}</source>
        <translation>{field}: escriba una fecha, como {example}</translation>
    </message>
</context>
<context>
    <name>DemoPlan</name>
    <message>
        <source>Maria Lopez</source>
        <comment>The owner and head baker, a woman. A local name is welcome: its first word is {owner} in other texts</comment>
        <translation>María López</translation>
    </message>
    <message>
        <source>Sunrise Bakery</source>
        <comment>The sample bakery&apos;s name, also {business} in the vision</comment>
        <translation>Panadería El Amanecer</translation>
    </message>
    <message>
        <source>Sam O&apos;Brien</source>
        <comment>The shop lead, a man. A local name is welcome: its first word is {shop_lead} in other texts</comment>
        <translation>Samuel Ortega</translation>
    </message>
    <message>
        <source>Tomás Keane</source>
        <comment>The apprentice baker, a young man. A local name is welcome: its first word is {apprentice} in other texts</comment>
        <translation>Tomás Quintana</translation>
    </message>
    <message>
        <source>Aoife Byrne</source>
        <comment>The weekend baker, a woman. A local name is welcome: its first word is {weekend_baker} in other texts</comment>
        <translation>Lucía Romero</translation>
    </message>
    <message>
        <source>Declan Murphy</source>
        <comment>The delivery driver, a man (no longer with the bakery). A local name is welcome</comment>
        <translation>Diego Martín</translation>
    </message>
    <message>
        <source>Harbour Cafe</source>
        <comment>A cafe&apos;s name, also {harbour_cafe} in other texts; a local one is welcome</comment>
        <translation>Café del Puerto</translation>
    </message>
    <message>
        <source>Mill Lane Cafe</source>
        <comment>Another cafe&apos;s name, also {mill_lane_cafe} in other texts; a local one is welcome</comment>
        <translation>Café La Molinera</translation>
    </message>
    <message>
        <source>Owner and head baker</source>
        <translation>Dueña y maestra panadera</translation>
    </message>
    <message>
        <source>Shop lead</source>
        <translation>Encargado de tienda</translation>
    </message>
    <message>
        <source>Apprentice baker</source>
        <translation>Aprendiz de panadero</translation>
    </message>
    <message>
        <source>Weekend baker</source>
        <translation>Panadera de fin de semana</translation>
    </message>
    <message>
        <source>Delivery driver (left in the summer)</source>
        <translation>Repartidor (se fue en verano)</translation>
    </message>
    <message>
        <source>Mondays and Tuesdays are still baked like Fridays; the bank holiday week left a whole rack unsold.</source>
        <translation>Los lunes y martes se sigue horneando como un viernes; la semana del puente sobró un carro entero de pan.</translation>
    </message>
    <message>
        <source>Butter went up twice since the summer.</source>
        <translation>La mantequilla ha subido dos veces desde el verano.</translation>
    </message>
    <message>
        <source>Reviews mention the weekday queue at 8 am.</source>
        <translation>Las reseñas hablan de la cola de las 8 de la mañana entre semana.</translation>
    </message>
    <message>
        <source>Only {harbour_cafe} so far: the tasting visits have not happened yet.</source>
        <translation>De momento solo {harbour_cafe}: las visitas con degustación aún no se han hecho.</translation>
    </message>
    <message>
        <source>Bake the afternoon batch to order from next month.</source>
        <translation>Hacer la hornada de la tarde por encargo a partir del mes que viene.</translation>
    </message>
    <message>
        <source>{owner} books the cafe visits this week.</source>
        <translation>{owner} concierta esta semana las visitas a las cafeterías.</translation>
    </message>
    <message>
        <source>{apprentice} does two solo bakes a week.</source>
        <translation>{apprentice} hace dos hornadas solo cada semana.</translation>
    </message>
    <message>
        <source>Revenue is ahead of plan thanks to Sunday opening. Waste is still too high on Mondays and Tuesdays. Only one cafe so far: the tasting visits have not happened yet.</source>
        <translation>Las ventas van por delante del plan gracias a abrir los domingos. Los lunes y martes todavía sobra demasiado pan. De momento solo una cafetería: las visitas con degustación aún no se han hecho.</translation>
    </message>
    <message>
        <source>Bake good bread and sell more of it.</source>
        <translation>Hacer buen pan y vender más.</translation>
    </message>
    <message>
        <source>We need to pay the bills and keep the shop open.</source>
        <translation>Tenemos que pagar las facturas y mantener la tienda abierta.</translation>
    </message>
    <message>
        <source>{business} bakes honest bread for our neighbours every morning. Next year more people start their day with us, in our shop and in the cafes nearby. We throw less bread away, and our team learns and stays.</source>
        <translation>En {business} hacemos pan de verdad para nuestros vecinos cada mañana. El año que viene más gente empezará el día con nosotros, en nuestra tienda y en las cafeterías de al lado. Tiramos menos pan, y nuestro equipo aprende y se queda.</translation>
    </message>
    <message>
        <source>A busy, friendly shop pays fair wages and lets us keep real sourdough at a fair price.</source>
        <translation>Una tienda con clientela y buen trato paga sueldos justos y nos permite mantener la masa madre de verdad a un precio justo.</translation>
    </message>
    <message>
        <source>More sales in the shop and to cafes keep the bakery safe.</source>
        <translation>Vender más en la tienda y a las cafeterías da seguridad a la panadería.</translation>
    </message>
    <message>
        <source>Flour and butter prices keep rising.</source>
        <translation>Los precios de la harina y la mantequilla no paran de subir.</translation>
    </message>
    <message>
        <source>Most new customers find us on Google Maps.</source>
        <translation>La mayoría de los clientes nuevos nos encuentran en Google Maps.</translation>
    </message>
    <message>
        <source>Wholesale uses the oven in the quiet hours.</source>
        <translation>Servir a cafeterías aprovecha el horno en las horas tranquilas.</translation>
    </message>
    <message>
        <source>Every unsold loaf is money and flour thrown away.</source>
        <translation>Cada pan sin vender es dinero y harina tirados.</translation>
    </message>
    <message>
        <source>{owner} needs a day off, and {apprentice} wants to become a baker.</source>
        <translation>{owner} necesita un día libre y {apprentice} quiere llegar a panadero.</translation>
    </message>
    <message>
        <source>Anyone should be able to feed the starter.</source>
        <translation>Cualquiera debería saber refrescar la masa madre.</translation>
    </message>
    <message numerus="yes">
        <source>Supply bread to %n local cafe(s) by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>
            <numerusform>Servir pan a %n cafetería del barrio para {month}</numerusform>
            <numerusform>Servir pan a %n cafeterías del barrio para {month}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{apprentice} bakes %n sourdough batch(es) on his own by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>
            <numerusform>{apprentice} hace solo %n hornada de masa madre para {month}</numerusform>
            <numerusform>{apprentice} hace solo %n hornadas de masa madre para {month}</numerusform>
        </translation>
    </message>
    <message>
        <source>Grow weekly revenue to {amount} by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Subir las ventas semanales a {amount} para {month}</translation>
    </message>
    <message>
        <source>Keep ingredient costs between {low} and {high} of sales until {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Mantener el coste de ingredientes entre el {low} y el {high} de las ventas hasta {month}</translation>
    </message>
    <message>
        <source>Raise our Google review rating to {rating} by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Subir nuestra nota en las reseñas de Google a {rating} para {month}</translation>
    </message>
    <message>
        <source>Cut unsold bread to {share} of what we bake by {month}</source>
        <comment>{month}: a month and year as written alone, such as &apos;May 2027&apos;</comment>
        <translation>Reducir el pan sin vender al {share} de lo que horneamos para {month}</translation>
    </message>
    <message>
        <source>Write down our sourdough routine by {day}</source>
        <comment>{day}: a date such as &apos;11 January 2027&apos;</comment>
        <translation>Poner por escrito nuestra rutina de masa madre para el {day}</translation>
    </message>
    <message>
        <source>stars</source>
        <comment>A unit, written after numbers: &apos;4.7 stars&apos;</comment>
        <translation>estrellas</translation>
    </message>
    <message>
        <source>cafes</source>
        <comment>A unit, written after numbers: &apos;2 cafes&apos;</comment>
        <translation>cafeterías</translation>
    </message>
    <message>
        <source>bakes</source>
        <comment>A unit, written after numbers: &apos;12 bakes&apos;</comment>
        <translation>hornadas</translation>
    </message>
    <message>
        <source>Weekly revenue</source>
        <translation>Ventas semanales</translation>
    </message>
    <message>
        <source>Ingredient cost share of sales</source>
        <translation>Coste de ingredientes sobre ventas</translation>
    </message>
    <message>
        <source>Google review rating</source>
        <translation>Nota en las reseñas de Google</translation>
    </message>
    <message>
        <source>Cafes supplied</source>
        <translation>Cafeterías a las que servimos</translation>
    </message>
    <message>
        <source>Unsold bread</source>
        <translation>Pan sin vender</translation>
    </message>
    <message>
        <source>Sourdough bakes done alone</source>
        <translation>Hornadas de masa madre hechas solo</translation>
    </message>
    <message>
        <source>First Sunday opening</source>
        <translation>Primer domingo abierto</translation>
    </message>
    <message>
        <source>Bank holiday week: fewer customers than we baked for</source>
        <translation>Semana del puente: horneamos para más clientes de los que vinieron</translation>
    </message>
    <message>
        <source>{harbour_cafe}, five mornings a week</source>
        <translation>{harbour_cafe}, cinco mañanas por semana</translation>
    </message>
    <message>
        <source>Add a savoury lunch range of three items</source>
        <translation>Ofrecer tres productos salados para mediodía</translation>
    </message>
    <message>
        <source>Open on Sunday mornings</source>
        <translation>Abrir los domingos por la mañana</translation>
    </message>
    <message>
        <source>Take Christmas pre-orders at the till</source>
        <translation>Apuntar en la caja los encargos de Navidad</translation>
    </message>
    <message>
        <source>Compare flour prices from two mills</source>
        <translation>Comparar precios de harina de dos molinos</translation>
    </message>
    <message>
        <source>Put a &apos;Review us on Google&apos; card by the till</source>
        <translation>Poner junto a la caja una tarjeta de «Déjenos su reseña en Google»</translation>
    </message>
    <message>
        <source>Reply to every Google review within two days</source>
        <translation>Responder a cada reseña de Google en dos días como mucho</translation>
    </message>
    <message>
        <source>Write cafe prices and delivery terms</source>
        <translation>Preparar precios y condiciones de reparto para cafeterías</translation>
    </message>
    <message>
        <source>Visit six cafes with a tasting box</source>
        <translation>Visitar seis cafeterías con una caja de degustación</translation>
    </message>
    <message>
        <source>Buy a second set of delivery crates</source>
        <translation>Comprar un segundo juego de cajas de reparto</translation>
    </message>
    <message>
        <source>Sign a supply agreement with {mill_lane_cafe}</source>
        <translation>Firmar un acuerdo de suministro con {mill_lane_cafe}</translation>
    </message>
    <message>
        <source>Count unsold loaves every evening</source>
        <translation>Contar cada tarde los panes sin vender</translation>
    </message>
    <message>
        <source>Sell day-old bread at half price</source>
        <translation>Vender el pan del día anterior a mitad de precio</translation>
    </message>
    <message>
        <source>Bake the afternoon batch to order</source>
        <translation>Hacer la hornada de la tarde por encargo</translation>
    </message>
    <message>
        <source>{apprentice} shadows {owner} on sourdough mornings</source>
        <translation>{apprentice} acompaña a {owner} las mañanas de masa madre</translation>
    </message>
    <message>
        <source>First solo bake with {owner} checking</source>
        <translation>Primera hornada solo, con {owner} supervisando</translation>
    </message>
    <message>
        <source>{apprentice} runs the weekend sourdough bakes</source>
        <translation>{apprentice} se encarga de las hornadas de masa madre del fin de semana</translation>
    </message>
    <message>
        <source>Photograph each stage of feeding the starter</source>
        <translation>Fotografiar cada fase del refresco de la masa madre</translation>
    </message>
    <message>
        <source>Write the routine on one laminated page</source>
        <translation>Escribir la rutina en una sola hoja plastificada</translation>
    </message>
    <message>
        <source>Millbrook Flour</source>
        <comment>A mill&apos;s name; a local one is welcome</comment>
        <translation>Harinas del Río</translation>
    </message>
    <message>
        <source>The evening waste count takes five minutes. The sheet by the back door works.</source>
        <translation>Contar por la tarde el pan que sobra lleva cinco minutos. La hoja junto a la puerta de atrás funciona.</translation>
    </message>
    <message>
        <source>Keep it; {shop_lead} types the totals into the plan every Monday.</source>
        <translation>Seguimos así; {shop_lead} pasa los totales al plan cada lunes.</translation>
    </message>
    <message>
        <source>Sunday opening needs two people from 8 to 10.</source>
        <translation>Abrir el domingo necesita a dos personas de 8 a 10.</translation>
    </message>
    <message>
        <source>{weekend_baker} covers Sundays.</source>
        <translation>{weekend_baker} cubre los domingos.</translation>
    </message>
    <message numerus="yes">
        <source>Flour goes up {rise} next quarter. We can fix the price if you order for %n month(s).</source>
        <translation>
            <numerusform>La harina sube un {rise} el próximo trimestre. Podemos fijarles el precio si hacen un pedido para %n mes.</numerusform>
            <numerusform>La harina sube un {rise} el próximo trimestre. Podemos fijarles el precio si hacen un pedido para %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide at the quarterly review.</source>
        <translation>Decidirlo en la revisión trimestral.</translation>
    </message>
    <message>
        <source>Dairy co-op</source>
        <translation>Cooperativa lechera</translation>
    </message>
    <message>
        <source>We can deliver butter twice a week instead of once.</source>
        <translation>Podemos traerles la mantequilla dos veces por semana en vez de una.</translation>
    </message>
    <message>
        <source>Once a week is enough for now.</source>
        <translation>De momento basta con una vez por semana.</translation>
    </message>
    <message>
        <source>Could I learn the rye starter too?</source>
        <translation>¿Podría aprender también la masa madre de centeno?</translation>
    </message>
    <message>
        <source>Yes, after the first solo bakes.</source>
        <translation>Sí, después de las primeras hornadas solo.</translation>
    </message>
    <message>
        <source>Google review</source>
        <comment>Where a customer&apos;s words came from</comment>
        <translation>Reseña de Google</translation>
    </message>
    <message>
        <source>The queue is too long at 8 am on weekdays.</source>
        <translation>Entre semana, a las 8 de la mañana, la cola es demasiado larga.</translation>
    </message>
    <message numerus="yes">
        <source>We would take %n loaf/loaves a day if you deliver before 7:30.</source>
        <translation>
            <numerusform>Nos quedaríamos %n pan al día si nos lo traen antes de las 7:30.</numerusform>
            <numerusform>Nos quedaríamos %n panes al día si nos los traen antes de las 7:30.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mrs Walsh, regular customer</source>
        <comment>A customer&apos;s name and who she is; a local name is welcome</comment>
        <translation>Carmen Gil, clienta habitual</translation>
    </message>
    <message>
        <source>Can you bake a seeded rye on Saturdays?</source>
        <translation>¿Podrían hacer un pan de centeno con semillas los sábados?</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>Goals are what the business wants to reach, each with someone who owns it, a date and a number that shows progress.</source>
        <translation>Los objetivos son lo que el negocio quiere lograr: cada uno con un responsable, una fecha y una cifra que muestra el avance.</translation>
    </message>
    <message>
        <source>Add your first goal…</source>
        <translation>Añadir el primer objetivo…</translation>
    </message>
    <message>
        <source>Add a goal with a number…</source>
        <translation>Añadir un objetivo con cifra…</translation>
    </message>
    <message>
        <source>Here you record the real figures, day by day or week by week, and see them against the plan. First add a goal with a number to measure.</source>
        <translation>Aquí se anotan las cifras reales, día a día o semana a semana, y se comparan con el plan. Primero añada un objetivo con una cifra que medir.</translation>
    </message>
    <message>
        <source>The chart shows how a number moves against its plan, week after week. Add a goal with a number to measure, or with steps, to see one.</source>
        <translation>El gráfico muestra cómo avanza una cifra frente a su plan, semana tras semana. Añada un objetivo con una cifra que medir, o con pasos, para verlo.</translation>
    </message>
    <message>
        <source>Everyone who owns a goal or a step, yourself too, so every piece of work has a name on it.</source>
        <translation>Todas las personas responsables de un objetivo o un paso, usted también, para que cada tarea tenga un nombre.</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Añadir una persona…</translation>
    </message>
    <message>
        <source>What your team, customers and suppliers tell you: note it, answer it, and turn a good idea into a step.</source>
        <translation>Lo que le dicen su equipo, sus clientes y sus proveedores: anótelo, respóndalo y convierta una buena idea en un paso.</translation>
    </message>
    <message>
        <source>Add feedback…</source>
        <translation>Añadir comentario…</translation>
    </message>
    <message>
        <source>Look at the plan together at a regular rhythm, see what changed, and keep what you decided.</source>
        <translation>Revisen el plan juntos con un ritmo fijo, vean qué ha cambiado y guarden lo que decidieron.</translation>
    </message>
    <message>
        <source>Hold your first review…</source>
        <translation>Hacer la primera revisión…</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Something went wrong inside BakeryPlan, so what you just did may not have happened.

Your plan file is safe: every change is saved on its own, whole or not at all.</source>
        <translation>Algo ha fallado dentro de BakeryPlan, así que puede que lo que acaba de hacer no se haya hecho.

El archivo de su plan está a salvo: cada cambio se guarda por separado, entero o nada.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}
Please send that file along if you report the problem.</source>
        <translation>Los detalles están en el archivo de registro:
{path}
Envíe ese archivo si informa del problema.</translation>
    </message>
    <message>
        <source>The details could not be written to the log file {path}.</source>
        <translation>No se han podido escribir los detalles en el archivo de registro {path}.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation>Objetivo vinculado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No feedback yet. Use Add feedback to note what your team, customers and suppliers tell you, link it to a goal, and answer it at the next review.</source>
        <translation>Aún no hay comentarios. Use Añadir comentario para anotar lo que le dicen su equipo, sus clientes y sus proveedores, vincularlo a un objetivo y responderlo en la próxima revisión.</translation>
    </message>
    <message>
        <source>&amp;Add feedback…</source>
        <translation>&amp;Añadir comentario…</translation>
    </message>
    <message>
        <source>Ed&amp;it and respond…</source>
        <translation>&amp;Editar y responder…</translation>
    </message>
    <message>
        <source>&amp;Link to goal…</source>
        <translation>&amp;Vincular a objetivo…</translation>
    </message>
    <message>
        <source>Make a s&amp;tep…</source>
        <translation>Convertir en &amp;paso…</translation>
    </message>
    <message>
        <source>Add a step for this feedback and mark it adopted, in one go</source>
        <translation>Añadir un paso para este comentario y marcarlo como adoptado, todo de una vez</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Status of the selected feedback</source>
        <translation>Estado del comentario seleccionado</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Response: {response}</source>
        <translation>Respuesta: {response}</translation>
    </message>
    <message>
        <source>Link to goal</source>
        <translation>Vincular a objetivo</translation>
    </message>
    <message>
        <source>Which goal is this feedback about?</source>
        <translation>¿De qué objetivo trata este comentario?</translation>
    </message>
    <message>
        <source>Make a step</source>
        <translation>Convertir en paso</translation>
    </message>
    <message>
        <source>A step belongs to a goal. Add a goal on the Goals tab first.</source>
        <translation>Un paso pertenece a un objetivo. Primero añada un objetivo en la pestaña Objetivos.</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Eliminar comentario</translation>
    </message>
    <message>
        <source>Delete this feedback? You can undo this.</source>
        <translation>¿Eliminar este comentario? Se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>FirstGoal</name>
    <message>
        <source>Add your first goal</source>
        <translation>Añadir el primer objetivo</translation>
    </message>
    <message>
        <source>Your plan is ready. The next step is a first goal: something the business wants to reach, who owns it, by when, and a number that shows progress.

The goal wizard asks for each in turn; it takes a few minutes.</source>
        <translation>Su plan está listo. El siguiente paso es un primer objetivo: algo que el negocio quiere lograr, quién es responsable, para cuándo y una cifra que muestre el avance.

El asistente de objetivos pregunta cada cosa por turno; se tarda unos minutos.</translation>
    </message>
    <message>
        <source>Add your first goal…</source>
        <translation>Añadir el primer objetivo…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>{field}: the number is outside the range {low} to {high}</source>
        <translation>{field}: el número no está entre {low} y {high}</translation>
    </message>
    <message>
        <source>{field}: please type a number, like 12 or 3.5</source>
        <translation>{field}: escriba un número, como 12 o 3,5</translation>
    </message>
    <message>
        <source>{field} is needed.</source>
        <translation>{field}: este dato es obligatorio.</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <source>The goal</source>
        <translation>El objetivo</translation>
    </message>
    <message>
        <source>Say what you want to achieve, who leads it and by when.</source>
        <translation>Diga qué quiere lograr, quién lo lidera y para cuándo.</translation>
    </message>
    <message>
        <source>e.g. Sell 400 sourdough loaves a week by June</source>
        <translation>p. ej. Vender 400 panes de masa madre a la semana en junio</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Why this goal matters (optional)</source>
        <translation>Por qué importa este objetivo (opcional)</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Área:</translation>
    </message>
    <message>
        <source>Who leads it:</source>
        <translation>Quién lo lidera:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>How you will know</source>
        <translation>Cómo lo sabrá</translation>
    </message>
    <message>
        <source>A number to watch makes progress visible. You can skip this.</source>
        <translation>Una cifra que vigilar hace visible el avance. Puede saltarse este paso.</translation>
    </message>
    <message>
        <source>Measure this goal with a number</source>
        <translation>Medir este objetivo con una cifra</translation>
    </message>
    <message>
        <source>&amp;Add this measure to the goal</source>
        <translation>Aña&amp;dir este indicador al objetivo</translation>
    </message>
    <message>
        <source>Plan from last &amp;year…</source>
        <translation>Plan a partir del año &amp;pasado…</translation>
    </message>
    <message>
        <source>Draw a seasonal plan from a year of another measure&apos;s entries</source>
        <translation>Sacar un plan por temporadas de un año de registros de otro indicador</translation>
    </message>
    <message>
        <source>Is the goal clear?</source>
        <translation>¿Está claro el objetivo?</translation>
    </message>
    <message>
        <source>The measure&apos;s target date, {when}, is after the goal is due ({due}).</source>
        <translation>La fecha de la meta del indicador, {when}, es posterior a la fecha límite del objetivo ({due}).</translation>
    </message>
    <message>
        <source>No measure will be added: tick the box to add “{name}”.</source>
        <translation>No se añadirá ningún indicador: marque la casilla para añadir «{name}».</translation>
    </message>
    <message>
        <source>No measure will be added. Type a name to add one, or go on: progress is then followed by the steps.</source>
        <translation>No se añadirá ningún indicador. Escriba un nombre para añadir uno, o continúe: el avance se seguirá entonces por los pasos.</translation>
    </message>
    <message>
        <source>Type a name for the measure, or untick the box to skip it.</source>
        <translation>Escriba un nombre para el indicador o desmarque la casilla para saltarlo.</translation>
    </message>
    <message>
        <source>“{name}” will be added to the goal.</source>
        <translation>Se añadirá «{name}» al objetivo.</translation>
    </message>
    <message>
        <source> A number to reach</source>
        <translation> Una cifra que alcanzar</translation>
    </message>
    <message>
        <source> No number yet: how much?</source>
        <translation> Aún sin cifra: ¿cuánto?</translation>
    </message>
    <message>
        <source> A date</source>
        <translation> Una fecha</translation>
    </message>
    <message>
        <source> No date yet: by when?</source>
        <translation> Aún sin fecha: ¿para cuándo?</translation>
    </message>
    <message>
        <source> An owner</source>
        <translation> Un responsable</translation>
    </message>
    <message>
        <source> Nobody leads it yet: who?</source>
        <translation> Aún no lo lidera nadie: ¿quién?</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Check the goal. Finish adds it to the plan; Undo takes it out.</source>
        <translation>Revise el objetivo. Finalizar lo añade al plan; Deshacer lo quita.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Añadir un objetivo</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>aún nadie</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>aún sin fecha</translation>
    </message>
    <message>
        <source>Goal: {title}</source>
        <translation>Objetivo: {title}</translation>
    </message>
    <message>
        <source>Area: {name}</source>
        <translation>Área: {name}</translation>
    </message>
    <message>
        <source>Led by: {name}</source>
        <translation>Lo lidera: {name}</translation>
    </message>
    <message>
        <source>Due: {due}</source>
        <translation>Fecha límite: {due}</translation>
    </message>
    <message>
        <source>Measure: {name}, from {start} to {target} by {when}</source>
        <translation>Indicador: {name}, de {start} a {target} para el {when}</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n step(s) is/are due after the goal.</source>
        <translation>
            <numerusform>Atención: %n paso vence después del objetivo.</numerusform>
            <numerusform>Atención: %n pasos vencen después del objetivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a day, counted as {counting}; health judges the last %n day(s).</source>
        <translation>
            <numerusform>  La meta se refiere a un día, contando {counting}; el estado se juzga mirando %n día atrás.</numerusform>
            <numerusform>  La meta se refiere a un día, contando {counting}; el estado se juzga sobre los últimos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a week, counted as {counting}; health judges the last %n week(s).</source>
        <translation>
            <numerusform>  La meta se refiere a una semana, contando {counting}; el estado se juzga mirando %n semana atrás.</numerusform>
            <numerusform>  La meta se refiere a una semana, contando {counting}; el estado se juzga sobre las últimas %n semanas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a month, counted as {counting}; health judges the last %n month(s).</source>
        <translation>
            <numerusform>  La meta se refiere a un mes, contando {counting}; el estado se juzga mirando %n mes atrás.</numerusform>
            <numerusform>  La meta se refiere a un mes, contando {counting}; el estado se juzga sobre los últimos %n meses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a quarter, counted as {counting}; health judges the last %n quarter(s).</source>
        <translation>
            <numerusform>  La meta se refiere a un trimestre, contando {counting}; el estado se juzga mirando %n trimestre atrás.</numerusform>
            <numerusform>  La meta se refiere a un trimestre, contando {counting}; el estado se juzga sobre los últimos %n trimestres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  The target speaks of a year, counted as {counting}; health judges the last %n year(s).</source>
        <translation>
            <numerusform>  La meta se refiere a un año, contando {counting}; el estado se juzga mirando %n año atrás.</numerusform>
            <numerusform>  La meta se refiere a un año, contando {counting}; el estado se juzga sobre los últimos %n años.</numerusform>
        </translation>
    </message>
    <message>
        <source>No measure: progress is followed by the steps.</source>
        <translation>Sin indicador: el avance se sigue por los pasos.</translation>
    </message>
    <message>
        <source>Steps ({count}):</source>
        <translation>Pasos ({count}):</translation>
    </message>
    <message>
        <source>  • {title}: {owner}, by {due}</source>
        <translation>  • {title}: {owner}, para el {due}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>New people: {names}</source>
        <translation>Personas nuevas: {names}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Atención: {warning}</translation>
    </message>
    <message>
        <source>This plan is open read-only, so goals cannot be added here.</source>
        <translation>Este plan está abierto en solo lectura, así que aquí no se pueden añadir objetivos.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Break the goal into small steps. Each needs someone and a date.</source>
        <translation>Divida el objetivo en pasos pequeños. Cada uno necesita una persona y una fecha.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <source>Add a &amp;step</source>
        <translation>Añadir un &amp;paso</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Quitar paso</translation>
    </message>
    <message>
        <source>Someone ne&amp;w to help? Add them here:</source>
        <translation>¿Alguien n&amp;uevo para ayudar? Añádalo aquí:</translation>
    </message>
    <message>
        <source>e.g. Test three sourdough recipes</source>
        <translation>p. ej. Probar tres recetas de masa madre</translation>
    </message>
    <message>
        <source>&quot;{step}&quot;</source>
        <translation>«{step}»</translation>
    </message>
    <message>
        <source>&quot;{step}&quot; is due after the goal ({goal_due}).</source>
        <translation>«{step}» vence después del objetivo ({goal_due}).</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>No goal yet</source>
        <translation>Aún no hay objetivos</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} de %n paso hecho</numerusform>
            <numerusform>{done} de %n pasos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Measure: {name}</source>
        <translation>Indicador: {name}</translation>
    </message>
    <message>
        <source>keep {low} to {high}</source>
        <translation>mantener entre {low} y {high}</translation>
    </message>
    <message>
        <source>keep at least {low}</source>
        <translation>mantener en {low} o más</translation>
    </message>
    <message>
        <source>keep at most {high}</source>
        <translation>mantener en {high} o menos</translation>
    </message>
    <message>
        <source>planned {planned}</source>
        <translation>previsto {planned}</translation>
    </message>
    <message>
        <source>aim {target}</source>
        <translation>meta {target}</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>de {target}</translation>
    </message>
    <message>
        <source>nothing recorded, {aim}</source>
        <translation>nada anotado, {aim}</translation>
    </message>
    <message>
        <source>✓ Done {day}</source>
        <translation>✓ Hecho el {day}</translation>
    </message>
    <message>
        <source>! Overdue</source>
        <translation>! Atrasado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Goals, measures and steps</source>
        <extracomment>What the tree shows: a change of anything else leaves it alone.</extracomment>
        <translation>Objetivos, indicadores y pasos</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Añadir &amp;objetivo…</translation>
    </message>
    <message>
        <source>&amp;Quick goal…</source>
        <translation>Objetivo &amp;rápido…</translation>
    </message>
    <message>
        <source>Add a goal in one plain form</source>
        <translation>Añadir un objetivo con un formulario sencillo</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>Añadir &amp;indicador…</translation>
    </message>
    <message>
        <source>Add s&amp;tep…</source>
        <translation>Añadir &amp;paso…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Down)</translation>
    </message>
    <message>
        <source>Mark not d&amp;one</source>
        <translation>Marcar como no &amp;hecho</translation>
    </message>
    <message>
        <source>{measures}, {actuals}, {steps}</source>
        <translation>{measures}, {actuals}, {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n indicador</numerusform>
            <numerusform>%n indicadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s)</source>
        <translation>
            <numerusform>%n cifra real</numerusform>
            <numerusform>%n cifras reales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the goal “{title}” with its measures, recorded actuals and steps ({counts})? You can undo this.</source>
        <translation>¿Eliminar el objetivo «{title}» con sus indicadores, cifras reales y pasos ({counts})? Se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Eliminar objetivo</translation>
    </message>
    <message>
        <source>Delete the measure “{name}” and all its recorded actuals ({count})? You can undo this.</source>
        <translation>¿Eliminar el indicador «{name}» y todas sus cifras reales ({count})? Se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <source>Delete the step “{title}”? You can undo this.</source>
        <translation>¿Eliminar el paso «{title}»? Se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Eliminar paso</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>How BakeryPlan works</source>
        <translation>Cómo funciona BakeryPlan</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message numerus="yes">
        <source>The weekly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>La revisión semanal tocaba el {day}: lleva %n día de retraso.</numerusform>
            <numerusform>La revisión semanal tocaba el {day}: lleva %n días de retraso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>La revisión mensual tocaba el {day}: lleva %n día de retraso.</numerusform>
            <numerusform>La revisión mensual tocaba el {day}: lleva %n días de retraso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>La revisión trimestral tocaba el {day}: lleva %n día de retraso.</numerusform>
            <numerusform>La revisión trimestral tocaba el {day}: lleva %n días de retraso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review was due on {day}: %n day(s) late.</source>
        <translation>
            <numerusform>La revisión tocaba el {day}: lleva %n día de retraso.</numerusform>
            <numerusform>La revisión tocaba el {day}: lleva %n días de retraso.</numerusform>
        </translation>
    </message>
    <message>
        <source>The weekly review is due today, {day}.</source>
        <translation>La revisión semanal toca hoy, {day}.</translation>
    </message>
    <message>
        <source>The monthly review is due today, {day}.</source>
        <translation>La revisión mensual toca hoy, {day}.</translation>
    </message>
    <message>
        <source>The quarterly review is due today, {day}.</source>
        <translation>La revisión trimestral toca hoy, {day}.</translation>
    </message>
    <message>
        <source>The review is due today, {day}.</source>
        <translation>La revisión toca hoy, {day}.</translation>
    </message>
    <message numerus="yes">
        <source>The weekly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>La revisión semanal toca el {day}, dentro de %n día.</numerusform>
            <numerusform>La revisión semanal toca el {day}, dentro de %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>La revisión mensual toca el {day}, dentro de %n día.</numerusform>
            <numerusform>La revisión mensual toca el {day}, dentro de %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>La revisión trimestral toca el {day}, dentro de %n día.</numerusform>
            <numerusform>La revisión trimestral toca el {day}, dentro de %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review is due on {day}, in %n day(s).</source>
        <translation>
            <numerusform>La revisión toca el {day}, dentro de %n día.</numerusform>
            <numerusform>La revisión toca el {day}, dentro de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every week.</source>
        <translation>Aún no se ha hecho ninguna revisión; la idea es revisar el plan juntos cada semana.</translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every month.</source>
        <translation>Aún no se ha hecho ninguna revisión; la idea es revisar el plan juntos cada mes.</translation>
    </message>
    <message>
        <source>No review held yet; the plan is to look at it together every quarter.</source>
        <translation>Aún no se ha hecho ninguna revisión; la idea es revisar el plan juntos cada trimestre.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>&amp;Record today&apos;s figures</source>
        <translation>&amp;Anotar las cifras de hoy</translation>
    </message>
    <message>
        <source>Print huddle &amp;sheet…</source>
        <translation>Imprimir &amp;hoja de la reunión…</translation>
    </message>
    <message>
        <source>I&amp;mport actuals…</source>
        <translation>I&amp;mportar cifras reales…</translation>
    </message>
    <message>
        <source>Numbers behind plan</source>
        <translation>Cifras por detrás del plan</translation>
    </message>
    <message>
        <source>Every number is on track or has not started yet.</source>
        <translation>Todas las cifras van bien o aún no han empezado.</translation>
    </message>
    <message>
        <source>Steps due this week or late</source>
        <translation>Pasos que vencen esta semana o con retraso</translation>
    </message>
    <message>
        <source>No step is due this week and none is late.</source>
        <translation>Ningún paso vence esta semana y ninguno va con retraso.</translation>
    </message>
    <message>
        <source>Feedback waiting for an answer</source>
        <translation>Comentarios sin respuesta</translation>
    </message>
    <message>
        <source>All feedback has an answer.</source>
        <translation>Todos los comentarios tienen respuesta.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Latest entries</source>
        <translation>Últimos registros</translation>
    </message>
    <message>
        <source>No figures recorded yet. Record today&apos;s figures to see progress.</source>
        <translation>Aún no hay cifras anotadas. Anote las cifras de hoy para ver el avance.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesita atención</translation>
    </message>
    <message>
        <source>Nothing to fix: every goal has an owner, a date and a way to measure it.</source>
        <translation>Nada que corregir: cada objetivo tiene responsable, fecha y una forma de medirlo.</translation>
    </message>
    <message>
        <source>{today} · week of {week}</source>
        <translation>{today} · semana del {week}</translation>
    </message>
    <message>
        <source>{label}: {actual} against {planned} planned ({difference})</source>
        <translation>{label}: {actual} frente a {planned} previsto ({difference})</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late (due {day})</source>
        <translation>
            <numerusform>%n día de retraso (vencía el {day})</numerusform>
            <numerusform>%n días de retraso (vencía el {day})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who}, {day} · waiting %n day(s)</source>
        <translation>
            <numerusform>{who}, {day} · esperando desde hace %n día</numerusform>
            <numerusform>{who}, {day} · esperando desde hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>vence el {day}</translation>
    </message>
    <message>
        <source>nobody owns it yet</source>
        <translation>aún sin responsable</translation>
    </message>
    <message>
        <source>for “{goal}”</source>
        <translation>para «{goal}»</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>No regular review is set. Looking at the plan together, every month say, keeps it alive.</source>
        <translation>No hay revisiones periódicas. Revisar el plan juntos, por ejemplo cada mes, lo mantiene vivo.</translation>
    </message>
    <message>
        <source>Last review: {day}</source>
        <translation>Última revisión: {day}</translation>
    </message>
    <message>
        <source>Hold a re&amp;view…</source>
        <translation>Hacer una re&amp;visión…</translation>
    </message>
    <message>
        <source>Hold a review</source>
        <translation>Hacer una revisión</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Conviene mirarlo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Show: {finding}</source>
        <translation>Ver: {finding}</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Hecho: {title}</translation>
    </message>
    <message>
        <source>Mark done: {title}</source>
        <translation>Marcar como hecho: {title}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Day first (31/01/2024)</source>
        <translation>&amp;Día primero (31/01/2024)</translation>
    </message>
    <message>
        <source>&amp;Month first (01/31/2024)</source>
        <translation>&amp;Mes primero (01/31/2024)</translation>
    </message>
    <message>
        <source>&amp;Year first (2024/01/31)</source>
        <translation>&amp;Año primero (2024/01/31)</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
    <message>
        <source>Say which column holds the day, and how it is written.</source>
        <translation>Indique qué columna tiene el día y cómo está escrito.</translation>
    </message>
    <message>
        <source>Order of day, month and year</source>
        <translation>Orden de día, mes y año</translation>
    </message>
    <message>
        <source>Date &amp;column:</source>
        <translation>&amp;Columna de la fecha:</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Elija la columna que tiene la fecha.</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>In this file:</source>
        <translation>En este archivo:</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>Choose the export from your till, card terminal, bank, web shop or accounts.</source>
        <translation>Elija el archivo exportado de su caja, datáfono, banco, tienda en línea o contabilidad.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>The CSV or text file to import</source>
        <translation>El archivo CSV o de texto que importar</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Según lo detectado</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>sin encabezado</translation>
    </message>
    <message>
        <source>line </source>
        <translation>línea </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>Encabe&amp;zado:</translation>
    </message>
    <message>
        <source>The first rows as read</source>
        <translation>Las primeras filas tal como se leen</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Importar cifras reales</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV y de texto (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message numerus="yes">
        <source>Read as {encoding}; separator: {delimiter}; header: {header}; %n row(s).</source>
        <translation>
            <numerusform>Leído como {encoding}; separador: {delimiter}; encabezado: {header}; %n fila.</numerusform>
            <numerusform>Leído como {encoding}; separador: {delimiter}; encabezado: {header}; %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Above the table (%n line(s), not imported):
{lines}</source>
        <translation>
            <numerusform>Encima de la tabla (%n línea, no se importa):
{lines}</numerusform>
            <numerusform>Encima de la tabla (%n líneas, no se importan):
{lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>Read it with the recipe &quot;{name}&quot; (this file&apos;s header matches)</source>
        <translation>Leerlo con la plantilla &quot;{name}&quot; (el encabezado de este archivo coincide)</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>El resultado</translation>
    </message>
    <message>
        <source>Check the figures. Finish adds them to the plan; Undo takes them out.</source>
        <translation>Revise las cifras. Finalizar las añade al plan; Deshacer las quita.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Se omitió porque</translation>
    </message>
    <message>
        <source>&amp;Save as a recipe named</source>
        <translation>&amp;Guardar como plantilla con el nombre</translation>
    </message>
    <message>
        <source>Recipe name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>e.g. &quot;Till, daily sales&quot; or &quot;Bank account&quot;</source>
        <translation>p. ej. &quot;Caja, ventas diarias&quot; o &quot;Cuenta del banco&quot;</translation>
    </message>
    <message>
        <source>No day&apos;s figure could be read with these settings.</source>
        <translation>Con estos ajustes no se ha podido leer la cifra de ningún día.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>El valor</translation>
    </message>
    <message>
        <source>Say which measure gets the figures and what makes a day&apos;s value.</source>
        <translation>Indique qué indicador recibe las cifras y cómo se forma el valor de un día.</translation>
    </message>
    <message>
        <source>The &amp;amounts in</source>
        <translation>Los i&amp;mportes de</translation>
    </message>
    <message>
        <source>The number of &amp;rows</source>
        <translation>El número de &amp;filas</translation>
    </message>
    <message>
        <source>The number of different &amp;values in</source>
        <translation>El número de &amp;valores distintos en</translation>
    </message>
    <message>
        <source>A day&apos;s value is</source>
        <translation>El valor de un día es</translation>
    </message>
    <message>
        <source>All amounts</source>
        <translation>Todos los importes</translation>
    </message>
    <message>
        <source>Only income (amounts above zero)</source>
        <translation>Solo ingresos (importes mayores que cero)</translation>
    </message>
    <message>
        <source>Only expenses (amounts below zero, counted as positive)</source>
        <translation>Solo gastos (importes menores que cero, contados en positivo)</translation>
    </message>
    <message>
        <source>Decimal point: 1,234.56</source>
        <translation>Punto decimal: 1,234.56</translation>
    </message>
    <message>
        <source>Decimal comma: 1.234,56</source>
        <translation>Coma decimal: 1.234,56</translation>
    </message>
    <message>
        <source>Only rows with these values</source>
        <translation>Solo las filas con estos valores</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>&amp;Which amounts:</source>
        <translation>&amp;Qué importes:</translation>
    </message>
    <message>
        <source>Amounts are &amp;written with:</source>
        <translation>Importes &amp;escritos con:</translation>
    </message>
    <message>
        <source>Only rows where:</source>
        <translation>Solo las filas en las que:</translation>
    </message>
    <message>
        <source>is one of:</source>
        <translation>es uno de:</translation>
    </message>
    <message>
        <source>&amp;Note from:</source>
        <translation>&amp;Nota de:</translation>
    </message>
    <message>
        <source>(all rows)</source>
        <translation>(todas las filas)</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was written.</source>
        <translation>Se canceló la lectura; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Lines skipped: {skipped} (reasons on the right). Rows left out by filters: {filtered}.</source>
        <translation>Líneas omitidas: {skipped} (los motivos, a la derecha). Filas descartadas por los filtros: {filtered}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), total {total}, into “{measure}”.</source>
        <translation>
            <numerusform>%n día, total {total}, en «{measure}».</numerusform>
            <numerusform>%n días, total {total}, en «{measure}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read from %n row(s) of the file.</source>
        <translation>
            <numerusform>Leído de %n fila del archivo.</numerusform>
            <numerusform>Leído de %n filas del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these days was/were imported before from “{source}”: Finish asks whether to replace it/them or skip it/them.</source>
        <translation>
            <numerusform>%n de estos días ya se importó antes de «{source}»: Finalizar preguntará si reemplazarlo u omitirlo.</numerusform>
            <numerusform>%n de estos días ya se importaron antes de «{source}»: Finalizar preguntará si reemplazarlos u omitirlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these days ({first} to {last}) was/were imported before from “{source}”. Replace the entries of those days with the file&apos;s figures, or skip those days and add only the new ones?</source>
        <translation>
            <numerusform>%n de estos días ({first} a {last}) ya se importó antes de «{source}». ¿Reemplazar los registros de ese día con las cifras del archivo, u omitir ese día y añadir solo los nuevos?</numerusform>
            <numerusform>%n de estos días ({first} a {last}) ya se importaron antes de «{source}». ¿Reemplazar los registros de esos días con las cifras del archivo, u omitir esos días y añadir solo los nuevos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day in this file is already imported.</source>
        <translation>Todos los días de este archivo ya están importados.</translation>
    </message>
    <message>
        <source>This plan has no measures yet. Add a measure to a goal first.</source>
        <translation>Este plan aún no tiene indicadores. Primero añada un indicador a un objetivo.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so nothing can be imported into it.</source>
        <translation>Este plan está abierto en solo lectura, así que no se puede importar nada en él.</translation>
    </message>
</context>
<context>
    <name>LazyPanels</name>
    <message>
        <source>This tab could not be shown.</source>
        <translation>No se ha podido mostrar esta pestaña.</translation>
    </message>
    <message>
        <source>This tab could not be shown. The details are in the log file:
{path}</source>
        <translation>No se ha podido mostrar esta pestaña. Los detalles están en el archivo de registro:
{path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (solo lectura)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Cifras reales</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Ctrl+{number}</source>
        <translation>Ctrl+{number}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>No backup of &quot;{name}&quot; could be made: {reason}.

The plan itself is fine and every change is still saved to it, but until a backup can be made a mistake cannot be undone from a backup. Continue without a backup, or close the plan (and free some space or fix the folder first)?</source>
        <translation>No se ha podido hacer una copia de seguridad de &quot;{name}&quot;: {reason}.

El plan está bien y cada cambio se sigue guardando, pero mientras no haya copia de seguridad no se podrá deshacer un error recuperando una copia. ¿Continuar sin copia de seguridad o cerrar el plan (y antes liberar espacio o arreglar la carpeta)?</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>Sin copia de seguridad</translation>
    </message>
    <message>
        <source>Continue without a backup</source>
        <translation>Continuar sin copia</translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation>Cerrar el plan</translation>
    </message>
    <message>
        <source>This plan is open read-only: you can look, print and export, but not change it.</source>
        <translation>Este plan está abierto en solo lectura: puede verlo, imprimirlo y exportarlo, pero no cambiarlo.</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation>Valor previsto</translation>
    </message>
    <message>
        <source>Points of the planned path</source>
        <translation>Puntos del camino previsto</translation>
    </message>
    <message>
        <source>Steady (a straight line)</source>
        <translation>Constante (una línea recta)</translation>
    </message>
    <message>
        <source>In steps (e.g. each quarter)</source>
        <translation>Por escalones (p. ej. cada trimestre)</translation>
    </message>
    <message>
        <source>Seasonal (my own points)</source>
        <translation>Por temporadas (mis propios puntos)</translation>
    </message>
    <message>
        <source>Planned path</source>
        <translation>Camino previsto</translation>
    </message>
    <message>
        <source>Fill in &amp;quarterly steps</source>
        <translation>Rellenar escalones &amp;trimestrales</translation>
    </message>
    <message>
        <source>Add a &amp;point</source>
        <translation>Añadir un &amp;punto</translation>
    </message>
    <message>
        <source>&amp;Remove point</source>
        <translation>&amp;Quitar punto</translation>
    </message>
    <message>
        <source>e.g. Loaves sold per week</source>
        <translation>p. ej. Panes vendidos por semana</translation>
    </message>
    <message>
        <source>e.g. loaves, €, %</source>
        <translation>p. ej. panes, €, %</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Mejor cuanto más alto</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Mejor cuanto más bajo</translation>
    </message>
    <message>
        <source>Keep within a range</source>
        <translation>Mantener dentro de un margen</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha de la meta</translation>
    </message>
    <message>
        <source>What you count:</source>
        <translation>Qué cuenta:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>From (now) / to (target):</source>
        <translation>Desde (ahora) / hasta (meta):</translation>
    </message>
    <message>
        <source>Keep between:</source>
        <translation>Mantener entre:</translation>
    </message>
    <message>
        <source>Start / target date:</source>
        <translation>Fecha de inicio / de la meta:</translation>
    </message>
    <message>
        <source>The target speaks of:</source>
        <translation>La meta se refiere a:</translation>
    </message>
    <message>
        <source>Count it as:</source>
        <translation>Contarlo como:</translation>
    </message>
    <message>
        <source>Judge health over:</source>
        <translation>Juzgar el estado sobre:</translation>
    </message>
    <message>
        <source>Planned path:</source>
        <translation>Camino previsto:</translation>
    </message>
    <message>
        <source>{field} is needed.</source>
        <translation>{field}: este dato es obligatorio.</translation>
    </message>
</context>
<context>
    <name>MeasureRules</name>
    <message>
        <source>“Higher is better”, but the target is below the starting value: raise the target, or choose “Lower is better”.</source>
        <translation>«Mejor cuanto más alto», pero la meta está por debajo del valor de partida: suba la meta o elija «Mejor cuanto más bajo».</translation>
    </message>
    <message>
        <source>“Lower is better”, but the target is above the starting value: lower the target, or choose “Higher is better”.</source>
        <translation>«Mejor cuanto más bajo», pero la meta está por encima del valor de partida: baje la meta o elija «Mejor cuanto más alto».</translation>
    </message>
    <message>
        <source>Keeping within a band needs at least one limit: give the lowest or the highest value to keep to.</source>
        <translation>Para mantenerse dentro de una franja hace falta al menos un límite: indique el valor más bajo o el más alto que hay que respetar.</translation>
    </message>
    <message>
        <source>The band&apos;s low limit must be below its high limit.</source>
        <translation>El límite inferior de la franja debe estar por debajo del superior.</translation>
    </message>
    <message>
        <source>The target date is before the start date: move one of them.</source>
        <translation>La fecha de la meta es anterior a la fecha de inicio: cambie una de las dos.</translation>
    </message>
    <message>
        <source>A point of the planned path is after the target date: move it to the target date or earlier, or move the target date.</source>
        <translation>Un punto del camino previsto es posterior a la fecha de la meta: muévalo a la fecha de la meta o antes, o cambie la fecha de la meta.</translation>
    </message>
</context>
<context>
    <name>MenuTasks</name>
    <message>
        <source>No chart to export</source>
        <translation>No hay gráfico que exportar</translation>
    </message>
    <message>
        <source>This plan has no measures yet, so there is no chart to export. Add a measure to a goal on the Goals tab first.</source>
        <translation>Este plan aún no tiene indicadores, así que no hay gráfico que exportar. Primero añada un indicador a un objetivo en la pestaña Objetivos.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Which measure&apos;s chart do you want to export?</source>
        <translation>¿De qué indicador quiere exportar el gráfico?</translation>
    </message>
    <message>
        <source>About BakeryPlan</source>
        <translation>Acerca de BakeryPlan</translation>
    </message>
    <message>
        <source>BakeryPlan {version}

Plan your business on one page: a vision, goals with measures, owners and dates, and what really happened.

Your plan stays on this computer. BakeryPlan never connects to the internet.</source>
        <translation>BakeryPlan {version}

Planifique su negocio en una página: una visión, objetivos con indicadores, responsables y fechas, y lo que de verdad pasó.

Su plan se queda en este ordenador. BakeryPlan nunca se conecta a internet.</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <source>The name appears on every page you print.</source>
        <translation>El nombre aparece en cada página que imprima.</translation>
    </message>
    <message>
        <source>e.g. Sunrise Bakery</source>
        <translation>p. ej. Panadería El Amanecer</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Business na&amp;me:</source>
        <translation>&amp;Nombre del negocio:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Dueño/a:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Su equipo</translation>
    </message>
    <message>
        <source>Who works with you? You can add people later too.</source>
        <translation>¿Quién trabaja con usted? También puede añadir personas más adelante.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Añadir una &amp;persona</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>&amp;Quitar persona</translation>
    </message>
    <message>
        <source>Add {owner} (owner) to the &amp;team</source>
        <translation>Añadir a {owner} (dueño/a) al &amp;equipo</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>el dueño o la dueña</translation>
    </message>
    <message>
        <source>e.g. Baker</source>
        <translation>p. ej. Panadero</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño/a</translation>
    </message>
    <message>
        <source>Where to keep the plan</source>
        <translation>Dónde guardar el plan</translation>
    </message>
    <message>
        <source>Your plan is one file. Every change is saved in it at once.</source>
        <translation>Su plan es un solo archivo. Cada cambio se guarda en él al momento.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Write the &amp;vision next</source>
        <translation>Escribir la &amp;visión a continuación</translation>
    </message>
    <message>
        <source>&amp;Plan file:</source>
        <translation>Archivo del &amp;plan:</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation>Guardar el plan nuevo como</translation>
    </message>
    <message>
        <source>Type a file name for the plan.</source>
        <translation>Escriba un nombre de archivo para el plan.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Ya existe un archivo con este nombre. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Empezar un plan nuevo</translation>
    </message>
    <message>
        <source>The plan could not be created</source>
        <translation>No se ha podido crear el plan</translation>
    </message>
    <message>
        <source>The plan could not be created: {reason}</source>
        <translation>No se ha podido crear el plan: {reason}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <extracomment>A check across fields: given the parsed values, None or (the problem in words, the key of the field to put right).</extracomment>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Borrar la fecha</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Responsable de</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>No one yet. Use Add person for everyone who owns goals and steps, yourself too, so every piece of work has a name on it.</source>
        <translation>Aún no hay nadie. Use Añadir persona para cada responsable de objetivos y pasos, usted también, para que cada tarea tenga un nombre.</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Añadir persona…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Dea&amp;ctivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nada todavía</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n paso pendiente</numerusform>
            <numerusform>%n pasos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n goal(s) and step(s) they own will have no owner. Deactivating keeps the history instead.</source>
        <translation>
            <numerusform>%n objetivo o paso del que es responsable se quedará sin responsable. Si en cambio la desactiva, se conserva el historial.</numerusform>
            <numerusform>Los %n objetivos y pasos de los que es responsable se quedarán sin responsable. Si en cambio la desactiva, se conserva el historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>{goals}, {steps}</source>
        <translation>{goals}, {steps}</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>¿Eliminar a «{name}»?</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>(nobody yet)</source>
        <translation>(aún nadie)</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (se añadirá)</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Nombre de la nueva persona</translation>
    </message>
    <message>
        <source>Role (optional)</source>
        <translation>Función (opcional)</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Añadir una &amp;persona</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>This plan is closed; nothing was changed.</source>
        <translation>Este plan está cerrado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so it cannot be changed here. Close the other window that has it open, then open it again.</source>
        <translation>Este plan está abierto en solo lectura, así que aquí no se puede cambiar. Cierre la otra ventana que lo tiene abierto y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>The change could not be saved to the plan file: {detail}</source>
        <translation>No se ha podido guardar el cambio en el archivo del plan: {detail}</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder})</source>
        <translation>{cause} (carpeta de copias de seguridad: {folder})</translation>
    </message>
</context>
<context>
    <name>PlanFromHistory</name>
    <message>
        <source>Plan from last year</source>
        <translation>Plan a partir del año pasado</translation>
    </message>
    <message>
        <source>Plan “{name}” for the twelve months after a year of its entries: each day is compared with its day last year, and the change is applied to the year.</source>
        <translation>Planificar «{name}» para los doce meses siguientes a un año de registros: cada día se compara con su día del año pasado y el cambio se aplica a todo el año.</translation>
    </message>
    <message>
        <source>Entries of</source>
        <translation>Registros de</translation>
    </message>
    <message>
        <source>Last year ends on</source>
        <translation>El año pasado termina el</translation>
    </message>
    <message>
        <source>Change on last year in percent</source>
        <translation>Cambio sobre el año pasado, en porcentaje</translation>
    </message>
    <message>
        <source>Total for the new year</source>
        <translation>Total del nuevo año</translation>
    </message>
    <message>
        <source>Change on last year</source>
        <translation>Cambio sobre el año pasado</translation>
    </message>
    <message>
        <source>Total for the year</source>
        <translation>Total del año</translation>
    </message>
    <message>
        <source>Same weekday, holidays moved to their dates</source>
        <translation>Mismo día de la semana, festivos movidos a sus fechas</translation>
    </message>
    <message>
        <source>Same weekday, holidays not moved</source>
        <translation>Mismo día de la semana, festivos sin mover</translation>
    </message>
    <message>
        <source>Same calendar date</source>
        <translation>Misma fecha del calendario</translation>
    </message>
    <message>
        <source>Match each day with</source>
        <translation>Emparejar cada día con</translation>
    </message>
    <message>
        <source>Entries of:</source>
        <translation>Registros de:</translation>
    </message>
    <message>
        <source>Last year ends on:</source>
        <translation>El año pasado termina el:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Cambio:</translation>
    </message>
    <message>
        <source>Match each day with:</source>
        <translation>Emparejar cada día con:</translation>
    </message>
    <message>
        <source>Last year is incomplete</source>
        <translation>Al año pasado le faltan días</translation>
    </message>
    <message>
        <source>Fill the missing days from the weeks around</source>
        <translation>Rellenar los días que faltan con las semanas de alrededor</translation>
    </message>
    <message>
        <source>Plan only what last year&apos;s entries show</source>
        <translation>Planificar solo lo que muestran los registros del año pasado</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Año pasado</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Plan nuevo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Totals by month</source>
        <translation>Totales por mes</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>Usar este plan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Average per open day</source>
        <translation>Media por día abierto</translation>
    </message>
    <message>
        <source>{figure} last year: {last}. New plan: {planned} ({change}), {start} to {end}.</source>
        <translation>{figure} del año pasado: {last}. Plan nuevo: {planned} ({change}), del {start} al {end}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Year, per day</source>
        <translation>Año, por día</translation>
    </message>
    <message numerus="yes">
        <source>{month} (%n day(s))</source>
        <translation>
            <numerusform>{month} (%n día)</numerusform>
            <numerusform>{month} (%n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), last year and the new plan</source>
        <translation>
            <numerusform>%n periodo, año pasado y plan nuevo</numerusform>
            <numerusform>%n periodos, año pasado y plan nuevo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the system: {language}</source>
        <translation>Como el sistema: {language}</translation>
    </message>
    <message>
        <source>The window speaks the new language the next time BakeryPlan opens. Printouts, the progress pack and the plan&apos;s status are always in the plan&apos;s own language, set in Business details.</source>
        <translation>La ventana usará el idioma nuevo la próxima vez que se abra BakeryPlan. Los impresos, el informe de avance y el estado del plan siempre están en el idioma del propio plan, que se elige en Datos del negocio.</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Idioma de la ventana:</translation>
    </message>
</context>
<context>
    <name>ReviewRhythm</name>
    <message>
        <source>No rhythm set: nothing is ever due.</source>
        <translation>Sin ritmo fijado: nunca vence nada.</translation>
    </message>
    <message>
        <source>No review held yet: hold the first one.</source>
        <translation>Aún no se ha hecho ninguna revisión: haga la primera.</translation>
    </message>
    <message numerus="yes">
        <source>The next review is %n day(s) overdue (due {day}).</source>
        <translation>
            <numerusform>La próxima revisión lleva %n día de retraso (vencía el {day}).</numerusform>
            <numerusform>La próxima revisión lleva %n días de retraso (vencía el {day}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review due {day}.</source>
        <translation>La próxima revisión vence el {day}.</translation>
    </message>
    <message>
        <source>How often the plan is reviewed</source>
        <translation>Cada cuánto se revisa el plan</translation>
    </message>
    <message>
        <source>Re&amp;view the plan:</source>
        <translation>Re&amp;visar el plan:</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>What did you decide? A decision can become a step or a new target right away.</source>
        <translation>¿Qué decidieron? Una decisión puede convertirse al momento en un paso o en una meta nueva.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Se convierte en</translation>
    </message>
    <message>
        <source>e.g. Bake the Monday batch to order</source>
        <translation>p. ej. Hacer la hornada del lunes por encargo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Just note it</source>
        <translation>Solo anotarla</translation>
    </message>
    <message>
        <source>Make it a step</source>
        <translation>Convertirla en un paso</translation>
    </message>
    <message>
        <source>Change a measure&apos;s target</source>
        <translation>Cambiar la meta de un indicador</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <source>&amp;Add decision</source>
        <translation>&amp;Añadir decisión</translation>
    </message>
    <message>
        <source>&amp;Remove decision</source>
        <translation>&amp;Quitar decisión</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <source>About &amp;feedback:</source>
        <translation>Sobre el &amp;comentario:</translation>
    </message>
    <message>
        <source>It becomes:</source>
        <translation>Se convierte en:</translation>
    </message>
    <message>
        <source>Step (goal, who, by):</source>
        <translation>Paso (objetivo, quién, para cuándo):</translation>
    </message>
    <message>
        <source>New target:</source>
        <translation>Meta nueva:</translation>
    </message>
    <message>
        <source>now {target}</source>
        <translation>ahora {target}</translation>
    </message>
    <message>
        <source>Type the decision first.</source>
        <translation>Escriba primero la decisión.</translation>
    </message>
    <message>
        <source>The new target {problem}.</source>
        <translation>La meta nueva {problem}.</translation>
    </message>
    <message>
        <source>Type the new target as a number, like 9500.</source>
        <translation>Escriba la meta nueva como número, por ejemplo 9500.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>aún nadie</translation>
    </message>
    <message>
        <source>a step for {who}, by {when}</source>
        <translation>un paso para {who}, para el {when}</translation>
    </message>
    <message>
        <source>{name}: target {before} → {after}</source>
        <translation>{name}: meta {before} → {after}</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>anotada</translation>
    </message>
    <message>
        <source>What changed since the last review</source>
        <translation>Qué ha cambiado desde la última revisión</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>This is the plan&apos;s first review.</source>
        <translation>Esta es la primera revisión del plan.</translation>
    </message>
    <message>
        <source>Where each measure stands today. Next time this page shows what changed.</source>
        <translation>Dónde está hoy cada indicador. La próxima vez esta página mostrará qué ha cambiado.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguno</translation>
    </message>
    <message>
        <source>Look at what happened, and at what was changed in the plan.</source>
        <translation>Mire lo que ha pasado y lo que se ha cambiado en el plan.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not known: no snapshot last time</source>
        <translation>no se sabe: la última vez no se guardó una foto del plan</translation>
    </message>
    <message>
        <source>Measures whose health changed</source>
        <translation>Indicadores que cambiaron de estado</translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation>Cambios en el plan</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pasos hechos</translation>
    </message>
    <message>
        <source>Steps newly overdue</source>
        <translation>Pasos que han pasado a ir con retraso</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Comentarios recibidos</translation>
    </message>
    <message>
        <source>Decided at the last review</source>
        <translation>Decidido en la última revisión</translation>
    </message>
    <message>
        <source>nothing written down</source>
        <translation>nada por escrito</translation>
    </message>
    <message>
        <source>Why are these measures behind?</source>
        <translation>¿Por qué van retrasados estos indicadores?</translation>
    </message>
    <message>
        <source>Every measure is on track, achieved or not started yet.</source>
        <translation>Todos los indicadores van bien, están logrados o aún no han empezado.</translation>
    </message>
    <message>
        <source>No measure is behind or at risk: nothing to explain.</source>
        <translation>Ningún indicador va retrasado ni en riesgo: nada que explicar.</translation>
    </message>
    <message>
        <source>A sentence for each is enough. The progress pack prints it beside the measure.</source>
        <translation>Basta una frase para cada uno. El informe de avance la imprime junto al indicador.</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Last time:</source>
        <translation>La última vez:</translation>
    </message>
    <message>
        <source>Why {name} is {health}</source>
        <translation>Por qué {name}: {health}</translation>
    </message>
    <message>
        <source>Why? e.g. two wet Saturdays, the oven was down</source>
        <translation>¿Por qué? p. ej. dos sábados de lluvia, el horno estuvo averiado</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Notes and the next review</source>
        <translation>Notas y próxima revisión</translation>
    </message>
    <message>
        <source>Finish keeps the review. Undo takes all of it back.</source>
        <translation>Finalizar guarda la revisión. Deshacer la retira entera.</translation>
    </message>
    <message>
        <source>What was said (optional)</source>
        <translation>Lo que se dijo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Kind of review:</source>
        <translation>&amp;Tipo de revisión:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Review the plan:</source>
        <translation>&amp;Revisar el plan:</translation>
    </message>
    <message>
        <source>Finish will keep:</source>
        <translation>Finalizar guardará:</translation>
    </message>
    <message>
        <source>Hold a review</source>
        <translation>Hacer una revisión</translation>
    </message>
    <message>
        <source>{kind} of {day}, with a snapshot of the plan as it stands.</source>
        <translation>{kind} del {day}, con una foto del plan tal como está.</translation>
    </message>
    <message>
        <source>Explanations: {count}</source>
        <translation>Explicaciones: {count}</translation>
    </message>
    <message>
        <source> (none yet for: {names})</source>
        <translation> (aún falta para: {names})</translation>
    </message>
    <message>
        <source>Decisions: {count}</source>
        <translation>Decisiones: {count}</translation>
    </message>
    <message>
        <source>Feedback answered: {text}</source>
        <translation>Comentario respondido: {text}</translation>
    </message>
    <message>
        <source>The plan will be reviewed: {how}</source>
        <translation>El plan se revisará: {how}</translation>
    </message>
    <message>
        <source>This plan is open read-only, so a review cannot be kept here.</source>
        <translation>Este plan está abierto en solo lectura, así que aquí no se puede guardar una revisión.</translation>
    </message>
</context>
<context>
    <name>ReviewsPanel</name>
    <message>
        <source>No review held yet.</source>
        <translation>Aún no se ha hecho ninguna revisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) changed health</source>
        <translation>
            <numerusform>%n indicador cambió de estado</numerusform>
            <numerusform>%n indicadores cambiaron de estado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the plan</source>
        <translation>
            <numerusform>%n cambio en el plan</numerusform>
            <numerusform>%n cambios en el plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s) recorded</source>
        <translation>
            <numerusform>%n cifra real anotada</numerusform>
            <numerusform>%n cifras reales anotadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n paso hecho</numerusform>
            <numerusform>%n pasos hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly overdue</source>
        <translation>
            <numerusform>%n paso nuevo con retraso</numerusform>
            <numerusform>%n pasos nuevos con retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new feedback</source>
        <translation>
            <numerusform>%n comentario nuevo</numerusform>
            <numerusform>%n comentarios nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the last review ({day}): {changes}</source>
        <translation>Desde la última revisión ({day}): {changes}</translation>
    </message>
    <message>
        <source>What changed since the last review</source>
        <translation>Qué ha cambiado desde la última revisión</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>No review yet. After a huddle or a monthly look at the plan, use Add review to keep what was said and decided.</source>
        <translation>Aún no hay revisiones. Después de una reunión rápida o de la revisión mensual del plan, use Añadir revisión para guardar lo que se dijo y se decidió.</translation>
    </message>
    <message>
        <source>Notes of the selected review</source>
        <translation>Notas de la revisión seleccionada</translation>
    </message>
    <message>
        <source>Decisions of the selected review</source>
        <translation>Decisiones de la revisión seleccionada</translation>
    </message>
    <message>
        <source>What the selected review kept</source>
        <translation>Lo que guardó la revisión seleccionada</translation>
    </message>
    <message>
        <source>Explanations and changes</source>
        <translation>Explicaciones y cambios</translation>
    </message>
    <message>
        <source>&amp;Hold a review…</source>
        <translation>&amp;Hacer una revisión…</translation>
    </message>
    <message>
        <source>What changed, explanations, decisions: kept with a snapshot</source>
        <translation>Qué cambió, explicaciones, decisiones: guardado con una foto del plan</translation>
    </message>
    <message>
        <source>&amp;Add review…</source>
        <translation>&amp;Añadir revisión…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Pick a review in the list to read it here.</source>
        <translation>Elija una revisión de la lista para leerla aquí.</translation>
    </message>
    <message>
        <source>Delete the review held on {day}? You can undo this.</source>
        <translation>¿Eliminar la revisión hecha el {day}? Se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Eliminar revisión</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Everyday actions</source>
        <translation>Tareas diarias</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>What needs you this week</source>
        <translation>Lo que necesita su atención esta semana</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Add a goal, step by step</source>
        <translation>Añadir un objetivo paso a paso</translation>
    </message>
    <message>
        <source>Record figures</source>
        <translation>Anotar cifras</translation>
    </message>
    <message>
        <source>Type today&apos;s figures on the Actuals tab</source>
        <translation>Escribir las cifras de hoy en la pestaña Cifras reales</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Bring in figures from a till or bank file</source>
        <translation>Traer cifras de un archivo de la caja o del banco</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Hold a review of the plan</source>
        <translation>Hacer una revisión del plan</translation>
    </message>
    <message>
        <source>Huddle sheet</source>
        <translation>Hoja de reunión</translation>
    </message>
    <message>
        <source>Print the sheet for this week&apos;s team huddle</source>
        <translation>Imprimir la hoja para la reunión rápida del equipo de esta semana</translation>
    </message>
    <message>
        <source>One-page plan</source>
        <translation>Plan en una página</translation>
    </message>
    <message>
        <source>Print the plan on one page for the team</source>
        <translation>Imprimir el plan en una página para el equipo</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>How BakeryPlan works</source>
        <translation>Cómo funciona BakeryPlan</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Our vision</source>
        <translation>Nuestra visión</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Texto de la visión</translation>
    </message>
    <message>
        <source>&amp;Revise with wizard…</source>
        <translation>&amp;Reescribir con el asistente…</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Text of the selected revision</source>
        <translation>Texto de la versión seleccionada</translation>
    </message>
    <message>
        <source>No vision yet.</source>
        <translation>Aún no hay visión.</translation>
    </message>
    <message>
        <source>Write in a few plain sentences where the business is going and why.</source>
        <translation>Escriba en unas pocas frases sencillas hacia dónde va el negocio y por qué.</translation>
    </message>
    <message>
        <source>&amp;Write with wizard…</source>
        <translation>&amp;Escribir con el asistente…</translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Por qué importa: {why}</translation>
    </message>
    <message>
        <source>Written {day}</source>
        <translation>Escrita el {day}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>The vision wizard is not available.</source>
        <translation>El asistente de la visión no está disponible.</translation>
    </message>
</context>
<context>
    <name>VisionWizard</name>
    <message>
        <source>Who you serve</source>
        <translation>A quién sirve</translation>
    </message>
    <message>
        <source>Who are your customers? Think of the people who come back every week.</source>
        <translation>¿Quiénes son sus clientes? Piense en las personas que vuelven cada semana.</translation>
    </message>
    <message>
        <source>Families and office workers in Riverside who want good bread before work.</source>
        <translation>Familias y oficinistas de Riverside que quieren buen pan antes de ir a trabajar.</translation>
    </message>
    <message>
        <source>What you do best</source>
        <translation>Lo que mejor hace</translation>
    </message>
    <message>
        <source>What do you do better than anyone nearby?</source>
        <translation>¿Qué hace mejor que nadie en la zona?</translation>
    </message>
    <message>
        <source>Slow-rising sourdough and a warm welcome at the counter.</source>
        <translation>Masa madre de fermentación lenta y una buena acogida en el mostrador.</translation>
    </message>
    <message>
        <source>What you want to be known for</source>
        <translation>Por lo que quiere que le conozcan</translation>
    </message>
    <message>
        <source>When people talk about your business, what should they say?</source>
        <translation>Cuando la gente habla de su negocio, ¿qué debería decir?</translation>
    </message>
    <message>
        <source>Bread that is still warm at seven, and a name for every regular.</source>
        <translation>Pan todavía caliente a las siete y un nombre para cada cliente habitual.</translation>
    </message>
    <message>
        <source>Where you will be in 3 to 5 years</source>
        <translation>Dónde estará dentro de 3 a 5 años</translation>
    </message>
    <message>
        <source>Picture the business in three to five years. What is true then? Start with &apos;we&apos;.</source>
        <translation>Imagine el negocio dentro de tres a cinco años. ¿Qué es verdad entonces? Escriba en plural: «Tenemos», «Somos».</translation>
    </message>
    <message>
        <source>We run two shops and supply six local cafes.</source>
        <translation>Tenemos dos tiendas y servimos a seis cafeterías de la zona.</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Why does this matter to you, your team and your customers?</source>
        <translation>¿Por qué importa esto para usted, su equipo y sus clientes?</translation>
    </message>
    <message>
        <source>Good bread brings people together, and our team deserves steady work.</source>
        <translation>El buen pan une a la gente, y nuestro equipo merece un trabajo estable.</translation>
    </message>
    <message>
        <source>Question {number} of {count}. Short and plain is best.</source>
        <translation>Pregunta {number} de {count}. Mejor breve y sencillo.</translation>
    </message>
    <message>
        <source>Write a sentence or two in your own words.</source>
        <translation>Escriba una o dos frases con sus propias palabras.</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>Por ejemplo: {example}</translation>
    </message>
    <message>
        <source>Your vision, in your words</source>
        <translation>Su visión, con sus palabras</translation>
    </message>
    <message>
        <source>Here is a draft made from your answers. Change anything; short and plain is best.</source>
        <translation>Aquí tiene un borrador hecho con sus respuestas. Cambie lo que quiera; mejor breve y sencillo.</translation>
    </message>
    <message>
        <source>An example from a bakery:</source>
        <translation>Un ejemplo de una panadería:</translation>
    </message>
    <message>
        <source>Write two or three plain sentences: who you serve, what you do best, and where the business will be in a few years. Go Back to answer the questions and a draft is made for you.</source>
        <translation>Escriba dos o tres frases sencillas: a quién sirve, qué hace mejor y dónde estará el negocio en unos años. Vuelva Atrás para responder a las preguntas y se le hará un borrador.</translation>
    </message>
    <message>
        <source>Start typing your vision here.</source>
        <translation>Empiece a escribir aquí su visión.</translation>
    </message>
    <message>
        <source>Write your vision</source>
        <translation>Escribir su visión</translation>
    </message>
    <message>
        <source>This plan is open read-only, so the vision cannot be changed here.</source>
        <translation>Este plan está abierto en solo lectura, así que aquí no se puede cambiar la visión.</translation>
    </message>
    <message>
        <source>We bake honest bread and pastries for the people of our neighbourhood, every morning. We are best at slow-rising sourdough and a warm welcome at the counter. We want to be known as the place where the bread is still warm at seven. In three to five years, we run two shops and supply six local cafes, and every baker on the team can run a morning bake alone.</source>
        <translation>Hacemos pan y bollería de verdad para la gente de nuestro barrio, cada mañana. Lo que mejor se nos da es la masa madre de fermentación lenta y recibir bien a cada cliente en el mostrador. Queremos que nos conozcan como el sitio donde el pan sigue caliente a las siete. Dentro de tres a cinco años tendremos dos tiendas, serviremos a seis cafeterías del barrio y cualquier panadero del equipo podrá sacar solo la hornada de la mañana.</translation>
    </message>
    <message>
        <source>We serve {answer}.</source>
        <translation>Servimos a {answer}.</translation>
    </message>
    <message>
        <source>We are best at {answer}.</source>
        <translation>Lo que mejor se nos da: {answer}.</translation>
    </message>
    <message>
        <source>We want to be known for {answer}.</source>
        <translation>Queremos que nos conozcan por {answer}.</translation>
    </message>
    <message>
        <source>In three to five years, {answer}.</source>
        <translation>Dentro de tres a cinco años: {answer}.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Le damos la bienvenida a {app}</translation>
    </message>
    <message>
        <source>Plan your business in plain words: a vision, a few goals with numbers, owners and dates, and the steps to get there. Everything stays on this computer, in one file.</source>
        <translation>Planifique su negocio con palabras sencillas: una visión, unos pocos objetivos con cifras, responsables y fechas, y los pasos para lograrlos. Todo se queda en este ordenador, en un solo archivo.</translation>
    </message>
    <message>
        <source>Try the demo bakery</source>
        <translation>Probar la panadería de ejemplo</translation>
    </message>
    <message>
        <source>Look around a sample plan for Sunrise Bakery. Change anything you like.</source>
        <translation>Explore un plan de ejemplo: la Panadería El Amanecer. Cambie lo que quiera.</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Empezar un plan nuevo</translation>
    </message>
    <message>
        <source>A few questions about your business and team, then your vision.</source>
        <translation>Unas preguntas sobre su negocio y su equipo, y luego su visión.</translation>
    </message>
    <message>
        <source>Open a plan…</source>
        <translation>Abrir un plan…</translation>
    </message>
    <message>
        <source>Open a plan file you already have.</source>
        <translation>Abrir un archivo de plan que ya tiene.</translation>
    </message>
    <message>
        <source>Recent plans:</source>
        <translation>Planes recientes:</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar desde &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Import actuals…</source>
        <translation>&amp;Importar cifras reales…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <source>Export progress &amp;pack…</source>
        <translation>Exportar informe de a&amp;vance…</translation>
    </message>
    <message>
        <source>&amp;Print one-page plan…</source>
        <translation>Im&amp;primir plan en una página…</translation>
    </message>
    <message>
        <source>Export one-page plan as P&amp;DF…</source>
        <translation>Exportar plan en una página como P&amp;DF…</translation>
    </message>
    <message>
        <source>Print check-in &amp;sheet…</source>
        <translation>Imprimir &amp;hoja de la reunión…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Write &amp;vision with wizard…</source>
        <translation>Escribir la &amp;visión con el asistente…</translation>
    </message>
    <message>
        <source>New goal with &amp;wizard…</source>
        <translation>Nuevo objetivo con &amp;asistente…</translation>
    </message>
    <message>
        <source>&amp;Hold a review…</source>
        <translation>&amp;Hacer una revisión…</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Añadir &amp;objetivo…</translation>
    </message>
    <message>
        <source>Add goal in one &amp;form…</source>
        <translation>Añadir objetivo en un &amp;formulario…</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Añadir &amp;persona…</translation>
    </message>
    <message>
        <source>Add &amp;feedback…</source>
        <translation>Añadir &amp;comentario…</translation>
    </message>
    <message>
        <source>Add &amp;review…</source>
        <translation>Añadir &amp;revisión…</translation>
    </message>
    <message>
        <source>Business &amp;details…</source>
        <translation>&amp;Datos del negocio…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;How BakeryPlan works</source>
        <translation>&amp;Cómo funciona BakeryPlan</translation>
    </message>
    <message>
        <source>&amp;About BakeryPlan</source>
        <translation>&amp;Acerca de BakeryPlan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>No hay planes recientes</translation>
    </message>
</context>
<context>
    <name>WordingFeedback</name>
    <message>
        <source>A word many readers may not use. Could you say it more simply?</source>
        <translation>Una palabra que muchos lectores quizá no usen. ¿Puede decirlo más sencillo?</translation>
    </message>
    <message>
        <source>How it reads</source>
        <translation>Cómo se lee</translation>
    </message>
    <message>
        <source>Length: {words} words in {sentences} sentences</source>
        <translation>Extensión: {words} palabras en {sentences} frases</translation>
    </message>
    <message>
        <source>Reading ease: {label}</source>
        <translation>Facilidad de lectura: {label}</translation>
    </message>
    <message>
        <source>Reading ease: {label} ({score:.0f} of 100)</source>
        <translation>Facilidad de lectura: {label} ({score:.0f} de 100)</translation>
    </message>
    <message>
        <source>Words to say more simply: {words}</source>
        <translation>Palabras que decir más sencillo: {words}</translation>
    </message>
    <message>
        <source>No jargon found.</source>
        <translation>No hay palabras técnicas.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Last year</source>
        <extracomment>Markers on more points than this would merge into a smear; thin them out. Extra room at both ends of the time axis, so a marker on the last day is not cut.</extracomment>
        <translation>Año pasado</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>On-track band</source>
        <translation>Franja en la que va bien</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>{period}   Planned: {planned}   Actual: {actual}</source>
        <translation>{period}   Previsto: {planned}   Real: {actual}</translation>
    </message>
    <message>
        <source>{period} (so far)</source>
        <translation>{period} (hasta ahora)</translation>
    </message>
    <message>
        <source>Planned share of steps</source>
        <translation>Parte prevista de los pasos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>{day}   Planned: {planned}   Done: {done}</source>
        <translation>{day}   Previsto: {planned}   Hecho: {done}</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Lo que va de hoy</translation>
    </message>
    <message>
        <source>Planned so far today</source>
        <translation>Previsto en lo que va de hoy</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Lo que va de semana</translation>
    </message>
    <message>
        <source>Planned so far this week</source>
        <translation>Previsto en lo que va de semana</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Lo que va de mes</translation>
    </message>
    <message>
        <source>Planned so far this month</source>
        <translation>Previsto en lo que va de mes</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Lo que va de trimestre</translation>
    </message>
    <message>
        <source>Planned so far this quarter</source>
        <translation>Previsto en lo que va de trimestre</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Lo que va de año</translation>
    </message>
    <message>
        <source>Planned so far this year</source>
        <translation>Previsto en lo que va de año</translation>
    </message>
</context>
<context>
    <name>chart_export</name>
    <message>
        <source>PNG image, 300 dpi (*.png)</source>
        <translation>Imagen PNG, 300 ppp (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>Gráfico no exportado</translation>
    </message>
    <message>
        <source>The chart could not be saved as {path}: {error}</source>
        <translation>No se ha podido guardar el gráfico como {path}: {error}</translation>
    </message>
    <message>
        <source>{business} progress pack</source>
        <translation>Informe de avance de {business}</translation>
    </message>
    <message>
        <source>Export progress pack</source>
        <translation>Exportar informe de avance</translation>
    </message>
    <message>
        <source>Writing the progress pack to {name}…</source>
        <translation>Escribiendo el informe de avance en {name}…</translation>
    </message>
    <message>
        <source>Progress pack not exported</source>
        <translation>Informe de avance no exportado</translation>
    </message>
    <message>
        <source>The progress pack could not be saved as {path}: {error}</source>
        <translation>No se ha podido guardar el informe de avance como {path}: {error}</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>No se ha hecho la exportación.</translation>
    </message>
    <message>
        <source>This takes a few seconds, and longer for a plan with many measures.</source>
        <translation>Tarda unos segundos, y más en un plan con muchos indicadores.</translation>
    </message>
    <message>
        <source>Cannot export a chart as {name}: the file name must end in .png, .svg or .pdf.</source>
        <translation>No se puede exportar un gráfico como {name}: el nombre del archivo debe terminar en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>No measure with id {id}. {known}</source>
        <extracomment>The kept export chart and renderer are shared: one export draws at a time.</extracomment>
        <translation>No hay ningún indicador con el id {id}. {known}</translation>
    </message>
    <message>
        <source>Several measures are called {name} (ids {ids}); give the id instead.</source>
        <translation>Hay varios indicadores que se llaman {name} (ids {ids}); indique el id.</translation>
    </message>
    <message>
        <source>No measure called {name}. {known}</source>
        <translation>No hay ningún indicador que se llame {name}. {known}</translation>
    </message>
    <message>
        <source>This plan has no measures yet.</source>
        <translation>Este plan aún no tiene indicadores.</translation>
    </message>
    <message>
        <source>Measures in this plan: {names}.</source>
        <translation>Indicadores de este plan: {names}.</translation>
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
        <translation>Real</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>A mano</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>sin registros</translation>
    </message>
</context>
<context>
    <name>checkin_sheet</name>
    <message>
        <source>Check-in sheet: week of {day}</source>
        <translation>Hoja de la reunión: semana del {day}</translation>
    </message>
    <message>
        <source>Write the figure when counted</source>
        <translation>Escriba la cifra al contarla</translation>
    </message>
    <message>
        <source>Write the day&apos;s total</source>
        <translation>Escriba el total del día</translation>
    </message>
    <message>
        <source>{planned} by the week&apos;s end</source>
        <translation>{planned} al final de la semana</translation>
    </message>
    <message>
        <source>{planned} a day</source>
        <translation>{planned} al día</translation>
    </message>
    <message>
        <source>{planned} this week</source>
        <translation>{planned} esta semana</translation>
    </message>
    <message>
        <source>{planned} a day on average</source>
        <translation>{planned} al día de media</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>aún nadie</translation>
    </message>
    <message>
        <source>Write each day&apos;s figure in its box as you count it, and a note on anything unusual (a closed day, a big order). Hand it to {owner} at the end of the week.</source>
        <translation>Escriba la cifra de cada día en su casilla al contarla, y una nota sobre cualquier cosa fuera de lo normal (un día cerrado, un pedido grande). Entréguela a {owner} al final de la semana.</translation>
    </message>
    <message>
        <source>Write each day&apos;s figure in its box as you count it, and a note on anything unusual (a closed day, a big order).</source>
        <translation>Escriba la cifra de cada día en su casilla al contarla, y una nota sobre cualquier cosa fuera de lo normal (un día cerrado, un pedido grande).</translation>
    </message>
    <message>
        <source>Steps due this week</source>
        <translation>Pasos que vencen esta semana</translation>
    </message>
    <message>
        <source>No step is due this week.</source>
        <translation>Ningún paso vence esta semana.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s): see the Goals tab.</source>
        <translation>
            <numerusform>… y %n paso más: vea la pestaña Objetivos.</numerusform>
            <numerusform>… y %n pasos más: vea la pestaña Objetivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{business}: {title}</source>
        <translation>{business}: {title}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>No measure is counted by the day or the week: nothing to count on paper.</source>
        <translation>Ningún indicador se cuenta por día ni por semana: no hay nada que contar en papel.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more measure(s): see the Actuals tab.</source>
        <translation>
            <numerusform>… y %n indicador más: vea la pestaña Cifras reales.</numerusform>
            <numerusform>… y %n indicadores más: vea la pestaña Cifras reales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>give one plan file to open, or a subcommand (see --help)</source>
        <translation>indique un archivo de plan que abrir o un subcomando (vea --help)</translation>
    </message>
    <message>
        <source>no plan file at &quot;{path}&quot;</source>
        <translation>no hay ningún archivo de plan en &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>{message} (see {help})</source>
        <translation>{message} (vea {help})</translation>
    </message>
    <message>
        <source>Offline planning for a small business. Without a subcommand, or with a plan file, opens the window.</source>
        <translation>Planificación sin conexión para un pequeño negocio. Sin subcomando, o con un archivo de plan, abre la ventana.</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>subcomandos</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date like 2026-11-27</source>
        <translation>&quot;{text}&quot; no es una fecha como 2026-11-27</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is outside the years {first} to {last}</source>
        <translation>&quot;{text}&quot; no está entre los años {first} y {last}</translation>
    </message>
    <message>
        <source>write the Sunrise Bakery demo plan</source>
        <translation>escribir el plan de ejemplo de la Panadería El Amanecer</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>reemplazar un archivo que ya existe</translation>
    </message>
    <message>
        <source>create a new, empty plan (or one from a JSON file)</source>
        <translation>crear un plan nuevo y vacío (o uno a partir de un archivo JSON)</translation>
    </message>
    <message>
        <source>business name (default: the file name)</source>
        <translation>nombre del negocio (por defecto: el nombre del archivo)</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>nombre del dueño o la dueña</translation>
    </message>
    <message>
        <source>ISO currency code (default EUR)</source>
        <translation>código ISO de la moneda (por defecto EUR)</translation>
    </message>
    <message>
        <source>locale such as en_GB or de_DE</source>
        <translation>idioma y país, como es_ES o de_DE</translation>
    </message>
    <message>
        <source>export the whole plan as JSON</source>
        <translation>exportar todo el plan como JSON</translation>
    </message>
    <message>
        <source>export actuals (or, with --status, each measure&apos;s status) as CSV</source>
        <translation>exportar las cifras reales (o, con --status, el estado de cada indicador) como CSV</translation>
    </message>
    <message>
        <source>one row per measure with health</source>
        <translation>una fila por indicador, con su estado</translation>
    </message>
    <message>
        <source>each goal and measure: expected, actual, health, forecast</source>
        <translation>cada objetivo e indicador: previsto, real, estado, proyección</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida para programas</translation>
    </message>
    <message>
        <source>what needs attention: overdue steps, waiting feedback, gaps in owners, dates, measures</source>
        <translation>lo que necesita atención: pasos con retraso, comentarios sin respuesta, faltas de responsables, fechas o indicadores</translation>
    </message>
    <message>
        <source>make a backup copy of the plan now</source>
        <translation>hacer ahora una copia de seguridad del plan</translation>
    </message>
    <message>
        <source>list the backups of a plan, newest first</source>
        <translation>listar las copias de seguridad de un plan, de la más nueva a la más antigua</translation>
    </message>
    <message>
        <source>replace the plan with a backup (backs up the plan first)</source>
        <translation>reemplazar el plan por una copia de seguridad (antes hace una copia del plan)</translation>
    </message>
    <message>
        <source>export a measure&apos;s planned-vs-actual chart</source>
        <translation>exportar el gráfico de previsto frente a real de un indicador</translation>
    </message>
    <message>
        <source>measure name</source>
        <translation>nombre del indicador</translation>
    </message>
    <message>
        <source>write the lenders&apos; progress pack (PDF)</source>
        <translation>escribir el informe de avance para el prestamista (PDF)</translation>
    </message>
    <message>
        <source>write the one-page plan for the staff huddle (PDF)</source>
        <translation>escribir el plan en una página para la reunión rápida del equipo (PDF)</translation>
    </message>
    <message>
        <source>what changed since the last review held on or before a day</source>
        <translation>qué ha cambiado desde la última revisión hecha en un día o antes</translation>
    </message>
    <message>
        <source>write the paper check-in sheet for a week (PDF)</source>
        <translation>escribir la hoja de la reunión en papel para una semana (PDF)</translation>
    </message>
    <message>
        <source>any day of the week wanted (default: next week)</source>
        <translation>cualquier día de la semana que se quiera (por defecto: la semana que viene)</translation>
    </message>
    <message>
        <source>as of this date (default today)</source>
        <translation>en esta fecha (por defecto hoy)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; would hold a PDF: name it something.pdf</source>
        <translation>&quot;{name}&quot; contendría un PDF: llámelo algo.pdf</translation>
    </message>
    <message>
        <source>a plan file name must end in {suffix}, not &quot;{name}&quot;</source>
        <translation>el nombre de un archivo de plan debe terminar en {suffix}, no &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; already exists; choose another name</source>
        <translation>&quot;{path}&quot; ya existe; elija otro nombre</translation>
    </message>
    <message>
        <source>folder &quot;{folder}&quot; does not exist</source>
        <translation>la carpeta &quot;{folder}&quot; no existe</translation>
    </message>
    <message>
        <source>cannot replace &quot;{name}&quot;: {protection}. Nothing was changed</source>
        <translation>no se puede reemplazar &quot;{name}&quot;: {protection}. No se ha cambiado nada</translation>
    </message>
    <message>
        <source>{problem}; --force only replaces a BakeryPlan plan</source>
        <translation>{problem}; --force solo reemplaza un plan de BakeryPlan</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; already exists; add --force to replace it</source>
        <translation>&quot;{path}&quot; ya existe; añada --force para reemplazarlo</translation>
    </message>
    <message>
        <source>Wrote the demo plan of {business} to {path}</source>
        <translation>Plan de ejemplo de {business} escrito en {path}</translation>
    </message>
    <message>
        <source>Created &quot;{business}&quot; in {path}</source>
        <translation>&quot;{business}&quot; creado en {path}</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not a currency code such as EUR, GBP or USD</source>
        <translation>&quot;{code}&quot; no es un código de moneda como EUR, GBP o USD</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a locale such as en_GB, de_DE or fr_FR</source>
        <translation>&quot;{name}&quot; no es un idioma y país como es_ES, de_DE o fr_FR</translation>
    </message>
    <message>
        <source>Exported {plan} to {file}</source>
        <translation>{plan} exportado a {file}</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>{file} escrito</translation>
    </message>
    <message>
        <source>No backups of {plan} yet.</source>
        <translation>Aún no hay copias de seguridad de {plan}.</translation>
    </message>
    <message>
        <source>no backup file at &quot;{path}&quot;</source>
        <translation>no hay ninguna copia de seguridad en &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>Restored {plan} from {backup}; the replaced plan is kept as {kept}</source>
        <translation>{plan} restaurado desde {backup}; el plan reemplazado se guarda como {kept}</translation>
    </message>
    <message>
        <source>Restored {plan} from {backup}</source>
        <translation>{plan} restaurado desde {backup}</translation>
    </message>
    <message>
        <source>the chart file must end in .png, .svg or .pdf</source>
        <translation>el archivo del gráfico debe terminar en .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>--from {start} must be before --to {end}</source>
        <translation>--from {start} debe ser anterior a --to {end}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} for the week of {day} (%n measure(s) left out: too many for one page)</source>
        <translation>
            <numerusform>{file} escrito para la semana del {day} (%n indicador no cabe: demasiados para una página)</numerusform>
            <numerusform>{file} escrito para la semana del {day} (%n indicadores no caben: demasiados para una página)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file} for the week of {day}</source>
        <translation>{file} escrito para la semana del {day}</translation>
    </message>
    <message>
        <source>import a till, card-terminal, bank, web-shop or accounting export into a measure</source>
        <translation>importar a un indicador un archivo exportado de la caja, el datáfono, el banco, la tienda en línea o la contabilidad</translation>
    </message>
    <message>
        <source>the measure&apos;s name</source>
        <translation>el nombre del indicador</translation>
    </message>
    <message>
        <source>read the file with a saved recipe</source>
        <translation>leer el archivo con una plantilla guardada</translation>
    </message>
    <message>
        <source>header text or number from 1</source>
        <translation>texto del encabezado o número desde 1</translation>
    </message>
    <message>
        <source>sum this column&apos;s amounts</source>
        <translation>sumar los importes de esta columna</translation>
    </message>
    <message>
        <source>count the rows of each day</source>
        <translation>contar las filas de cada día</translation>
    </message>
    <message>
        <source>count each day&apos;s different values of COL</source>
        <translation>contar los valores distintos de COL en cada día</translation>
    </message>
    <message>
        <source>only rows whose COL is VALUE (repeat for several values)</source>
        <translation>solo las filas cuya COL sea VALUE (repítalo para varios valores)</translation>
    </message>
    <message>
        <source>amounts to keep</source>
        <translation>importes que se tienen en cuenta</translation>
    </message>
    <message>
        <source>the column of notes</source>
        <translation>la columna de las notas</translation>
    </message>
    <message>
        <source>save the mapping as a recipe</source>
        <translation>guardar la correspondencia como plantilla</translation>
    </message>
    <message>
        <source>replace days this source imported before</source>
        <translation>reemplazar los días que este origen ya importó</translation>
    </message>
    <message>
        <source>keep days this source imported before</source>
        <translation>mantener los días que este origen ya importó</translation>
    </message>
    <message>
        <source>write nothing</source>
        <translation>no escribir nada</translation>
    </message>
    <message>
        <source>today (default: today)</source>
        <translation>fecha de hoy (por defecto: hoy)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguno</translation>
    </message>
    <message>
        <source>no measure called &quot;{name}&quot; (measures: {names})</source>
        <translation>no hay ningún indicador que se llame &quot;{name}&quot; (indicadores: {names})</translation>
    </message>
    <message numerus="yes">
        <source>%n measures are called &quot;{name}&quot;: rename one in the window first</source>
        <translation>
            <numerusform>%n indicador se llama &quot;{name}&quot;: cambie antes el nombre de uno en la ventana</numerusform>
            <numerusform>%n indicadores se llaman &quot;{name}&quot;: cambie antes el nombre de uno en la ventana</numerusform>
        </translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>aún ninguna guardada</translation>
    </message>
    <message>
        <source>no import recipe called &quot;{name}&quot; (recipes: {names})</source>
        <translation>no hay ninguna plantilla de importación que se llame &quot;{name}&quot; (plantillas: {names})</translation>
    </message>
    <message>
        <source>the file has no column &quot;{text}&quot; (columns: {names}; or a number from 1)</source>
        <translation>el archivo no tiene la columna &quot;{text}&quot; (columnas: {names}; o un número desde 1)</translation>
    </message>
    <message>
        <source>--where &quot;{where}&quot; needs the form COLUMN=VALUE</source>
        <translation>--where &quot;{where}&quot; necesita la forma COLUMNA=VALOR</translation>
    </message>
    <message>
        <source>no day&apos;s figure could be read from the file; nothing was written</source>
        <translation>no se ha podido leer la cifra de ningún día del archivo; no se ha escrito nada</translation>
    </message>
    <message>
        <source>no day&apos;s figure could be read from the file (line {line}: {reason}); nothing was written</source>
        <translation>no se ha podido leer la cifra de ningún día del archivo (línea {line}: {reason}); no se ha escrito nada</translation>
    </message>
    <message numerus="yes">
        <source>%n of these days ({first} to {last}) were already imported from &quot;{source}&quot; into &quot;{measure}&quot;: add --replace to replace them or --skip-existing to keep them; nothing was written</source>
        <translation>
            <numerusform>%n de estos días ({first} a {last}) ya se importó de &quot;{source}&quot; en &quot;{measure}&quot;: añada --replace para reemplazarlo o --skip-existing para mantenerlo; no se ha escrito nada</numerusform>
            <numerusform>%n de estos días ({first} a {last}) ya se importaron de &quot;{source}&quot; en &quot;{measure}&quot;: añada --replace para reemplazarlos o --skip-existing para mantenerlos; no se ha escrito nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n day(s) into &quot;{measure}&quot; (source &quot;{source}&quot;).</source>
        <translation>
            <numerusform>Se importaría %n día en &quot;{measure}&quot; (origen &quot;{source}&quot;).</numerusform>
            <numerusform>Se importarían %n días en &quot;{measure}&quot; (origen &quot;{source}&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) into &quot;{measure}&quot; (source &quot;{source}&quot;).</source>
        <translation>
            <numerusform>Se ha importado %n día en &quot;{measure}&quot; (origen &quot;{source}&quot;).</numerusform>
            <numerusform>Se han importado %n días en &quot;{measure}&quot; (origen &quot;{source}&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The figures come from %n row(s) of the file.</source>
        <translation>
            <numerusform>Las cifras proceden de %n fila del archivo.</numerusform>
            <numerusform>Las cifras proceden de %n filas del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries of the same days were replaced.</source>
        <translation>
            <numerusform>Se ha reemplazado %n registro anterior de los mismos días.</numerusform>
            <numerusform>Se han reemplazado %n registros anteriores de los mismos días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported before were kept as they were.</source>
        <translation>
            <numerusform>%n día importado antes se ha mantenido tal como estaba.</numerusform>
            <numerusform>%n días importados antes se han mantenido tal como estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were left out by the filters.</source>
        <translation>
            <numerusform>Los filtros han dejado fuera %n fila.</numerusform>
            <numerusform>Los filtros han dejado fuera %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>  skipped line {line}: {reason}</source>
        <translation>  línea {line} omitida: {reason}</translation>
    </message>
    <message>
        <source>plan a measure&apos;s next year from its entries of last year, with a change</source>
        <translation>planificar el año siguiente de un indicador a partir de sus registros del año pasado, con un cambio</translation>
    </message>
    <message>
        <source>the last day of the reference year; the plan covers the twelve months after it</source>
        <translation>el último día del año de referencia; el plan abarca los doce meses siguientes</translation>
    </message>
    <message>
        <source>change on last year: 8, +8 %%, -5</source>
        <translation>cambio sobre el año pasado: 8, +8 %%, -5</translation>
    </message>
    <message>
        <source>the new year&apos;s total instead</source>
        <translation>el total del nuevo año, en lugar del cambio</translation>
    </message>
    <message>
        <source>match days by weekday with holidays moved (default), by weekday only, or by date</source>
        <translation>emparejar los días por día de la semana con los festivos movidos (por defecto), solo por día de la semana o por fecha</translation>
    </message>
    <message>
        <source>fill days last year misses from the weeks around</source>
        <translation>rellenar los días que faltan del año pasado con las semanas de alrededor</translation>
    </message>
    <message>
        <source>plan only what last year&apos;s entries show</source>
        <translation>planificar solo lo que muestran los registros del año pasado</translation>
    </message>
    <message>
        <source>{problem} Add --fill-gaps to fill the missing days from the weeks around, or --known-only to plan only what the year&apos;s entries show.</source>
        <translation>{problem} Añada --fill-gaps para rellenar los días que faltan con las semanas de alrededor, o --known-only para planificar solo lo que muestran los registros del año.</translation>
    </message>
    <message>
        <source>Last year&apos;s total: {last}; the new plan&apos;s ({start} to {end}): {planned}.</source>
        <translation>Total del año pasado: {last}; el del plan nuevo ({start} a {end}): {planned}.</translation>
    </message>
    <message>
        <source>Last year&apos;s average per open day: {last}; the new plan&apos;s ({start} to {end}): {planned}.</source>
        <translation>Media por día abierto del año pasado: {last}; la del plan nuevo ({start} a {end}): {planned}.</translation>
    </message>
    <message>
        <source>{measure}: planned from the year ending {day}, {change}.</source>
        <translation>{measure}: planificado a partir del año que termina el {day}, {change}.</translation>
    </message>
    <message>
        <source>Moved: {days}.</source>
        <translation>Movidos: {days}.</translation>
    </message>
    <message numerus="yes">
        <source>%n missing day(s) of last year filled from the weeks around.</source>
        <translation>
            <numerusform>%n día que faltaba del año pasado se ha rellenado con las semanas de alrededor.</numerusform>
            <numerusform>%n días que faltaban del año pasado se han rellenado con las semanas de alrededor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the new plan of {measure} to {path}.</source>
        <translation>Plan nuevo de {measure} escrito en {path}.</translation>
    </message>
    <message>
        <source>Dry run: nothing written.</source>
        <translation>Prueba: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>day starting   planned   last year</source>
        <translation>día              previsto  año pasado</translation>
    </message>
    <message>
        <source>week starting   planned   last year</source>
        <translation>semana desde     previsto  año pasado</translation>
    </message>
    <message>
        <source>month starting   planned   last year</source>
        <translation>mes desde        previsto  año pasado</translation>
    </message>
    <message>
        <source>quarter starting   planned   last year</source>
        <translation>trimestre desde  previsto  año pasado</translation>
    </message>
    <message>
        <source>year starting   planned   last year</source>
        <translation>año desde        previsto  año pasado</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Delete goal</source>
        <translation>Eliminar objetivo</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Add goal with wizard</source>
        <translation>Añadir objetivo con el asistente</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Importar cifras reales</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Añadir indicador</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Editar indicador</translation>
    </message>
    <message>
        <source>Plan from last year</source>
        <translation>Plan a partir del año pasado</translation>
    </message>
    <message>
        <source>Add actual</source>
        <translation>Añadir cifra real</translation>
    </message>
    <message>
        <source>Edit actual</source>
        <translation>Editar cifra real</translation>
    </message>
    <message>
        <source>Delete actual</source>
        <translation>Eliminar cifra real</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Editar paso</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Eliminar paso</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>Añadir comentario</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Editar comentario</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Eliminar comentario</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Añadir revisión</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>Editar revisión</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Eliminar revisión</translation>
    </message>
    <message>
        <source>Edit business details</source>
        <translation>Editar datos del negocio</translation>
    </message>
    <message>
        <source>Revise vision</source>
        <translation>Reescribir la visión</translation>
    </message>
    <message>
        <source>Delete actuals</source>
        <translation>Eliminar cifras reales</translation>
    </message>
    <message>
        <source>Hold review</source>
        <translation>Hacer una revisión</translation>
    </message>
    <message>
        <source>Made a step: {title}</source>
        <translation>Paso creado: {title}</translation>
    </message>
    <message>
        <source>Make a step of feedback</source>
        <translation>Convertir un comentario en paso</translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation>Mover objetivo</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Mover paso</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>BakeryPlan plans (*.bakeryplan);;All files (*)</source>
        <translation>Planes de BakeryPlan (*.bakeryplan);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; already exists. Replace it?</source>
        <translation>&quot;{name}&quot; ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>You have typed something here. Close and lose what you typed?</source>
        <translation>Ha escrito algo aquí. ¿Cerrar y perder lo escrito?</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>&amp;Close and lose it</source>
        <translation>&amp;Cerrar y perderlo</translation>
    </message>
    <message>
        <source>Saved as {name}
in the folder {folder}</source>
        <translation>Guardado como {name}
en la carpeta {folder}</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Skip those days</source>
        <translation>Omitir esos días</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Reemplazarlos</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Today so far</source>
        <translation>Lo que va de hoy</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Lo que va de semana</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Lo que va de mes</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Lo que va de trimestre</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Lo que va de año</translation>
    </message>
    <message>
        <source>{count} to {day}, {mean}</source>
        <translation>{count} hasta el {day}, {mean}</translation>
    </message>
    <message>
        <source>average</source>
        <translation>media</translation>
    </message>
    <message>
        <source>average per {period}</source>
        <translation>media por {period}</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message numerus="yes">
        <source>Step &quot;{name}&quot; is %n day(s) overdue (owner: {owner}).</source>
        <translation>
            <numerusform>El paso &quot;{name}&quot; lleva %n día de retraso (responsable: {owner}).</numerusform>
            <numerusform>El paso &quot;{name}&quot; lleva %n días de retraso (responsable: {owner}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step &quot;{name}&quot; is %n day(s) overdue (no owner).</source>
        <translation>
            <numerusform>El paso &quot;{name}&quot; lleva %n día de retraso (sin responsable).</numerusform>
            <numerusform>El paso &quot;{name}&quot; lleva %n días de retraso (sin responsable).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; is due on {day}, after its goal &quot;{goal}&quot; (due {goal_due}).</source>
        <translation>El paso &quot;{name}&quot; vence el {day}, después de su objetivo &quot;{goal}&quot; (vence el {goal_due}).</translation>
    </message>
    <message>
        <source>Measure &quot;{name}&quot; missed its target date, {day}: {progress} (last actual {last}).</source>
        <translation>El indicador &quot;{name}&quot; no llegó a la meta en su fecha, el {day}: {progress} (última cifra real: {last}).</translation>
    </message>
    <message>
        <source>Measure &quot;{name}&quot; missed its target date, {day}: no actual yet.</source>
        <translation>El indicador &quot;{name}&quot; no llegó a la meta en su fecha, el {day}: aún no tiene cifras reales.</translation>
    </message>
    <message numerus="yes">
        <source>Measure &quot;{name}&quot; has had no actual since {day} (%n day(s)).</source>
        <translation>
            <numerusform>El indicador &quot;{name}&quot; no tiene cifras reales desde el {day} (%n día).</numerusform>
            <numerusform>El indicador &quot;{name}&quot; no tiene cifras reales desde el {day} (%n días).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measure &quot;{name}&quot; has no actual yet, %n day(s) after its start.</source>
        <translation>
            <numerusform>El indicador &quot;{name}&quot; aún no tiene cifras reales, %n día después de su inicio.</numerusform>
            <numerusform>El indicador &quot;{name}&quot; aún no tiene cifras reales, %n días después de su inicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>No goal yet for &quot;{area}&quot;.</source>
        <translation>Aún no hay ningún objetivo en &quot;{area}&quot;.</translation>
    </message>
    <message>
        <source>There is no vision yet: write in a few plain sentences where the business is going and why.</source>
        <translation>Aún no hay visión: escriba en unas pocas frases sencillas hacia dónde va el negocio y por qué.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no measure; its progress is seen from its steps only.</source>
        <translation>El objetivo &quot;{name}&quot; no tiene indicador; su avance solo se ve por sus pasos.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no measure and no steps, so nobody can see its progress.</source>
        <translation>El objetivo &quot;{name}&quot; no tiene indicador ni pasos, así que nadie puede ver su avance.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no owner.</source>
        <translation>El objetivo &quot;{name}&quot; no tiene responsable.</translation>
    </message>
    <message>
        <source>Goal &quot;{name}&quot; has no due date.</source>
        <translation>El objetivo &quot;{name}&quot; no tiene fecha límite.</translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; has no owner.</source>
        <translation>El paso &quot;{name}&quot; no tiene responsable.</translation>
    </message>
    <message>
        <source>Step &quot;{name}&quot; has no due date.</source>
        <translation>El paso &quot;{name}&quot; no tiene fecha límite.</translation>
    </message>
    <message>
        <source>{name} owns no goal and no step.</source>
        <translation>{name} no es responsable de ningún objetivo ni de ningún paso.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback &quot;{text}&quot; from {who} ({source}, {day}) has waited %n day(s) for an answer.</source>
        <translation>
            <numerusform>El comentario &quot;{text}&quot; de {who} ({source}, {day}) lleva %n día esperando respuesta.</numerusform>
            <numerusform>El comentario &quot;{text}&quot; de {who} ({source}, {day}) lleva %n días esperando respuesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback &quot;{text}&quot; ({source}, {day}) has waited %n day(s) for an answer.</source>
        <translation>
            <numerusform>El comentario &quot;{text}&quot; ({source}, {day}) lleva %n día esperando respuesta.</numerusform>
            <numerusform>El comentario &quot;{text}&quot; ({source}, {day}) lleva %n días esperando respuesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>team</source>
        <comment>feedback from</comment>
        <translation>equipo</translation>
    </message>
    <message>
        <source>customer</source>
        <comment>feedback from</comment>
        <translation>cliente</translation>
    </message>
    <message>
        <source>supplier</source>
        <comment>feedback from</comment>
        <translation>proveedor</translation>
    </message>
    <message>
        <source>Hold the first one to see what changes from one review to the next.</source>
        <translation>Haga la primera para ver qué cambia de una revisión a la siguiente.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it weekly.</source>
        <translation>Aún no se ha hecho ninguna revisión; la idea es revisar el plan cada semana.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it quarterly.</source>
        <translation>Aún no se ha hecho ninguna revisión; la idea es revisar el plan cada trimestre.</translation>
    </message>
    <message>
        <source>No review has been held yet; the plan is to review it monthly.</source>
        <translation>Aún no se ha hecho ninguna revisión; la idea es revisar el plan cada mes.</translation>
    </message>
    <message numerus="yes">
        <source>The weekly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>La revisión semanal lleva %n día de retraso: tocaba el {due} y la última revisión se hizo el {held}.</numerusform>
            <numerusform>La revisión semanal lleva %n días de retraso: tocaba el {due} y la última revisión se hizo el {held}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quarterly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>La revisión trimestral lleva %n día de retraso: tocaba el {due} y la última revisión se hizo el {held}.</numerusform>
            <numerusform>La revisión trimestral lleva %n días de retraso: tocaba el {due} y la última revisión se hizo el {held}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monthly review is %n day(s) overdue: it was due on {due}, and the last review was held on {held}.</source>
        <translation>
            <numerusform>La revisión mensual lleva %n día de retraso: tocaba el {due} y la última revisión se hizo el {held}.</numerusform>
            <numerusform>La revisión mensual lleva %n días de retraso: tocaba el {due} y la última revisión se hizo el {held}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <source>Target reached.</source>
        <translation>Meta alcanzada.</translation>
    </message>
    <message>
        <source>Not moving towards the target at the recent pace.</source>
        <translation>Al ritmo reciente no avanza hacia la meta.</translation>
    </message>
    <message>
        <source>At this pace the target is reached on {day}, on time.</source>
        <translation>A este ritmo la meta se alcanza el {day}, a tiempo.</translation>
    </message>
    <message>
        <source>At this pace: {day}, {span} late.</source>
        <translation>A este ritmo: {day}, con {span} de retraso.</translation>
    </message>
    <message>
        <source>At this pace the target is reached on {day}, {span} early.</source>
        <translation>A este ritmo la meta se alcanza el {day}, con {span} de adelanto.</translation>
    </message>
    <message>
        <source>At this pace you reach {value} by {day} (target {target}).</source>
        <translation>A este ritmo llegará a {value} el {day} (meta {target}).</translation>
    </message>
    <message>
        <source>The target date, {day}, has passed: {progress}.</source>
        <translation>La fecha de la meta, {day}, ya ha pasado: {progress}.</translation>
    </message>
    <message>
        <source>Not moving towards the target.</source>
        <translation>No avanza hacia la meta.</translation>
    </message>
    <message>
        <source>At this pace it is reached on {day}, {span} late.</source>
        <translation>A este ritmo se alcanza el {day}, con {span} de retraso.</translation>
    </message>
    <message>
        <source>{value} against a target of {target}</source>
        <translation>{value} frente a una meta de {target}</translation>
    </message>
    <message>
        <source>{value} of {target} reached</source>
        <translation>{value} de {target} alcanzado</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>New measure</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Editar indicador</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Indicador</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Mejor cuanto más alto</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Mejor cuanto más bajo</translation>
    </message>
    <message>
        <source>Keep within a band</source>
        <translation>Mantener dentro de una franja</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Starting &amp;point</source>
        <translation>&amp;Punto de partida</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>Band &amp;low</source>
        <translation>Límite in&amp;ferior</translation>
    </message>
    <message>
        <source>Band &amp;high</source>
        <translation>Límite &amp;superior</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>I&amp;nicio</translation>
    </message>
    <message>
        <source>Target &amp;date</source>
        <translation>F&amp;echa de la meta</translation>
    </message>
    <message>
        <source>What the target speaks &amp;of</source>
        <translation>A qué se &amp;refiere la meta</translation>
    </message>
    <message>
        <source>Count it &amp;as</source>
        <translation>&amp;Contarlo como</translation>
    </message>
    <message>
        <source>Judge health o&amp;ver</source>
        <translation>&amp;Juzgar el estado sobre</translation>
    </message>
    <message>
        <source>Pla&amp;nned path</source>
        <translation>C&amp;amino previsto</translation>
    </message>
    <message>
        <source>Plan from last &amp;year…</source>
        <translation>Plan a partir del añ&amp;o pasado…</translation>
    </message>
    <message>
        <source>Draw a seasonal plan from a year of this measure&apos;s entries</source>
        <translation>Sacar un plan por temporadas de un año de registros de este indicador</translation>
    </message>
    <message>
        <source>Seasonal plan:</source>
        <translation>Plan por temporadas:</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Aún nadie</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Aparcado</translation>
    </message>
    <message>
        <source>Huddle</source>
        <translation>Reunión rápida</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>Revisión mensual</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Revisión trimestral</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message>
        <source>Every week (a huddle)</source>
        <translation>Cada semana (reunión rápida)</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Cada trimestre</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>Á&amp;rea</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Nothing: a main goal</source>
        <translation>Ninguno: es un objetivo principal</translation>
    </message>
    <message>
        <source>P&amp;art of</source>
        <translation>Forma parte &amp;de</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>Por &amp;qué importa</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuevo paso</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Editar paso</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>Pa&amp;so</translation>
    </message>
    <message>
        <source>Do&amp;ne on</source>
        <translation>&amp;Hecho el</translation>
    </message>
    <message>
        <source>&amp;Effort (hours)</source>
        <translation>E&amp;sfuerzo (horas)</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Coste</translation>
    </message>
    <message>
        <source>Make a step of feedback</source>
        <translation>Convertir un comentario en paso</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Activa</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Editar comentario</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Comentario</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Recibido</translation>
    </message>
    <message>
        <source>&amp;Linked goal</source>
        <translation>Objetivo &amp;vinculado</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>Res&amp;puesta</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>Editar revisión</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Nueva revisión</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisiones</translation>
    </message>
    <message>
        <source>Business details</source>
        <translation>Datos del negocio</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Nombre del negocio</translation>
    </message>
    <message>
        <source>&amp;Currency (like EUR, GBP, USD)</source>
        <translation>&amp;Moneda (como EUR, GBP, USD)</translation>
    </message>
    <message>
        <source>&amp;Language and country</source>
        <translation>&amp;Idioma y país</translation>
    </message>
    <message>
        <source>&amp;Financial year starts in</source>
        <translation>Inicio del año &amp;fiscal</translation>
    </message>
    <message>
        <source>&amp;Weeks start on</source>
        <translation>Las &amp;semanas empiezan el</translation>
    </message>
    <message>
        <source>&amp;Review the plan</source>
        <translation>&amp;Revisar el plan</translation>
    </message>
    <message>
        <source>Currency: pick one from the list, or type a code such as EUR or GBP.</source>
        <translation>Moneda: elija una de la lista o escriba un código como EUR o GBP.</translation>
    </message>
    <message>
        <source>Language and country: pick one from the list.</source>
        <translation>Idioma y país: elija uno de la lista.</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>On track</source>
        <translation>Va bien</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>The year ending {day} is incomplete.</source>
        <translation>Al año que termina el {day} le faltan días.</translation>
    </message>
    <message>
        <source>“{name}” has no entries in the year from {start} to {end}: choose a year with entries.</source>
        <translation>«{name}» no tiene registros en el año del {start} al {end}: elija un año con registros.</translation>
    </message>
    <message numerus="yes">
        <source>Too little history: “{name}” has entries on %n day(s) of the year ending {day}; a plan for a year needs at least {weeks} of them.</source>
        <translation>
            <numerusform>Muy pocos datos: «{name}» tiene registros en %n día del año que termina el {day}; un plan para un año necesita al menos {weeks}.</numerusform>
            <numerusform>Muy pocos datos: «{name}» tiene registros en %n días del año que termina el {day}; un plan para un año necesita al menos {weeks}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is read as its latest figure (a rating, a share, a headcount), so last year has no totals to copy: plan from last year works for measures counted as a total or a daily average.</source>
        <translation>«{name}» se lee como su última cifra (una puntuación, un porcentaje, un número de personas), así que el año pasado no tiene totales que copiar: el plan a partir del año pasado sirve para indicadores contados como total o como media diaria.</translation>
    </message>
    <message>
        <source>“{name}” should stay within a band; plan from last year is for measures where more is better (sales, customers, loaves).</source>
        <translation>«{name}» debe mantenerse dentro de una franja; el plan a partir del año pasado es para indicadores en los que más es mejor (ventas, clientes, panes).</translation>
    </message>
    <message>
        <source>“{name}” should go down; plan from last year is for measures where more is better (sales, customers, loaves).</source>
        <translation>«{name}» debe bajar; el plan a partir del año pasado es para indicadores en los que más es mejor (ventas, clientes, panes).</translation>
    </message>
    <message>
        <source>“{name}” is a daily average, which has no total for the year: give the change in percent.</source>
        <translation>«{name}» es una media diaria, que no tiene total anual: indique el cambio en porcentaje.</translation>
    </message>
    <message>
        <source>A change of -100% or less leaves nothing to plan.</source>
        <translation>Un cambio de -100 % o menos no deja nada que planificar.</translation>
    </message>
    <message>
        <source>The total for the year must be more than 0.</source>
        <translation>El total del año debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>No entries after {day}.</source>
        <translation>No hay registros después del {day}.</translation>
    </message>
    <message>
        <source>The entries start on {day}: nothing is recorded for the {length} before (opened mid-year?).</source>
        <translation>Los registros empiezan el {day}: no hay nada anotado durante {length} antes de esa fecha (¿abrió a mitad de año?).</translation>
    </message>
    <message>
        <source>No entries from {start} to {end} ({length}).</source>
        <translation>No hay registros del {start} al {end} ({length}).</translation>
    </message>
    <message>
        <source>Each day is compared with the same date last year.</source>
        <translation>Cada día se compara con la misma fecha del año pasado.</translation>
    </message>
    <message>
        <source>Each day is compared with the same weekday 52 weeks before; holidays stay put.</source>
        <translation>Cada día se compara con el mismo día de la semana 52 semanas antes; los festivos no se mueven.</translation>
    </message>
    <message>
        <source>Each day is compared with the same weekday 52 weeks before; the holidays of {country} are moved to their dates in the new year.</source>
        <translation>Cada día se compara con el mismo día de la semana 52 semanas antes; los festivos de {country} se mueven a sus fechas del año nuevo.</translation>
    </message>
    <message>
        <source>The plan&apos;s locale ({locale}) names no country, so public holidays cannot be moved. Only the days the business was closed last year on a usual opening day keep their dates.</source>
        <translation>El idioma y país del plan ({locale}) no indica ningún país, así que los festivos no se pueden mover. Solo mantienen su fecha los días en que el negocio cerró el año pasado en un día en que suele abrir.</translation>
    </message>
    <message>
        <source>The holiday library does not know the country {country}, so public holidays cannot be moved. Only the days the business was closed last year on a usual opening day keep their dates.</source>
        <translation>El calendario de festivos no conoce el país {country}, así que los festivos no se pueden mover. Solo mantienen su fecha los días en que el negocio cerró el año pasado en un día en que suele abrir.</translation>
    </message>
    <message>
        <source>Closed on {day}</source>
        <translation>Cerrado el {day}</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Domingo de Resurrección</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>The file has no column &quot;{column}&quot; for the date.</source>
        <translation>El archivo no tiene ninguna columna &quot;{column}&quot; para la fecha.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the value.</source>
        <translation>El archivo no tiene ninguna columna &quot;{column}&quot; para el valor.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the note.</source>
        <translation>El archivo no tiene ninguna columna &quot;{column}&quot; para la nota.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; for the filter.</source>
        <translation>El archivo no tiene ninguna columna &quot;{column}&quot; para el filtro.</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Elija la columna que tiene la fecha.</translation>
    </message>
    <message>
        <source>Choose the column that makes the value.</source>
        <translation>Elija la columna de la que sale el valor.</translation>
    </message>
    <message>
        <source>more cells than the header ({width} where it has {expected}) — {cause}</source>
        <translation>más celdas que el encabezado ({width}, cuando este tiene {expected}) — {cause}</translation>
    </message>
    <message>
        <source>more cells than the other rows ({width} where they have {expected}) — {cause}</source>
        <translation>más celdas que las demás filas ({width}, cuando estas tienen {expected}) — {cause}</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not an amount</source>
        <translation>&quot;{cell}&quot; no es un importe</translation>
    </message>
    <message>
        <source>no amount in &quot;{column}&quot;</source>
        <translation>no hay ningún importe en &quot;{column}&quot;</translation>
    </message>
    <message>
        <source>no value in &quot;{column}&quot; to count</source>
        <translation>no hay ningún valor que contar en &quot;{column}&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n cells where the table has {width}</source>
        <translation>
            <numerusform>%n celda, cuando la tabla tiene {width}</numerusform>
            <numerusform>%n celdas, cuando la tabla tiene {width}</numerusform>
        </translation>
    </message>
    <message>
        <source>a total line, not a day&apos;s figure</source>
        <translation>una línea de total, no la cifra de un día</translation>
    </message>
    <message>
        <source>dated after today ({day})</source>
        <translation>con fecha posterior a hoy ({day})</translation>
    </message>
    <message>
        <source>{day} is outside the years {first} to {last}</source>
        <translation>{day} no está entre los años {first} y {last}</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a number</source>
        <translation>&quot;{cell}&quot; no es un número</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is outside the range -1,000,000,000,000 to 1,000,000,000,000</source>
        <translation>&quot;{cell}&quot; no está entre -1.000.000.000.000 y 1.000.000.000.000</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (day first)</source>
        <translation>&quot;{cell}&quot; no es una fecha (día primero)</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (month first)</source>
        <translation>&quot;{cell}&quot; no es una fecha (mes primero)</translation>
    </message>
    <message>
        <source>&quot;{cell}&quot; is not a date (year first)</source>
        <translation>&quot;{cell}&quot; no es una fecha (año primero)</translation>
    </message>
    <message>
        <source>the amount looks cut in two by a comma: {amount}; quote it or export with another separator</source>
        <translation>parece que una coma parte el importe en dos: {amount}; póngalo entre comillas o exporte con otro separador</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>con el día primero</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>con el mes primero</translation>
    </message>
    <message>
        <source>year first</source>
        <translation>con el año primero</translation>
    </message>
    <message>
        <source>The dates are written both day first (line {day_line}: &quot;{day_cell}&quot;) and month first (line {month_line}: &quot;{month_cell}&quot;): lines the chosen order cannot read are skipped. Check that the order chosen is the file&apos;s own.</source>
        <translation>Las fechas están escritas unas con el día primero (línea {day_line}: &quot;{day_cell}&quot;) y otras con el mes primero (línea {month_line}: &quot;{month_cell}&quot;): se omiten las líneas que no se pueden leer con el orden elegido. Compruebe que el orden elegido es el del archivo.</translation>
    </message>
    <message>
        <source>The dates are written both day first (line {day_line}: &quot;{day_cell}&quot;) and month first (line {month_line}: &quot;{month_cell}&quot;): lines the chosen order cannot read are skipped, and dates that read either way were read {order} ({lines}). Check those days, or choose the other order.</source>
        <translation>Las fechas están escritas unas con el día primero (línea {day_line}: &quot;{day_cell}&quot;) y otras con el mes primero (línea {month_line}: &quot;{month_cell}&quot;): se omiten las líneas que no se pueden leer con el orden elegido, y las fechas que se pueden leer de las dos formas se han leído {order} ({lines}). Revise esos días o elija el otro orden.</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>lines {lines}</source>
        <translation>líneas {lines}</translation>
    </message>
    <message numerus="yes">
        <source>lines {list} and %n more</source>
        <translation>
            <numerusform>líneas {list} y %n más</numerusform>
            <numerusform>líneas {list} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a profit-and-loss report (totals per account for a period), not daily figures: export the sales journal or the bank transactions, one row per booking with its date, and import that.</source>
        <translation>Esto es una cuenta de pérdidas y ganancias (totales por cuenta de un periodo), no cifras diarias: exporte el libro de ventas o los movimientos del banco, una fila por apunte con su fecha, e impórtelo.</translation>
    </message>
    <message>
        <source>totals by month, with a &quot;Total&quot; row</source>
        <translation>totales por mes, con una fila &quot;Total&quot;</translation>
    </message>
    <message>
        <source>totals by month</source>
        <translation>totales por mes</translation>
    </message>
    <message>
        <source>totals by group, with a &quot;Total&quot; row</source>
        <translation>totales por grupo, con una fila &quot;Total&quot;</translation>
    </message>
    <message>
        <source>totals by group, with a &quot;Total&quot; column</source>
        <translation>totales por grupo, con una columna &quot;Total&quot;</translation>
    </message>
    <message>
        <source>totals by group</source>
        <translation>totales por grupo</translation>
    </message>
    <message>
        <source>This is a summary table ({totals}), not one row per sale or per day: export the daily sales or the transaction list from the till, shop or bank instead.</source>
        <translation>Esto es una tabla resumen ({totals}), no una fila por venta o por día: exporte en su lugar las ventas diarias o la lista de movimientos de la caja, la tienda en línea o el banco.</translation>
    </message>
    <message>
        <source>This sheet holds several tables side by side (dates in columns {columns}): save each table as its own CSV file, or export the data again as one list, and import that.</source>
        <translation>Esta hoja tiene varias tablas una al lado de otra (fechas en las columnas {columns}): guarde cada tabla en su propio archivo CSV, o exporte de nuevo los datos como una sola lista, e impórtelo.</translation>
    </message>
    <message>
        <source>No column of dates was found in this file: export one row per sale, booking or day, each with its date.</source>
        <translation>No se ha encontrado ninguna columna de fechas en este archivo: exporte una fila por venta, apunte o día, cada una con su fecha.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Columna {number}</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>El archivo no tiene filas.</translation>
    </message>
    <message>
        <source>above the table: left out, though it does not look like a title</source>
        <translation>encima de la tabla: se deja fuera, aunque no parece un título</translation>
    </message>
    <message>
        <source>Line {line} is past the end of the file.</source>
        <translation>El archivo no llega a la línea {line}.</translation>
    </message>
    <message>
        <source>the line cannot be read (a quote opened here is never closed)</source>
        <translation>no se puede leer la línea (unas comillas abiertas aquí no se cierran nunca)</translation>
    </message>
    <message>
        <source>Lines {first} to {last}: a quote on line {first} is never closed, so these lines ran together; each was read on its own.</source>
        <translation>Líneas {first} a {last}: unas comillas de la línea {first} no se cierran nunca, así que estas líneas quedaron juntas; se ha leído cada una por separado.</translation>
    </message>
    <message>
        <source>Line {first}: a quote is never closed; its quotes were read as text.</source>
        <translation>Línea {first}: unas comillas no se cierran nunca; sus comillas se han leído como texto.</translation>
    </message>
    <message numerus="yes">
        <source>a quote opened on line {first} is never closed; this line has %n cells where the table has {width}</source>
        <translation>
            <numerusform>unas comillas abiertas en la línea {first} no se cierran nunca; esta línea tiene %n celda, cuando la tabla tiene {width}</numerusform>
            <numerusform>unas comillas abiertas en la línea {first} no se cierran nunca; esta línea tiene %n celdas, cuando la tabla tiene {width}</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB: split the export into years and import them one at a time.</source>
        <translation>El archivo ocupa más de {megabytes} MB: divida la exportación por años e impórtelos de uno en uno.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file cannot be read as {encoding}: choose another encoding.</source>
        <translation>El archivo no se puede leer como {encoding}: elija otra codificación.</translation>
    </message>
    <message>
        <source>The file is not text in any encoding: export the data as CSV (comma- or semicolon-separated text) and import that.</source>
        <translation>El archivo no es texto en ninguna codificación: exporte los datos como CSV (texto separado por comas o por punto y coma) e impórtelo.</translation>
    </message>
    <message>
        <source>The file holds NUL bytes, so it is not a CSV export (perhaps a spreadsheet&apos;s own format): save it as CSV and import that.</source>
        <translation>El archivo contiene bytes NUL, así que no es una exportación CSV (quizá sea el formato propio de una hoja de cálculo): guárdelo como CSV e impórtelo.</translation>
    </message>
    <message numerus="yes">
        <source>The file has a line longer than %n characters, so it is not a table of sales or bookings: export it again as CSV.</source>
        <translation>
            <numerusform>El archivo tiene una línea de más de %n carácter, así que no es una tabla de ventas ni de apuntes: expórtelo de nuevo como CSV.</numerusform>
            <numerusform>El archivo tiene una línea de más de %n caracteres, así que no es una tabla de ventas ni de apuntes: expórtelo de nuevo como CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>a number with a comma that is not in quotes?</source>
        <translation>¿un número con una coma que no está entre comillas?</translation>
    </message>
    <message>
        <source>a date with a comma that is not in quotes?</source>
        <translation>¿una fecha con una coma que no está entre comillas?</translation>
    </message>
    <message>
        <source>a name or note with a comma that is not in quotes?</source>
        <translation>¿un nombre o una nota con una coma que no está entre comillas?</translation>
    </message>
    <message>
        <source>a name or note with a semicolon that is not in quotes?</source>
        <translation>¿un nombre o una nota con un punto y coma que no está entre comillas?</translation>
    </message>
    <message>
        <source>a name or note with a tab that is not in quotes?</source>
        <translation>¿un nombre o una nota con un tabulador que no está entre comillas?</translation>
    </message>
    <message>
        <source>a name or note with a vertical bar that is not in quotes?</source>
        <translation>¿un nombre o una nota con una barra vertical que no está entre comillas?</translation>
    </message>
    <message>
        <source>a name or note with a {name} that is not in quotes?</source>
        <translation>¿un nombre o una nota con el carácter {name} que no está entre comillas?</translation>
    </message>
</context>
<context>
    <name>one_page</name>
    <message>
        <source>My business</source>
        <translation>Mi negocio</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>vence el {day}</translation>
    </message>
    <message>
        <source>no due date yet</source>
        <translation>aún sin fecha límite</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>aún sin responsable</translation>
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
            <numerusform>{done} de %n paso hecho</numerusform>
            <numerusform>{done} de %n pasos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>No measure yet</source>
        <translation>Aún no hay indicador</translation>
    </message>
    <message>
        <source>add one in the app</source>
        <translation>añada uno en la aplicación</translation>
    </message>
    <message>
        <source>{planned} planned</source>
        <translation>{planned} previsto</translation>
    </message>
    <message>
        <source>no figure yet · {wanted}</source>
        <translation>aún sin cifra · {wanted}</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>último día</numerusform>
            <numerusform>últimos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n week(s)</source>
        <translation>
            <numerusform>semana pasada</numerusform>
            <numerusform>últimas %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n month(s)</source>
        <translation>
            <numerusform>mes pasado</numerusform>
            <numerusform>últimos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n quarter(s)</source>
        <translation>
            <numerusform>trimestre pasado</numerusform>
            <numerusform>últimos %n trimestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n year(s)</source>
        <translation>
            <numerusform>año pasado</numerusform>
            <numerusform>últimos %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>keep {low} to {high}</source>
        <translation>mantener entre {low} y {high}</translation>
    </message>
    <message>
        <source>keep at least {low}</source>
        <translation>mantener en {low} o más</translation>
    </message>
    <message>
        <source>keep at most {high}</source>
        <translation>mantener en {high} o menos</translation>
    </message>
    <message>
        <source>{business}: plan for the staff huddle</source>
        <translation>{business}: plan para la reunión rápida del equipo</translation>
    </message>
    <message>
        <source>The full vision is in the app.</source>
        <translation>La visión completa está en la aplicación.</translation>
    </message>
    <message>
        <source>No goals yet. Add the first one in the app.</source>
        <translation>Aún no hay objetivos. Añada el primero en la aplicación.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more goal(s) in the app</source>
        <translation>
            <numerusform>+%n objetivo más en la aplicación</numerusform>
            <numerusform>+%n objetivos más en la aplicación</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due in the next two weeks.</source>
        <translation>No vence nada en las próximas dos semanas.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more step(s) in the app</source>
        <translation>
            <numerusform>+%n paso más en la aplicación</numerusform>
            <numerusform>+%n pasos más en la aplicación</numerusform>
        </translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>Nuestra visión</translation>
    </message>
    <message>
        <source>Staff huddle</source>
        <translation>Reunión rápida del equipo</translation>
    </message>
    <message>
        <source>No vision written yet: write it in the app under Vision.</source>
        <translation>Aún no hay visión escrita: escríbala en la aplicación, en Visión.</translation>
    </message>
    <message>
        <source>Our goals</source>
        <translation>Nuestros objetivos</translation>
    </message>
    <message>
        <source>open steps due by {day}, and anything overdue</source>
        <translation>pasos pendientes que vencen hasta el {day}, y todo lo que va con retraso</translation>
    </message>
    <message>
        <source>The next two weeks</source>
        <translation>Las próximas dos semanas</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>CON RETRASO</translation>
    </message>
    <message>
        <source>Open feedback:</source>
        <translation>Comentarios pendientes:</translation>
    </message>
    <message>
        <source>none waiting for an answer.</source>
        <translation>ninguno espera respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) waiting for an answer (see Feedback in the app).</source>
        <translation>
            <numerusform>%n comentario espera respuesta (vea Comentarios en la aplicación).</numerusform>
            <numerusform>%n comentarios esperan respuesta (vea Comentarios en la aplicación).</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes from the huddle</source>
        <translation>Notas de la reunión</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Plan from a newer version</source>
        <translation>Plan de una versión más nueva</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; was saved by a newer version of BakeryPlan. It opens read-only so that nothing in it is lost; update BakeryPlan to edit it.</source>
        <translation>&quot;{name}&quot; se guardó con una versión más nueva de BakeryPlan. Se abre en solo lectura para que no se pierda nada; actualice BakeryPlan para editarlo.</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan en uso</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is open for editing elsewhere:
{holder}.

You can look at it here read-only,
or cancel and switch to the other copy.</source>
        <translation>&quot;{name}&quot; está abierto para editar en otro sitio:
{holder}.

Puede verlo aquí en solo lectura,
o cancelar y pasar a la otra copia.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Plan in use on another computer</source>
        <translation>Plan en uso en otro ordenador</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is open for editing on another computer:
{holder}.

You can look at it here read-only. If BakeryPlan no longer runs there (the computer was switched off or the app stopped), you can take the plan over and edit it here.</source>
        <translation>&quot;{name}&quot; está abierto para editar en otro ordenador:
{holder}.

Puede verlo aquí en solo lectura. Si BakeryPlan ya no está abierto allí (se apagó el ordenador o se cerró la aplicación), puede quedarse con el plan y editarlo aquí.</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Quedarse con el plan…</translation>
    </message>
    <message>
        <source>Take over the plan</source>
        <translation>Quedarse con el plan</translation>
    </message>
    <message>
        <source>Take &quot;{name}&quot; over from the computer &quot;{host}&quot;? Do this only if BakeryPlan is not running there any more: if both edit the plan, changes made there will be lost.</source>
        <translation>¿Quedarse con &quot;{name}&quot; y quitárselo al ordenador &quot;{host}&quot;? Hágalo solo si BakeryPlan ya no está abierto allí: si se edita el plan en los dos, se perderán los cambios hechos allí.</translation>
    </message>
    <message>
        <source>Plan is read-only</source>
        <translation>El plan es de solo lectura</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; cannot be changed here: {reason}.

You can look at it read-only.</source>
        <translation>&quot;{name}&quot; no se puede cambiar aquí: {reason}.

Puede verlo en solo lectura.</translation>
    </message>
    <message>
        <source>made when the plan was opened</source>
        <translation>hecha al abrir el plan</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>copia diaria</translation>
    </message>
    <message>
        <source>made when the plan was created</source>
        <translation>hecha al crear el plan</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>the plan as it was before a restore</source>
        <translation>el plan tal como estaba antes de una restauración</translation>
    </message>
    <message>
        <source>the damaged file, kept before a restore</source>
        <translation>el archivo dañado, guardado antes de una restauración</translation>
    </message>
    <message>
        <source>made before an upgrade to a newer version</source>
        <translation>hecha antes de actualizar a una versión más nueva</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <source>{when}: {reason} ({size})</source>
        <translation>{when}: {reason} ({size})</translation>
    </message>
    <message>
        <source>Plan file damaged</source>
        <translation>Archivo del plan dañado</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged or incomplete, so it cannot be opened, and there is no backup of it yet. The file has not been changed.</source>
        <translation>&quot;{name}&quot; está dañado o incompleto, así que no se puede abrir, y aún no hay ninguna copia de seguridad. El archivo no se ha cambiado.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged or incomplete, so it cannot be opened.
The file has not been changed.

Pick a backup to restore (the damaged file is kept as a backup too):</source>
        <translation>&quot;{name}&quot; está dañado o incompleto, así que no se puede abrir.
El archivo no se ha cambiado.

Elija una copia de seguridad que restaurar (el archivo dañado también se guarda como copia):</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Copia no restaurada</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>No se ha podido restaurar la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups of this plan yet.</source>
        <translation>Aún no hay copias de seguridad de este plan.</translation>
    </message>
    <message>
        <source>Pick the backup to go back to:</source>
        <translation>Elija la copia de seguridad a la que volver:</translation>
    </message>
    <message>
        <source>Replace &quot;{name}&quot; with the backup from {when}? The plan as it is now is backed up first, so you can come back to it the same way.</source>
        <translation>¿Reemplazar &quot;{name}&quot; por la copia del {when}? Antes se hace una copia del plan tal como está ahora, para que pueda volver a él de la misma forma.</translation>
    </message>
    <message>
        <source>Demo not created</source>
        <translation>Plan de ejemplo no creado</translation>
    </message>
    <message>
        <source>The demo plan could not be created: {reason}</source>
        <translation>No se ha podido crear el plan de ejemplo: {reason}</translation>
    </message>
    <message>
        <source>Not a plan</source>
        <translation>No es un plan</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a BakeryPlan plan, so it cannot be opened here. The file has not been changed.</source>
        <translation>&quot;{name}&quot; no es un plan de BakeryPlan, así que no se puede abrir aquí. El archivo no se ha cambiado.</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>Plan no encontrado</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is no longer there. It may have been moved or renamed.</source>
        <translation>&quot;{name}&quot; ya no está ahí. Puede que se haya movido o cambiado de nombre.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is damaged and could not be repaired from a backup.</source>
        <translation>&quot;{name}&quot; está dañado y no se ha podido reparar con una copia de seguridad.</translation>
    </message>
    <message>
        <source>Plan not opened</source>
        <translation>Plan no abierto</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; could not be opened: {reason}</source>
        <translation>No se ha podido abrir &quot;{name}&quot;: {reason}</translation>
    </message>
</context>
<context>
    <name>pack</name>
    <message>
        <source>{business}: progress pack</source>
        <extracomment>Countries that print on US Letter; everyone else uses A4.</extracomment>
        <translation>{business}: informe de avance</translation>
    </message>
    <message>
        <source>{business} · Progress pack · {day}</source>
        <translation>{business} · Informe de avance · {day}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
    <message>
        <source>This plan has no goals yet.</source>
        <extracomment>How many of the latest periods a measure page lists under its chart.</extracomment>
        <translation>Este plan aún no tiene objetivos.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s): {health}.</source>
        <translation>
            <numerusform>%n objetivo: {health}.</numerusform>
            <numerusform>%n objetivos: {health}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n va bien</numerusform>
            <numerusform>%n van bien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n retrasado</numerusform>
            <numerusform>%n retrasados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n en riesgo</numerusform>
            <numerusform>%n en riesgo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n achieved</source>
        <translation>
            <numerusform>%n logrado</numerusform>
            <numerusform>%n logrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n sin empezar</numerusform>
            <numerusform>%n sin empezar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done (shares weighted by effort)</source>
        <translation>
            <numerusform>{done} de %n paso hecho (partes ponderadas por el esfuerzo)</numerusform>
            <numerusform>{done} de %n pasos hechos (partes ponderadas por el esfuerzo)</numerusform>
        </translation>
    </message>
    <message>
        <source>{measure} ({unit})</source>
        <translation>{measure} ({unit})</translation>
    </message>
    <message>
        <source>{measure} has no recorded value yet.</source>
        <translation>{measure} aún no tiene ningún valor anotado.</translation>
    </message>
    <message>
        <source>{measure} is exactly on plan ({when}).</source>
        <translation>{measure} está justo en lo previsto ({when}).</translation>
    </message>
    <message>
        <source>{points} percentage points</source>
        <translation>{points} puntos porcentuales</translation>
    </message>
    <message>
        <source>{period}: {actual}, {planned} planned by {day}.</source>
        <translation>{period}: {actual}, {planned} previsto para el {day}.</translation>
    </message>
    <message>
        <source>Health: {health}.</source>
        <translation>Estado: {health}.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} above plan ({when}), worse than planned.</source>
        <translation>{measure} está {amount}{share} por encima del plan ({when}), peor de lo previsto.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} below plan ({when}), better than planned.</source>
        <translation>{measure} está {amount}{share} por debajo del plan ({when}), mejor de lo previsto.</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} above plan ({when}).</source>
        <translation>{measure} está {amount}{share} por encima del plan ({when}).</translation>
    </message>
    <message>
        <source>{measure} is {amount}{share} below plan ({when}).</source>
        <translation>{measure} está {amount}{share} por debajo del plan ({when}).</translation>
    </message>
    <message>
        <source>Planned from last year (year ending {day}), {change}.</source>
        <translation>Planificado a partir del año pasado (año que termina el {day}), {change}.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done, {overdue} overdue.</source>
        <translation>
            <numerusform>{done} de %n paso hecho, {overdue} con retraso.</numerusform>
            <numerusform>{done} de %n pasos hechos, {overdue} con retraso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done.</source>
        <translation>
            <numerusform>{done} de %n paso hecho.</numerusform>
            <numerusform>{done} de %n pasos hechos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner&apos;s explanation at the review of {day}: {text}</source>
        <translation>Explicación del responsable en la revisión del {day}: {text}</translation>
    </message>
    <message>
        <source>Goal / measure</source>
        <extracomment>Summary columns: header (in English; ``column_headers`` in the pack&apos;s language), right-aligned (numbers), may wrap between words.</extracomment>
        <translation>Objetivo / indicador</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>PROGRESS PACK</source>
        <extracomment>The goal column&apos;s share of the width: the other columns wrap between words to make it. Below this share of the width, numbers are squeezed instead of goal titles. Lines a goal title may take in the summary before it ends in an ellipsis.</extracomment>
        <translation>INFORME DE AVANCE</translation>
    </message>
    <message>
        <source>Progress report as of {day}</source>
        <translation>Informe de avance a {day}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Responsable: {owner}</translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>Nuestra visión</translation>
    </message>
    <message>
        <source>No vision written yet.</source>
        <translation>Aún no hay visión escrita.</translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Por qué importa: {why}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>página {number}</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Objetivo: {goal}</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Latest values</source>
        <translation>Últimos valores</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>The chart of this measure could not be drawn; its figures follow below.</source>
        <translation>No se ha podido dibujar el gráfico de este indicador; sus cifras vienen a continuación.</translation>
    </message>
    <message>
        <source>Health: {health}</source>
        <translation>Estado: {health}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <source>Recently done</source>
        <translation>Hechos hace poco</translation>
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
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
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
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>perspective</name>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>How we work</source>
        <translation>Cómo trabajamos</translation>
    </message>
    <message>
        <source>Team and skills</source>
        <translation>Equipo y formación</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Next week, from {day}</source>
        <translation>La semana que viene, desde el {day}</translation>
    </message>
    <message>
        <source>This week, from {day}</source>
        <translation>Esta semana, desde el {day}</translation>
    </message>
    <message>
        <source>Print check-in sheet</source>
        <translation>Imprimir hoja de la reunión</translation>
    </message>
    <message>
        <source>Which week is it for?</source>
        <translation>¿Para qué semana es?</translation>
    </message>
    <message>
        <source>{name} - check-in sheet {first} to {last}</source>
        <translation>{name} - hoja de la reunión del {first} al {last}</translation>
    </message>
    <message>
        <source>Print the check-in sheet</source>
        <translation>Imprimir la hoja de la reunión</translation>
    </message>
    <message>
        <source>{name} - plan for the staff huddle</source>
        <translation>{name} - plan para la reunión rápida del equipo</translation>
    </message>
    <message>
        <source>Print the one-page plan</source>
        <translation>Imprimir el plan en una página</translation>
    </message>
    <message>
        <source>Export one-page plan as PDF</source>
        <translation>Exportar plan en una página como PDF</translation>
    </message>
    <message>
        <source>{stem} - one-page plan.pdf</source>
        <translation>{stem} - plan en una página.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>No se ha podido escribir el PDF en {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>{business}: no review held on or before {day} yet.</source>
        <translation>{business}: aún no se ha hecho ninguna revisión el {day} ni antes.</translation>
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
        <translation>nuevo, {health}</translation>
    </message>
    <message>
        <source>no figure yet, {planned} planned ({period})</source>
        <translation>aún sin cifra, {planned} previsto ({period})</translation>
    </message>
    <message>
        <source>{actual} against {planned} planned, {period}</source>
        <translation>{actual} frente a {planned} previsto, {period}</translation>
    </message>
    <message>
        <source>goal added</source>
        <translation>objetivo añadido</translation>
    </message>
    <message>
        <source>measure added</source>
        <translation>indicador añadido</translation>
    </message>
    <message>
        <source>goal deleted</source>
        <translation>objetivo eliminado</translation>
    </message>
    <message>
        <source>measure deleted</source>
        <translation>indicador eliminado</translation>
    </message>
    <message>
        <source>renamed (was “{before}”)</source>
        <translation>nombre cambiado (antes «{before}»)</translation>
    </message>
    <message>
        <source>retitled (was “{before}”)</source>
        <translation>título cambiado (antes «{before}»)</translation>
    </message>
    <message>
        <source>target {before} → {after}</source>
        <translation>meta {before} → {after}</translation>
    </message>
    <message>
        <source>target date {before} → {after}</source>
        <translation>fecha de la meta {before} → {after}</translation>
    </message>
    <message>
        <source>starting point {before} → {after}</source>
        <translation>punto de partida {before} → {after}</translation>
    </message>
    <message>
        <source>start {before} → {after}</source>
        <translation>inicio {before} → {after}</translation>
    </message>
    <message>
        <source>due date {before} → {after}</source>
        <translation>fecha límite {before} → {after}</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>stepped</source>
        <translation>por escalones</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>por temporadas</translation>
    </message>
    <message>
        <source>planned curve redrawn</source>
        <translation>camino previsto redibujado</translation>
    </message>
    <message>
        <source>planned curve redrawn ({before} → {after})</source>
        <translation>camino previsto redibujado ({before} → {after})</translation>
    </message>
    <message>
        <source>year ending {day}, {change}, days matched by weekday</source>
        <translation>año que termina el {day}, {change}, días emparejados por día de la semana</translation>
    </message>
    <message>
        <source>year ending {day}, {change}, days matched by date</source>
        <translation>año que termina el {day}, {change}, días emparejados por fecha</translation>
    </message>
    <message>
        <source>year ending {day}, {change}</source>
        <translation>año que termina el {day}, {change}</translation>
    </message>
    <message>
        <source>no longer the plan drawn from last year</source>
        <translation>ya no es el plan sacado del año pasado</translation>
    </message>
    <message>
        <source>now planned from last year ({now})</source>
        <translation>ahora planificado a partir del año pasado ({now})</translation>
    </message>
    <message>
        <source>planned from last year again ({now}; was {before})</source>
        <translation>planificado de nuevo a partir del año pasado ({now}; antes {before})</translation>
    </message>
    <message>
        <source>now counted as the average of a day (was {before})</source>
        <translation>ahora se cuenta como la media de un día (antes: {before})</translation>
    </message>
    <message>
        <source>the total of a day</source>
        <translation>el total de un día</translation>
    </message>
    <message>
        <source>the latest figure of a day</source>
        <translation>la última cifra de un día</translation>
    </message>
    <message>
        <source>the total of a week</source>
        <translation>el total de una semana</translation>
    </message>
    <message>
        <source>the average per day of a week</source>
        <translation>la media diaria de una semana</translation>
    </message>
    <message>
        <source>the latest figure of a week</source>
        <translation>la última cifra de una semana</translation>
    </message>
    <message>
        <source>the total of a month</source>
        <translation>el total de un mes</translation>
    </message>
    <message>
        <source>the average per day of a month</source>
        <translation>la media diaria de un mes</translation>
    </message>
    <message>
        <source>the latest figure of a month</source>
        <translation>la última cifra de un mes</translation>
    </message>
    <message>
        <source>the total of a quarter</source>
        <translation>el total de un trimestre</translation>
    </message>
    <message>
        <source>the average per day of a quarter</source>
        <translation>la media diaria de un trimestre</translation>
    </message>
    <message>
        <source>the latest figure of a quarter</source>
        <translation>la última cifra de un trimestre</translation>
    </message>
    <message>
        <source>the total of a year</source>
        <translation>el total de un año</translation>
    </message>
    <message>
        <source>the average per day of a year</source>
        <translation>la media diaria de un año</translation>
    </message>
    <message>
        <source>the latest figure of a year</source>
        <translation>la última cifra de un año</translation>
    </message>
    <message>
        <source>goal marked done (was active)</source>
        <translation>objetivo marcado como hecho (antes: activo)</translation>
    </message>
    <message>
        <source>goal marked dropped (was active)</source>
        <translation>objetivo marcado como descartado (antes: activo)</translation>
    </message>
    <message>
        <source>goal marked active (was done)</source>
        <translation>objetivo activo de nuevo (antes: hecho)</translation>
    </message>
    <message>
        <source>goal marked dropped (was done)</source>
        <translation>objetivo marcado como descartado (antes: hecho)</translation>
    </message>
    <message>
        <source>goal marked active (was dropped)</source>
        <translation>objetivo activo de nuevo (antes: descartado)</translation>
    </message>
    <message>
        <source>goal marked done (was dropped)</source>
        <translation>objetivo marcado como hecho (antes: descartado)</translation>
    </message>
    <message>
        <source>goal status changed</source>
        <translation>estado del objetivo cambiado</translation>
    </message>
    <message>
        <source>now counted as the total of a day (was {before})</source>
        <translation>ahora se cuenta como el total de un día (antes: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a day (was {before})</source>
        <translation>ahora se cuenta como la última cifra de un día (antes: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a week (was {before})</source>
        <translation>ahora se cuenta como el total de una semana (antes: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a week (was {before})</source>
        <translation>ahora se cuenta como la media diaria de una semana (antes: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a week (was {before})</source>
        <translation>ahora se cuenta como la última cifra de una semana (antes: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a month (was {before})</source>
        <translation>ahora se cuenta como el total de un mes (antes: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a month (was {before})</source>
        <translation>ahora se cuenta como la media diaria de un mes (antes: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a month (was {before})</source>
        <translation>ahora se cuenta como la última cifra de un mes (antes: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a quarter (was {before})</source>
        <translation>ahora se cuenta como el total de un trimestre (antes: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a quarter (was {before})</source>
        <translation>ahora se cuenta como la media diaria de un trimestre (antes: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a quarter (was {before})</source>
        <translation>ahora se cuenta como la última cifra de un trimestre (antes: {before})</translation>
    </message>
    <message>
        <source>now counted as the total of a year (was {before})</source>
        <translation>ahora se cuenta como el total de un año (antes: {before})</translation>
    </message>
    <message>
        <source>now counted as the average per day of a year (was {before})</source>
        <translation>ahora se cuenta como la media diaria de un año (antes: {before})</translation>
    </message>
    <message>
        <source>now counted as the latest figure of a year (was {before})</source>
        <translation>ahora se cuenta como la última cifra de un año (antes: {before})</translation>
    </message>
    <message>
        <source>counting changed (was {before})</source>
        <translation>cambió la forma de contar (antes: {before})</translation>
    </message>
    <message>
        <source>the average of a day</source>
        <translation>la media de un día</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a value not set, as in: due date none → 31 Jan</comment>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>{who}, no date</source>
        <translation>{who}, sin fecha</translation>
    </message>
    <message>
        <source>{who}, done {day}</source>
        <translation>{who}, hecho el {day}</translation>
    </message>
    <message>
        <source>{who}, due {day}</source>
        <translation>{who}, vence el {day}</translation>
    </message>
    <message>
        <source>{source}, {day}</source>
        <translation>{source}, {day}</translation>
    </message>
    <message>
        <source>since the huddle of {day} (today)</source>
        <translation>desde la reunión rápida del {day} (hoy)</translation>
    </message>
    <message>
        <source>since the monthly review of {day} (today)</source>
        <translation>desde la revisión mensual del {day} (hoy)</translation>
    </message>
    <message>
        <source>since the quarterly review of {day} (today)</source>
        <translation>desde la revisión trimestral del {day} (hoy)</translation>
    </message>
    <message numerus="yes">
        <source>since the huddle of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>desde la reunión rápida del {day} (hace %n día)</numerusform>
            <numerusform>desde la reunión rápida del {day} (hace %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since the monthly review of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>desde la revisión mensual del {day} (hace %n día)</numerusform>
            <numerusform>desde la revisión mensual del {day} (hace %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since the quarterly review of {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>desde la revisión trimestral del {day} (hace %n día)</numerusform>
            <numerusform>desde la revisión trimestral del {day} (hace %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>{business}: what changed {since} to {day}</source>
        <translation>{business}: qué ha cambiado {since} hasta el {day}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a section of the digest with nothing in it</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not known: the last review kept no snapshot</source>
        <translation>no se sabe: la última revisión no guardó una foto del plan</translation>
    </message>
    <message>
        <source>Measures whose health changed</source>
        <translation>Indicadores que cambiaron de estado</translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation>Cambios en el plan</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pasos hechos</translation>
    </message>
    <message>
        <source>Steps newly overdue</source>
        <translation>Pasos que han pasado a ir con retraso</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>Comentarios nuevos</translation>
    </message>
    <message>
        <source>Decisions of the last review</source>
        <translation>Decisiones de la última revisión</translation>
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
            <numerusform>%n cifra real anotada desde entonces.</numerusform>
            <numerusform>%n cifras reales anotadas desde entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Explicaciones</translation>
    </message>
    <message>
        <source>This review kept no snapshot of the plan.</source>
        <translation>Esta revisión no guardó una foto del plan.</translation>
    </message>
    <message>
        <source>The first review with a snapshot: later reviews show what changed.</source>
        <translation>La primera revisión con foto del plan: las siguientes mostrarán qué ha cambiado.</translation>
    </message>
    <message>
        <source>Changed in the plan since the review of {day}</source>
        <translation>Cambios en el plan desde la revisión del {day}</translation>
    </message>
    <message>
        <source>Changed in the plan since the review of {day}: none</source>
        <translation>Cambios en el plan desde la revisión del {day}: ninguno</translation>
    </message>
    <message>
        <source>Health changed since {day}</source>
        <translation>Cambios de estado desde el {day}</translation>
    </message>
    <message>
        <source>Health changed since {day}: none</source>
        <translation>Cambios de estado desde el {day}: ninguno</translation>
    </message>
    <message>
        <source>A deleted measure</source>
        <translation>Un indicador eliminado</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>{business}: status on {day}</source>
        <translation>{business}: estado a {day}</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Aún no hay objetivos.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>{goal}  ({owner}, due {day}): {health}</source>
        <translation>{goal}  ({owner}, vence el {day}): {health}</translation>
    </message>
    <message>
        <source>{goal}  ({owner}, no due date): {health}</source>
        <translation>{goal}  ({owner}, sin fecha límite): {health}</translation>
    </message>
    <message>
        <source>Steps: {steps}</source>
        <translation>Pasos: {steps}</translation>
    </message>
    <message>
        <source>{measure}: no figure yet, planned {planned}: {health}</source>
        <translation>{measure}: aún sin cifra, previsto {planned}: {health}</translation>
    </message>
    <message>
        <source>{measure}: {actual}, planned {planned} ({period}): {health}</source>
        <translation>{measure}: {actual}, previsto {planned} ({period}): {health}</translation>
    </message>
    <message>
        <source>{period}: {actual}, planned {planned} by {day}</source>
        <translation>{period}: {actual}, previsto {planned} para el {day}</translation>
    </message>
    <message>
        <source>{share} of the plan made</source>
        <translation>{share} del plan cumplido</translation>
    </message>
    <message>
        <source>progress {share} of the way, {planned} planned by then</source>
        <translation>avance: {share} del camino, {planned} previsto a estas alturas</translation>
    </message>
    <message>
        <source>to be kept between {low} and {high}</source>
        <translation>debe mantenerse entre {low} y {high}</translation>
    </message>
    <message>
        <source>to be at least {low}</source>
        <translation>debe ser al menos {low}</translation>
    </message>
    <message>
        <source>to be at most {high}</source>
        <translation>debe ser como mucho {high}</translation>
    </message>
    <message>
        <source>{business}: no findings. Every goal has an owner, a date and a measure.</source>
        <translation>{business}: ningún aviso. Cada objetivo tiene responsable, fecha e indicador.</translation>
    </message>
    <message numerus="yes">
        <source>{business}: %n finding(s)</source>
        <translation>
            <numerusform>{business}: %n aviso</numerusform>
            <numerusform>{business}: %n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>atención: {message}</translation>
    </message>
    <message>
        <source>info: {message}</source>
        <translation>info: {message}</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message numerus="yes">
        <source>{done} of %n step(s) done, {overdue} overdue; {done_share} of the effort done, {due_share} planned by now: {health}</source>
        <translation>
            <numerusform>{done} de %n paso hecho, {overdue} con retraso; hecho el {done_share} del esfuerzo, previsto hasta hoy el {due_share}: {health}</numerusform>
            <numerusform>{done} de %n pasos hechos, {overdue} con retraso; hecho el {done_share} del esfuerzo, previsto hasta hoy el {due_share}: {health}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done; {done_share} of the effort done, {due_share} planned by now: {health}</source>
        <translation>
            <numerusform>{done} de %n paso hecho; hecho el {done_share} del esfuerzo, previsto hasta hoy el {due_share}: {health}</numerusform>
            <numerusform>{done} de %n pasos hechos; hecho el {done_share} del esfuerzo, previsto hasta hoy el {due_share}: {health}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>its folder {folder} does not exist</source>
        <translation>su carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>the backup is not usable ({reason})</source>
        <translation>la copia de seguridad no se puede usar ({reason})</translation>
    </message>
    <message>
        <source>the backup comes from a newer version of BakeryPlan</source>
        <translation>la copia de seguridad es de una versión más nueva de BakeryPlan</translation>
    </message>
    <message>
        <source>it is a folder, not a plan file</source>
        <translation>es una carpeta, no un archivo de plan</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>no tiene permiso para leerlo</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>no se puede leer ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it cannot be opened ({error})</source>
        <translation>no se puede abrir ({error})</translation>
    </message>
    <message>
        <source>cannot open &quot;{file}&quot;: {reason}</source>
        <translation>no se puede abrir &quot;{file}&quot;: {reason}</translation>
    </message>
    <message>
        <source>cannot create &quot;{file}&quot;: {reason}</source>
        <translation>no se puede crear &quot;{file}&quot;: {reason}</translation>
    </message>
    <message>
        <source>cannot edit &quot;{file}&quot;: {reason}</source>
        <translation>no se puede editar &quot;{file}&quot;: {reason}</translation>
    </message>
    <message>
        <source>cannot change &quot;{file}&quot;: {reason}</source>
        <translation>no se puede cambiar &quot;{file}&quot;: {reason}</translation>
    </message>
    <message>
        <source>cannot restore &quot;{file}&quot;: {reason}</source>
        <translation>no se puede restaurar &quot;{file}&quot;: {reason}</translation>
    </message>
    <message>
        <source>cannot save to &quot;{file}&quot;: {reason}</source>
        <translation>no se puede guardar en &quot;{file}&quot;: {reason}</translation>
    </message>
    <message>
        <source>cannot back up &quot;{file}&quot;: {reason}</source>
        <translation>no se puede hacer una copia de seguridad de &quot;{file}&quot;: {reason}</translation>
    </message>
    <message>
        <source>cannot read the plan data &quot;{file}&quot;: {reason}</source>
        <translation>no se pueden leer los datos del plan &quot;{file}&quot;: {reason}</translation>
    </message>
    <message>
        <source>cannot open: {reason}</source>
        <translation>no se puede abrir: {reason}</translation>
    </message>
    <message>
        <source>cannot create: {reason}</source>
        <translation>no se puede crear: {reason}</translation>
    </message>
    <message>
        <source>cannot edit: {reason}</source>
        <translation>no se puede editar: {reason}</translation>
    </message>
    <message>
        <source>cannot change: {reason}</source>
        <translation>no se puede cambiar: {reason}</translation>
    </message>
    <message>
        <source>cannot restore: {reason}</source>
        <translation>no se puede restaurar: {reason}</translation>
    </message>
    <message>
        <source>cannot save to: {reason}</source>
        <translation>no se puede guardar: {reason}</translation>
    </message>
    <message>
        <source>cannot back up: {reason}</source>
        <translation>no se puede hacer la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>cannot read the plan data: {reason}</source>
        <translation>no se pueden leer los datos del plan: {reason}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>a file with that name already exists</source>
        <translation>ya existe un archivo con ese nombre</translation>
    </message>
    <message>
        <source>it is not a BakeryPlan plan file</source>
        <translation>no es un archivo de plan de BakeryPlan</translation>
    </message>
    <message>
        <source>the plan file is damaged (a backup can be restored)</source>
        <translation>el archivo del plan está dañado (se puede restaurar una copia de seguridad)</translation>
    </message>
    <message>
        <source>it was saved by a newer version of BakeryPlan (plan format {found}, this version reads up to {supported})</source>
        <translation>se guardó con una versión más nueva de BakeryPlan (formato del plan {found}; esta versión lee hasta el {supported})</translation>
    </message>
    <message>
        <source>it is in use by {holder}</source>
        <translation>lo está usando {holder}</translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;</source>
        <translation>BakeryPlan en el ordenador &quot;{host}&quot;</translation>
    </message>
    <message>
        <source>{reason}; if BakeryPlan no longer runs there, open the plan in the window to take it over</source>
        <translation>{reason}; si BakeryPlan ya no está abierto allí, abra el plan en la ventana para quedarse con él</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n day(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan en el ordenador &quot;{host}&quot;, desde el {since} (hace %n día)</numerusform>
            <numerusform>BakeryPlan en el ordenador &quot;{host}&quot;, desde el {since} (hace %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n hour(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan en el ordenador &quot;{host}&quot;, desde el {since} (hace %n hora)</numerusform>
            <numerusform>BakeryPlan en el ordenador &quot;{host}&quot;, desde el {since} (hace %n horas)</numerusform>
        </translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (just now)</source>
        <translation>BakeryPlan en el ordenador &quot;{host}&quot;, desde el {since} (hace un momento)</translation>
    </message>
    <message numerus="yes">
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since} (%n minute(s) ago)</source>
        <translation>
            <numerusform>BakeryPlan en el ordenador &quot;{host}&quot;, desde el {since} (hace %n minuto)</numerusform>
            <numerusform>BakeryPlan en el ordenador &quot;{host}&quot;, desde el {since} (hace %n minutos)</numerusform>
        </translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>está abierto en solo lectura</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder}); the plan was not changed</source>
        <translation>{cause} (carpeta de copias de seguridad: {folder}); el plan no se ha cambiado</translation>
    </message>
    <message>
        <source>{record}, field &apos;{field}&apos;: {message}</source>
        <translation>{record}, campo &apos;{field}&apos;: {message}</translation>
    </message>
    <message>
        <source>{record}: {message}</source>
        <translation>{record}: {message}</translation>
    </message>
    <message>
        <source>another copy of BakeryPlan that is starting or stopping, since {since}</source>
        <translation>otra copia de BakeryPlan que se está abriendo o cerrando, desde el {since}</translation>
    </message>
    <message>
        <source>another copy of BakeryPlan that is starting or stopping</source>
        <translation>otra copia de BakeryPlan que se está abriendo o cerrando</translation>
    </message>
    <message>
        <source>BakeryPlan on this computer ({host}), process {pid}, since {since}</source>
        <translation>BakeryPlan en este ordenador ({host}), proceso {pid}, desde el {since}</translation>
    </message>
    <message>
        <source>BakeryPlan on this computer ({host}), process {pid}</source>
        <translation>BakeryPlan en este ordenador ({host}), proceso {pid}</translation>
    </message>
    <message>
        <source>BakeryPlan on the computer &quot;{host}&quot;, since {since}</source>
        <translation>BakeryPlan en el ordenador &quot;{host}&quot;, desde el {since}</translation>
    </message>
    <message>
        <source>its folder {folder} is read-only</source>
        <translation>su carpeta {folder} es de solo lectura</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>el archivo está protegido contra escritura</translation>
    </message>
    <message>
        <source>{cause} (backups folder {folder})</source>
        <translation>{cause} (carpeta de copias de seguridad: {folder})</translation>
    </message>
    <message>
        <source>a newer version of BakeryPlan stopped in the middle of changing it; open it with that version to repair it</source>
        <translation>una versión más nueva de BakeryPlan se detuvo a mitad de un cambio; ábralo con esa versión para repararlo</translation>
    </message>
    <message>
        <source>it was not closed properly, and {reason}, so it cannot be repaired here: copy it together with &quot;{journal}&quot; to a folder you can write to and open the copy there</source>
        <translation>no se cerró bien y {reason}, así que no se puede reparar aquí: cópielo junto con &quot;{journal}&quot; a una carpeta en la que pueda escribir y abra allí la copia</translation>
    </message>
</context>
<context>
    <name>wizards</name>
    <message>
        <source>Read-only plan</source>
        <translation>Plan de solo lectura</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>No se ha podido guardar el cambio.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Not enough text</source>
        <translation>Texto insuficiente</translation>
    </message>
    <message>
        <source>Easy to read</source>
        <translation>Fácil de leer</translation>
    </message>
    <message>
        <source>Fairly easy</source>
        <translation>Bastante fácil</translation>
    </message>
    <message>
        <source>Hard to read</source>
        <translation>Difícil de leer</translation>
    </message>
    <message>
        <source>No score for this language</source>
        <translation>Sin puntuación para este idioma</translation>
    </message>
    <message numerus="yes">
        <source>Your vision is short (%n word(s)). Say where the business is going and why it matters, in {least} to {most} words.</source>
        <translation>
            <numerusform>Su visión es corta (%n palabra). Diga hacia dónde va el negocio y por qué importa, en {least} a {most} palabras.</numerusform>
            <numerusform>Su visión es corta (%n palabras). Diga hacia dónde va el negocio y por qué importa, en {least} a {most} palabras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your vision has %n word(s). Try to say it in {most} words or fewer, so people remember it.</source>
        <translation>
            <numerusform>Su visión tiene %n palabra. Intente decirla en {most} palabras o menos, para que la gente la recuerde.</numerusform>
            <numerusform>Su visión tiene %n palabras. Intente decirla en {most} palabras o menos, para que la gente la recuerde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep a goal to one short sentence (this one has %n word(s)).</source>
        <translation>
            <numerusform>Limite cada objetivo a una frase corta (esta tiene %n palabra).</numerusform>
            <numerusform>Limite cada objetivo a una frase corta (esta tiene %n palabras).</numerusform>
        </translation>
    </message>
    <message>
        <source>“{word}”</source>
        <comment>A word quoted in a sentence</comment>
        <translation>“{word}”</translation>
    </message>
    <message>
        <source>Swap jargon for everyday words: {words}.</source>
        <translation>Cambie las palabras técnicas por palabras de todos los días: {words}.</translation>
    </message>
    <message>
        <source>Write your vision in a few plain sentences: where is the business going?</source>
        <translation>Escriba su visión en unas pocas frases sencillas: ¿hacia dónde va el negocio?</translation>
    </message>
    <message>
        <source>Add a number, so everyone can tell when the goal is reached (like &quot;40 loaves a day&quot;).</source>
        <translation>Añada una cifra, para que todos sepan cuándo se ha logrado el objetivo (como &quot;40 panes al día&quot;).</translation>
    </message>
    <message>
        <source>Add a date, like &quot;by spring 2028&quot;, or set a due date.</source>
        <translation>Añada una fecha, como &quot;para la primavera de 2028&quot;, o ponga una fecha límite.</translation>
    </message>
    <message>
        <source>Name one person who owns this goal.</source>
        <translation>Nombre a una persona responsable de este objetivo.</translation>
    </message>
    <message>
        <source>This is hard to read. Try shorter sentences and everyday words.</source>
        <translation>Esto es difícil de leer. Pruebe con frases más cortas y palabras de todos los días.</translation>
    </message>
</context>
<context>
    <name>year</name>
    <message>
        <source>The year&apos;s plan is reached already: {figure} (plan {plan}).</source>
        <translation>El plan del año ya está alcanzado: {figure} (plan {plan}).</translation>
    </message>
    <message>
        <source>The year reached its plan: {figure} (plan {plan}).</source>
        <translation>El año alcanzó su plan: {figure} (plan {plan}).</translation>
    </message>
    <message>
        <source>The year reached its plan: {figure} a day on average (plan {plan}).</source>
        <translation>El año alcanzó su plan: {figure} de media al día (plan {plan}).</translation>
    </message>
    <message>
        <source>The year ended at {figure}: {short}{share} short of its plan of {plan}.</source>
        <translation>El año terminó en {figure}: {short}{share} por debajo de su plan de {plan}.</translation>
    </message>
    <message>
        <source>The year averaged {figure} a day: {short}{share} short of its plan of {plan}.</source>
        <translation>El año tuvo una media de {figure} al día: {short}{share} por debajo de su plan de {plan}.</translation>
    </message>
    <message>
        <source>At this pace the year totals {figure} (plan {plan}).</source>
        <translation>A este ritmo el año suma {figure} (plan {plan}).</translation>
    </message>
    <message>
        <source>At this pace the year averages {figure} a day (plan {plan}).</source>
        <translation>A este ritmo el año tiene una media de {figure} al día (plan {plan}).</translation>
    </message>
    <message>
        <source> for the {periods} to {day}</source>
        <translation> en los {periods} hasta el {day}</translation>
    </message>
</context>
</TS>
