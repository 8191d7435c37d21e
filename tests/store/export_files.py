"""The eight shapes of export an owner brings, written by the tests themselves.

Each function returns the file's bytes; the expected daily figures are written next to it
by hand (small files, numbers a person can add up), so a test states what a correct import
gives rather than what the code happens to compute.
"""

from __future__ import annotations

from datetime import date

GROUPS = ("Bread", "Rolls", "Cakes", "Pastries", "Coffee", "Drinks")


def till_long() -> bytes:
    """A till's daily sales by product group: one row per group and day (long format)."""
    rows = ["Date,Product group,Items,Sales"]
    sales = {
        "30/07/2018": (310.20, 120.00, 250.50, 180.25, 300.00, 152.52),
        "31/07/2018": (320.00, 110.47, 260.00, 190.00, 280.00, 153.00),
        "01/08/2018": (300.00, 100.00, 240.00, 170.00, 290.00, 150.00),
    }
    for day, figures in sales.items():
        for group, amount in zip(GROUPS, figures, strict=True):
            rows.append(f"{day},{group},{int(amount // 3)},{amount:.2f}")
    return ("\r\n".join(rows) + "\r\n").encode()


TILL_LONG_DAYS = {
    date(2018, 7, 30): (1313.47, 6),
    date(2018, 7, 31): (1313.47, 6),
    date(2018, 8, 1): (1250.00, 6),
}
TILL_LONG_BREAD = {date(2018, 7, 30): 310.20, date(2018, 7, 31): 320.00, date(2018, 8, 1): 300.00}


def line_items() -> bytes:
    """A card terminal's line items: receipt number, day-first date-time with seconds.

    Receipt 1002 sold two identical coffees: two real rows, both counted.
    """
    return (
        b"Receipt no.;Date/time;Item;Qty;Amount\n"
        b"1001;31.07.2018 07:02:11;Sourdough loaf;1;4,80\n"
        b"1001;31.07.2018 07:02:11;Croissant;2;3,60\n"
        b"1002;31.07.2018 07:15:40;Coffee;1;2,90\n"
        b"1002;31.07.2018 07:15:40;Coffee;1;2,90\n"
        b"1003;31.07.2018 18:59:59;Cake slice;1;3,50\n"
        b"1004;01.08.2018 08:00:01;Rolls;6;3,30\n"
        b"1005;01.08.2018 12:30:00;Coffee;1;2,90\n"
    )


LINE_ITEMS_DAYS = {date(2018, 7, 31): (17.70, 5), date(2018, 8, 1): (6.20, 2)}
LINE_ITEMS_RECEIPTS = {date(2018, 7, 31): 3.0, date(2018, 8, 1): 2.0}


def bank_bom_preamble() -> bytes:
    """A bank's CSV: UTF-8 BOM, account preamble, semicolons, decimal commas, newest first."""
    text = (
        "Kontoinhaber;Sunrise Bakery\n"
        "IBAN;DE02120300000000202051\n"
        "Zeitraum;01.03.2024 - 05.03.2024\n"
        "\n"
        "Buchungstag;Valuta;Auftraggeber/Empfänger;Verwendungszweck;Betrag (EUR)\n"
        "05.03.2024;05.03.2024;Kartenzahlungen;Umsatz Terminal 1;1.234,56\n"
        "05.03.2024;05.03.2024;Mühle Schmidt;Mehl März;-450,00\n"
        "04.03.2024;04.03.2024;Kartenzahlungen;Umsatz Terminal 1;987,65\n"
        "02.03.2024;04.03.2024;Stadtwerke;Strom;-120,10\n"
        "01.03.2024;01.03.2024;Kartenzahlungen;Umsatz Terminal 1;1.010,00\n"
    )
    return b"\xef\xbb\xbf" + text.encode()


BANK_INCOME = {date(2024, 3, 1): 1010.00, date(2024, 3, 4): 987.65, date(2024, 3, 5): 1234.56}
BANK_EXPENSES = {date(2024, 3, 2): 120.10, date(2024, 3, 5): 450.00}


def bank_latin1_currency() -> bytes:
    """A bank export in Latin-1 with the currency in a column of its own."""
    return (
        "Datum;Buchungstext;Empfänger;Betrag;Währung\n"
        "02.01.2024;Gutschrift;Café Sonnenschein;250,00;EUR\n"
        "02.01.2024;Lastschrift;Bäckerei-Bedarf Müller;-89,90;EUR\n"
        "03.01.2024;Gutschrift;Kartenzahlung;1.100,40;EUR\n"
    ).encode("latin-1")


BANK_LATIN1_ALL = {date(2024, 1, 2): 160.10, date(2024, 1, 3): 1100.40}


def web_shop() -> bytes:
    """A web shop's orders: one row per line item, the order's fields only on its first row,
    times with UTC offsets, and an address with a line break inside quotes."""
    return (
        b"Name,Created at,Financial Status,Total,Lineitem name,Lineitem quantity,Shipping Address\n"
        b'#1001,2024-03-01 23:30:00 +0100,paid,45.00,Sourdough loaf,2,"Main St 1\nBerlin"\n'
        b"#1001,2024-03-01 23:30:00 +0100,,,Cake box,1,\n"
        b"#1002,2024-03-02T00:10:00-05:00,paid,12.50,Cookies,5,Oak Rd 2\n"
        b"#1003,2024-03-02 09:00:00 +0100,refunded,30.00,Gift card,1,Elm St 3\n"
        b"#1004,2024-03-02 17:45:12 +0100,paid,20.00,Rolls,10,Pine St 4\n"
        b"#1004,2024-03-02 17:45:12 +0100,,,Butter,1,\n"
        b"#1004,2024-03-02 17:45:12 +0100,,,Jam,2,\n"
    )


WEB_SHOP_PAID = {date(2024, 3, 1): 45.00, date(2024, 3, 2): 32.50}
WEB_SHOP_ORDERS = {date(2024, 3, 1): 1.0, date(2024, 3, 2): 3.0}


def wide_products() -> bytes:
    """A wide export: one column per product and a total column."""
    return (
        b"Date,Bread,Cakes,Coffee,Total\n"
        b"2024-05-01,120.00,80.50,60.00,260.50\n"
        b"2024-05-02,110.00,75.00,65.25,250.25\n"
    )


WIDE_TOTAL = {date(2024, 5, 1): 260.50, date(2024, 5, 2): 250.25}


def pivot_summary() -> bytes:
    """A pivot table: product groups down, months without a year across, totals."""
    return (
        b"Sales by product group\n"
        b"Product group,Jan,Feb,Mar,Total\n"
        b"Bread,1200,1100,1300,3600\n"
        b"Cakes,800,750,900,2450\n"
        b"Total,2000,1850,2200,6050\n"
    )


def profit_and_loss() -> bytes:
    """An accounting package's profit-and-loss report."""
    return (
        b"Profit and Loss\n"
        b"Sunrise Bakery\n"
        b"1 January 2024 - 31 December 2024\n"
        b"\n"
        b"Account,2024\n"
        b"Sales,245000.00\n"
        b"Cost of sales,-98000.00\n"
        b"Gross profit,147000.00\n"
        b"Wages,-90000.00\n"
        b"Rent,-30000.00\n"
        b"Net profit,27000.00\n"
    )
