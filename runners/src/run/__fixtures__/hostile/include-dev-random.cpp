// The preprocessor reads an endless file of random bytes.
#include "/dev/random"
int main() {}
