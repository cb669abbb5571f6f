# Uses no CPU at all: only a wall clock can stop it.
import time

time.sleep(3600)
