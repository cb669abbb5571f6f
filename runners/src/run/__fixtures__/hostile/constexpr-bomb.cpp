// Compile-time evaluation that would take minutes.
constexpr long spin() {
  long x = 0;
  for (int i = 0; i < 200000; i++)
    for (int j = 0; j < 200000; j++) x += i ^ j;
  return x;
}
constexpr long value = spin();
int main() { return value == 0; }
