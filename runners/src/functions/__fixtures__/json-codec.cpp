// The C++ JSON codec on its own (runners/harness/assay_json.*), as the image
// carries it: run in function mode as codec(type, json), so the driver has
// already included the codec, and the program links the image's prebuilt
// half. Returns "ok " and the value written back, or "error " and the
// message; `write-*` types write a value no JSON can carry.
#include <cmath>
#include <limits>

template <class T>
std::string round_trip(std::string_view text) {
    assay::Reader reader(text);
    T value{};
    assay::Codec<T>::read(reader, value);
    reader.end();
    std::string out;
    assay::Codec<T>::write(out, value);
    return out;
}

std::string write_floats(const std::vector<double>& values) {
    std::string out;
    assay::Codec<std::vector<double>>::write(out, values);
    return out;
}

std::string codec(std::string type, std::string text) {
    const double inf = std::numeric_limits<double>::infinity();
    try {
        std::string out;
        if (type == "int") out = round_trip<long long>(text);
        else if (type == "float") out = round_trip<double>(text);
        else if (type == "bool[]") out = round_trip<std::vector<bool>>(text);
        else if (type == "string") out = round_trip<std::string>(text);
        else if (type == "int[][]") out = round_trip<std::vector<std::vector<long long>>>(text);
        else if (type == "string?[]") out = round_trip<std::vector<std::optional<std::string>>>(text);
        else if (type == "map<string, float>") out = round_trip<std::unordered_map<std::string, double>>(text);
        else if (type == "write-float") out = write_floats({0.1 + 0.2, 1e-7, 1e5, 1e21, -0.0, 5e-324, std::numeric_limits<double>::max()});
        else if (type == "write-nan") out = write_floats({1, std::nan("")});
        else if (type == "write-inf") out = write_floats({-inf});
        else if (type == "write-bad-utf8") assay::Codec<std::string>::write(out, "a\xff");
        else return "unknown type " + type;
        return "ok " + out;
    } catch (const assay::Error& e) {
        return "error " + (e.path.empty() ? "" : "at " + e.path + ": ") + e.message;
    }
}
