<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
