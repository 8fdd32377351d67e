// Runs a fuzz harness without libFuzzer, so that every build (the GCC one of the test suite included) checks
// it: every seed input once, then pseudo-random mutations of them for a fixed time or number of runs. The
// mutations are blind (no coverage feedback), which is why the real fuzzing happens under the fuzz preset;
// this only keeps the harnesses and their invariants exercised on every test run.
//
//   fuzz_NAME [--seconds=S] [--runs=N] [--seed=N] CORPUS_DIR_OR_FILE…
//
// When a run breaks an invariant or crashes, the input is written to NAME.crash in the working directory.

#include "FuzzTarget.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace {

using Input = std::vector<uint8_t>;

constexpr size_t maxInputSize = 64 * 1024;

// Pieces that the harnesses' formats give meaning to, spliced in whole: blind byte flips rarely make them.
constexpr std::array<std::string_view, 34> tokens{"\"",
                                                  "{",
                                                  "}",
                                                  "[",
                                                  "]",
                                                  ",",
                                                  ":",
                                                  "null",
                                                  "true",
                                                  "-1",
                                                  "1e999",
                                                  "0.5",
                                                  "9223372036854775808",
                                                  "\"id\":",
                                                  "\\u0000",
                                                  "\\ud800",
                                                  "<",
                                                  ">",
                                                  "</",
                                                  "<script>",
                                                  " onload=x ",
                                                  "javascript:",
                                                  "&#x3c;",
                                                  "<!--",
                                                  "]]>",
                                                  "**",
                                                  "```",
                                                  "\n",
                                                  "@",
                                                  "+49",
                                                  "mailto:",
                                                  "\xef\xbf\xbf",
                                                  "\xed\xa0\x80",
                                                  "\xc0\x80"};

const Input *currentInput = nullptr;
char crashPath[4096] = {};

void writeCurrentInput(int signalNumber)
{
    if (currentInput) {
        const int fd = ::open(crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            const ssize_t written = ::write(fd, currentInput->data(), currentInput->size());
            (void)written;
            ::close(fd);
        }
        static const char note[] = "fuzz driver: the failing input was written beside the test (*.crash)\n";
        const ssize_t noted = ::write(STDERR_FILENO, note, sizeof note - 1);
        (void)noted;
    }
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

Input readFile(const std::filesystem::path &path)
{
    std::ifstream stream(path, std::ios::binary);
    Input bytes{std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
    if (bytes.size() > maxInputSize)
        bytes.resize(maxInputSize);
    return bytes;
}

void collect(const std::filesystem::path &path, std::vector<Input> &inputs)
{
    if (std::filesystem::is_directory(path)) {
        std::vector<std::filesystem::path> files;
        for (const auto &entry : std::filesystem::recursive_directory_iterator(path)) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end()); // the same order, so the same mutations, on every machine
        for (const auto &file : files)
            inputs.push_back(readFile(file));
    } else if (std::filesystem::is_regular_file(path)) {
        inputs.push_back(readFile(path));
    } else {
        std::fprintf(stderr, "fuzz driver: no such corpus: %s\n", path.c_str());
        std::exit(2);
    }
}

class Mutator
{
public:
    Mutator(const std::vector<Input> &pool, uint64_t seed)
        : pool_(pool)
        , random_(seed)
    {}

    Input next()
    {
        Input input = pool_.empty() ? Input{} : pool_[below(pool_.size())];
        const size_t steps = 1 + below(4);
        for (size_t i = 0; i < steps; ++i)
            mutate(input);
        if (input.size() > maxInputSize)
            input.resize(maxInputSize);
        return input;
    }

private:
    size_t below(size_t bound) { return bound == 0 ? 0 : size_t(random_() % bound); }

    void mutate(Input &input)
    {
        const size_t at = below(input.size() + 1);
        switch (below(8)) {
        case 0: // flip a bit
            if (!input.empty())
                input[below(input.size())] ^= uint8_t(1u << below(8));
            break;
        case 1: // any byte
            if (!input.empty())
                input[below(input.size())] = uint8_t(random_());
            break;
        case 2: // insert bytes
            input.insert(input.begin() + at, 1 + below(8), uint8_t(random_()));
            break;
        case 3: // erase a range
            if (!input.empty()) {
                const size_t from = below(input.size());
                input.erase(input.begin() + from, input.begin() + from + 1 + below(input.size() - from));
            }
            break;
        case 4: { // a token
            const std::string_view token = tokens[below(tokens.size())];
            input.insert(input.begin() + at, token.begin(), token.end());
            break;
        }
        case 5: // repeat a range: deep nesting, long runs
            if (!input.empty()) {
                const size_t from = below(input.size());
                const size_t length = 1 + below(std::min<size_t>(16, input.size() - from));
                const Input piece(input.begin() + from, input.begin() + from + length);
                const size_t times = 1 + below(256);
                for (size_t i = 0; i < times && input.size() < maxInputSize; ++i)
                    input.insert(input.begin() + from, piece.begin(), piece.end());
            }
            break;
        case 6: { // splice another seed in
            if (pool_.empty())
                break;
            const Input &other = pool_[below(pool_.size())];
            const size_t from = below(other.size() + 1);
            input.insert(input.begin() + at, other.begin() + from,
                         other.begin() + from + below(other.size() - from + 1));
            break;
        }
        default: // cut off: truncated documents
            input.resize(at);
            break;
        }
    }

    const std::vector<Input> &pool_;
    std::mt19937_64 random_;
};

bool readOption(std::string_view argument, std::string_view name, double &value)
{
    if (argument.substr(0, name.size()) != name)
        return false;
    value = std::stod(std::string(argument.substr(name.size())));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    double seconds = 5;
    double runs = -1;
    double seed = 1;
    std::vector<Input> pool;
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (readOption(argument, "--seconds=", seconds) || readOption(argument, "--runs=", runs) ||
            readOption(argument, "--seed=", seed))
            continue;
        collect(argument, pool);
    }
    std::snprintf(crashPath, sizeof crashPath, "%s.crash", std::filesystem::path(argv[0]).filename().c_str());
    for (const int signalNumber : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(signalNumber, writeCurrentInput);

    LLVMFuzzerInitialize(&argc, &argv);
    for (const Input &input : pool) {
        currentInput = &input;
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }

    Mutator mutator(pool, uint64_t(seed));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    long mutations = 0;
    while ((runs < 0 || mutations < runs) && std::chrono::steady_clock::now() < deadline) {
        const Input input = mutator.next();
        currentInput = &input;
        LLVMFuzzerTestOneInput(input.data(), input.size());
        ++mutations;
    }
    currentInput = nullptr;
    std::printf("fuzz driver: %zu seed inputs and %ld mutations, no invariant broken\n", pool.size(),
                mutations);
    return 0;
}
