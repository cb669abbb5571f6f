// The preprocessor reads an endless file.
#include "/dev/zero"
int main() {}
