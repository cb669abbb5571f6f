import math
from dataclasses import dataclass


@dataclass
class Stats:
    mean: float
    stddev: float


def mean_and_stddev(values: list[float]) -> Stats:
    # Two passes with exact (fsum) sums: the mean first, then squared
    # deviations from it (never sum of squares minus square of sums).
    n = len(values)
    mean = math.fsum(values) / n
    variance = math.fsum((x - mean) ** 2 for x in values) / n
    return Stats(mean=mean, stddev=math.sqrt(variance))
