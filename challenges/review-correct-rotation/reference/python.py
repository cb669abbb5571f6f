def rotate_right(items, k):
    n = len(items)
    if n == 0:
        return []
    shift = k % n
    return [items[(i - shift) % n] for i in range(n)]
