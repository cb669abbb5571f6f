def mean_and_stddev(values: list[float]) -> dict:
    # Return {"mean": ..., "stddev": ...} (population standard deviation).
    raise NotImplementedError
