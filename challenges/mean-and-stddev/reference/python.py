import math


def mean_and_stddev(values):
    n = len(values)
    mean = math.fsum(values) / n
    variance = math.fsum((x - mean) ** 2 for x in values) / n
    return {"mean": mean, "stddev": math.sqrt(variance)}
