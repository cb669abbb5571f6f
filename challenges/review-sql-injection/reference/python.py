import sqlite3


def order_ids_for(orders, customer):
    db = sqlite3.connect(":memory:")
    try:
        db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT, total REAL)")
        db.executemany("INSERT INTO orders VALUES (?, ?, ?)", orders)
        rows = db.execute("SELECT id FROM orders WHERE customer = ? ORDER BY id", (customer,)).fetchall()
        return [row[0] for row in rows]
    finally:
        db.close()
