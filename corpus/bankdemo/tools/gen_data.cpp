// gen_data.cpp - deterministic data generator for the bankdemo estate.
//
// Writes the input datasets of the nightly batch in two forms:
//   <out>/BANK.PROD.DATA/<NAME>  EBCDIC (IBM-037) as they come off the
//                                mainframe: fixed-length records without
//                                newlines, COMP-3 fields, signed zoned
//                                fields with a C/D zone overpunch, and one
//                                variable-length file with RDWs.
//   <out>/data-ascii/<NAME>      the ASCII forms that the GnuCOBOL build
//                                reads (cobc record-sequential files).
//
// Usage: gen_data [--records N] [--out DIR] [--seed S]
//   N = number of transaction detail records (default 1200); customers are
//   N/4 and accounts about N/2.  The defaults reproduce the committed
//   datasets byte for byte; --records 1000000 makes a benchmark estate.
//
// Conversion rules between the two forms (see README.md, "Datasets"):
//   text / unsigned zoned bytes   iconv ASCII -> IBM037 (glibc iconv)
//   packed decimal, binary        identical bytes
//   signed zoned, last byte       ASCII (cobc): '0'-'9' positive,
//                                 0x70+digit negative;
//                                 EBCDIC: 0xC0+digit positive,
//                                 0xD0+digit negative
//   RDW                           EBCDIC: 2-byte big-endian length that
//                                 includes the 4-byte RDW, then 2 zero
//                                 bytes; ASCII (cobc COB_VARSEQ_FORMAT 0):
//                                 same layout but the length excludes the
//                                 RDW.
//
// Everything is derived from a splitmix64 stream; no library random
// distributions (their output is implementation-defined) and no clock.

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------- random
struct Rng {
    uint64_t s;
    explicit Rng(uint64_t seed) : s(seed) {}
    uint64_t next() {
        uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // uniform-ish integer in [lo, hi]
    int64_t range(int64_t lo, int64_t hi) {
        return lo + static_cast<int64_t>(next() % static_cast<uint64_t>(hi - lo + 1));
    }
    bool pct(int p) { return range(0, 99) < p; }
    template <class T>
    const T& pick(const std::vector<T>& v) {
        return v[static_cast<size_t>(range(0, static_cast<int64_t>(v.size()) - 1))];
    }
};

// ---------------------------------------------------------------- dates
int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
int64_t ymd_to_days(int ymd) { return days_from_civil(ymd / 10000, ymd / 100 % 100, ymd % 100); }
int days_to_ymd(int64_t z) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp + (mp < 10 ? 3 : -9);
    y += (m <= 2);
    return static_cast<int>(y * 10000 + m * 100 + d);
}
int random_date(Rng& r, int from_ymd, int to_ymd) {
    return days_to_ymd(r.range(ymd_to_days(from_ymd), ymd_to_days(to_ymd)));
}

constexpr int kBusDate = 20240229;  // Thursday, leap day, month end
constexpr int kPrevDate = 20240228;

// ---------------------------------------------------------------- records
// A record is kept as its ASCII (cobc) bytes plus one class byte per byte:
//   'T' text or unsigned zoned digit -> iconv
//   'B' packed / binary              -> copied
//   'P' / 'N' last byte of a positive / negative signed zoned field
class Rec {
  public:
    std::string a;  // ASCII form
    std::string k;  // byte classes

    Rec& text(const std::string& s, size_t len) {
        std::string v = s.substr(0, std::min(len, s.size()));
        v.resize(len, ' ');
        a += v;
        k.append(len, 'T');
        return *this;
    }
    Rec& num(int64_t v, size_t len) {  // unsigned zoned, PIC 9(len)
        if (v < 0) throw std::runtime_error("negative value for unsigned field");
        std::string s = std::to_string(v);
        if (s.size() > len) throw std::runtime_error("value too long: " + s);
        a += std::string(len - s.size(), '0') + s;
        k.append(len, 'T');
        return *this;
    }
    Rec& zoned(int64_t v, size_t len) {  // signed zoned, PIC S9(len) DISPLAY
        int64_t m = v < 0 ? -v : v;
        std::string s = std::to_string(m);
        if (s.size() > len) throw std::runtime_error("zoned overflow: " + s);
        s = std::string(len - s.size(), '0') + s;
        char last = s.back();
        if (v < 0) s.back() = static_cast<char>(0x70 + (last - '0'));
        a += s;
        k.append(len - 1, 'T');
        k += (v < 0 ? 'N' : 'P');
        return *this;
    }
    Rec& packed(int64_t v, int digits) {  // PIC S9(digits) COMP-3, digits odd
        const int nbytes = digits / 2 + 1;
        int64_t m = v < 0 ? -v : v;
        std::string nib(static_cast<size_t>(nbytes) * 2, '0');
        nib.back() = v < 0 ? 'D' : 'C';
        for (int i = nbytes * 2 - 2; i >= 0; --i) {
            nib[static_cast<size_t>(i)] = static_cast<char>('0' + m % 10);
            m /= 10;
        }
        if (m != 0) throw std::runtime_error("packed overflow");
        for (int i = 0; i < nbytes; ++i) {
            auto hex = [](char c) { return c >= 'A' ? c - 'A' + 10 : c - '0'; };
            a += static_cast<char>(hex(nib[static_cast<size_t>(2 * i)]) * 16 +
                                   hex(nib[static_cast<size_t>(2 * i + 1)]));
        }
        k.append(static_cast<size_t>(nbytes), 'B');
        return *this;
    }
    Rec& bin16(int v) {  // PIC S9(4) COMP, big-endian (cobc -std=ibm)
        a += static_cast<char>((v >> 8) & 0xFF);
        a += static_cast<char>(v & 0xFF);
        k.append(2, 'B');
        return *this;
    }
    void expect(size_t len) const {
        if (a.size() != len) {
            throw std::runtime_error("record length " + std::to_string(a.size()) + " != " +
                                     std::to_string(len));
        }
    }
};

class Ebcdic {
  public:
    Ebcdic() {
        cd_ = iconv_open("IBM037", "ASCII");
        if (cd_ == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv_open IBM037 failed");
    }
    ~Ebcdic() { iconv_close(cd_); }
    Ebcdic(const Ebcdic&) = delete;
    Ebcdic& operator=(const Ebcdic&) = delete;

    std::string convert(const Rec& r) {
        std::string in = r.a;
        for (size_t i = 0; i < in.size(); ++i) {
            if (r.k[i] == 'B') in[i] = ' ';
            if (r.k[i] == 'N') in[i] = static_cast<char>('0' + (static_cast<unsigned char>(in[i]) - 0x70));
        }
        std::string out(in.size(), '\0');
        char* ip = in.data();
        char* op = out.data();
        size_t il = in.size();
        size_t ol = out.size();
        iconv(cd_, nullptr, nullptr, nullptr, nullptr);
        if (iconv(cd_, &ip, &il, &op, &ol) == static_cast<size_t>(-1) || il != 0 || ol != 0) {
            throw std::runtime_error(std::string("iconv failed: ") + std::strerror(errno));
        }
        for (size_t i = 0; i < out.size(); ++i) {
            const auto digit = static_cast<unsigned char>(out[i]) & 0x0F;
            if (r.k[i] == 'B') out[i] = r.a[i];
            if (r.k[i] == 'P') out[i] = static_cast<char>(0xC0 | digit);
            if (r.k[i] == 'N') out[i] = static_cast<char>(0xD0 | digit);
        }
        return out;
    }

  private:
    iconv_t cd_;
};

class DataSet {
  public:
    DataSet(const fs::path& out, const std::string& name, bool variable, Ebcdic& conv)
        : variable_(variable), conv_(conv) {
        fs::create_directories(out / "BANK.PROD.DATA");
        fs::create_directories(out / "data-ascii");
        eb_.open(out / "BANK.PROD.DATA" / name, std::ios::binary | std::ios::trunc);
        as_.open(out / "data-ascii" / name, std::ios::binary | std::ios::trunc);
        if (!eb_ || !as_) throw std::runtime_error("cannot create dataset " + name);
    }
    void write(const Rec& r) {
        const std::string e = conv_.convert(r);
        if (variable_) {
            rdw(as_, r.a.size());
            rdw(eb_, r.a.size() + 4);
        }
        as_.write(r.a.data(), static_cast<std::streamsize>(r.a.size()));
        eb_.write(e.data(), static_cast<std::streamsize>(e.size()));
        ++count_;
    }
    size_t count() const { return count_; }

  private:
    static void rdw(std::ofstream& f, size_t len) {
        const char b[4] = {static_cast<char>((len >> 8) & 0xFF), static_cast<char>(len & 0xFF), 0, 0};
        f.write(b, 4);
    }
    bool variable_;
    Ebcdic& conv_;
    std::ofstream eb_;
    std::ofstream as_;
    size_t count_ = 0;
};

// ---------------------------------------------------------------- vocab
const std::vector<std::string> kLast = {
    "ANDERSON", "BAKER",    "CARTER",   "DAVIS",    "EDWARDS",  "FISHER",   "GARCIA",
    "HARRIS",   "IRWIN",    "JACKSON",  "KELLER",   "LOPEZ",    "MARTIN",   "NELSON",
    "OLSEN",    "PARKER",   "QUINN",    "ROBINSON", "SANCHEZ",  "THOMPSON", "UNDERWOOD",
    "VAUGHN",   "WALKER",   "YOUNG",    "ZIMMERMAN", "O'BRIEN", "MCDONALD", "SMITH-JONES",
    "BROOKS",   "COLEMAN",  "DIXON",    "ELLIS",    "FOSTER",   "GRANT",    "HAYES",
    "JENKINS",  "KIM",      "LARSON",   "MEYER",    "NGUYEN",   "ORTIZ",    "PRICE",
    "REED",     "STEWART",  "TUCKER",   "WEBB",     "WRIGHT",   "MORGAN"};
const std::vector<std::string> kFirst = {
    "JAMES",  "MARY",    "ROBERT", "PATRICIA", "JOHN",   "JENNIFER", "MICHAEL", "LINDA",
    "DAVID",  "ELIZABETH", "WILLIAM", "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA",
    "THOMAS", "SARAH",   "CHARLES", "KAREN",   "DANIEL", "NANCY",    "MATTHEW", "LISA",
    "ANTHONY", "BETTY",  "MARK",   "MARGARET", "DONALD", "SANDRA",  "STEVEN",  "ASHLEY",
    "PAUL",   "DOROTHY", "ANDREW", "KIMBERLY", "JOSHUA", "EMILY",   "KENNETH", "DONNA"};
const std::vector<std::string> kBusinessWord = {
    "HARDWARE", "BAKERY", "PLUMBING", "AUTO REPAIR", "DENTAL", "FLORIST", "LANDSCAPING",
    "PRINTING", "CATERING", "ELECTRIC", "BOOKSTORE", "PHARMACY", "TRUCKING", "ROOFING"};
const std::vector<std::string> kBusinessSuffix = {"LLC", "INC", "CO", "& SONS", "CORP"};
const std::vector<std::string> kStreet = {
    "MAIN",   "OAK",     "MAPLE",  "CEDAR",  "ELM",     "PINE",    "WASHINGTON", "LAKE",
    "HILL",   "PARK",    "SPRING", "RIVER",  "CHURCH",  "MILL",    "LINCOLN",    "JACKSON",
    "MADISON", "FRANKLIN", "WALNUT", "CHESTNUT", "HIGHLAND", "SUNSET", "MEADOW", "FOREST"};
const std::vector<std::string> kSuffix = {"ST", "AVE", "RD", "DR", "LN", "BLVD", "CT", "WAY"};
struct City {
    std::string name, state;
    int zip;
};
const std::vector<City> kCity = {
    {"SPRINGFIELD", "IL", 62704}, {"PEORIA", "IL", 61602},      {"DECATUR", "IL", 62521},
    {"BLOOMINGTON", "IL", 61701}, {"CHAMPAIGN", "IL", 61820},   {"ST LOUIS", "MO", 63101},
    {"COLUMBIA", "MO", 65201},    {"INDIANAPOLIS", "IN", 46204}, {"DAVENPORT", "IA", 52801},
    {"MADISON", "WI", 53703},     {"ROCKFORD", "IL", 61101},    {"QUINCY", "IL", 62301}};
const std::vector<std::string> kMerchant = {
    "GROCERY MART",  "FUEL STOP",   "COFFEE HOUSE", "PHARMACY PLUS", "HOME CENTER",
    "BOOK NOOK",     "PIZZA PALACE", "CINEMA 8",    "PET SUPPLY",    "DEPT STORE"};
const std::vector<std::string> kAchCredit = {"PAYROLL DEPOSIT", "SOC SEC BENEFIT", "TAX REFUND",
                                             "PENSION PAYMENT"};
const std::vector<std::string> kAchDebit = {"ELECTRIC UTILITY", "MORTGAGE PAYMENT", "AUTO LOAN PMT",
                                            "INSURANCE PREM",  "PHONE SERVICE",    "CABLE TV"};

std::string pad0(int64_t v, int w) {
    std::string s = std::to_string(v);
    if (static_cast<int>(s.size()) < w) s = std::string(static_cast<size_t>(w) - s.size(), '0') + s;
    return s;
}

// ---------------------------------------------------------------- model
struct Customer {
    int64_t id = 0;
    std::string name, addr1, addr2, phone, taxid;
    int birth = 0, since = 0;
    char type = 'I', status = 'A';
    int branch = 101, risk = 0;
    int64_t income = 0;  // cents
    std::string segment = "RT";
    char optin = 'N';
    char stmt_pref = 'P';
    std::string lang = "EN";
    int error = -1;  // injected error type, -1 none
};

struct Account {
    int64_t number = 0;
    size_t owner = 0;  // index into customers
    int64_t joint = -1;  // index of joint owner or -1
    int branch = 101;
    char type = 'C', status = 'A';
    int open = 0, last_act = 0, last_stmt = 0;
    int64_t balance = 0, avail = 0, min_mtd = 0;  // cents
    int64_t accrued = 0;                           // 1/10000
    int64_t ytd_int = 0, od_limit = 0, hold = 0;   // cents
    int od_mtd = 0, nsf_mtd = 0, od_today = 0, nsf_today = 0, tran_mtd = 0;
    int64_t fees_mtd = 0;
    int cycle = 1;
    char waiver = ' ', w9 = 'Y';
    int64_t rate_override = 0;  // 1/1000000
    int64_t wh_ytd = 0;
};

struct Tran {
    int64_t acct = 0;
    std::string code;
    int64_t amount = 0;  // cents, signed
    int date = kBusDate, time = 120000;
    std::string channel, reference;
    int64_t target = 0;
    std::string desc;
    std::string raw_amount;  // non-empty: bad amount text for edit tests
};

struct Batch {
    std::string source;
    int date = kBusDate;
    std::vector<Tran> details;
    int trailer_count_delta = 0;
    int64_t trailer_hash_delta = 0;
};

class Generator {
  public:
    Generator(int64_t records, uint64_t seed) : n_(records), r_(seed) {}

    void build() {
        make_customers();
        make_accounts();
        make_scenarios();
        number_accounts();
        make_transactions();
    }
    void write(const fs::path& out);

  private:
    int64_t n_;
    Rng r_;
    std::vector<Customer> cust_;
    std::vector<size_t> dup_after_;  // write a duplicate after these customers
    std::vector<Account> acct_;
    std::vector<Batch> batches_;
    std::vector<Tran> stray_;  // detail records outside any batch
    std::map<std::string, size_t> scen_;  // scenario name -> account index
    std::vector<int64_t> unknown_;        // account numbers not on the master
    int64_t tran_seq_ = 0;

    std::string person_name(Customer& c) {
        std::string n = r_.pick(kLast) + ", " + r_.pick(kFirst);
        if (r_.pct(70)) n += " " + std::string(1, static_cast<char>('A' + r_.range(0, 25)));
        (void)c;
        return n;
    }
    void make_customers();
    void make_accounts();
    size_t add_account(size_t owner, char type);
    void make_scenarios();
    void number_accounts();
    void make_transactions();
    Tran random_tran(const std::string& channel);
    int64_t random_account(bool allow_closed);
    int tran_time() {
        return static_cast<int>(r_.range(0, 23) * 10000 + r_.range(0, 59) * 100 + r_.range(0, 59));
    }
};

void Generator::make_customers() {
    const int64_t ncust = std::max<int64_t>(n_ / 4, 80);
    cust_.reserve(static_cast<size_t>(ncust));
    for (int64_t i = 0; i < ncust; ++i) {
        Customer c;
        c.id = 1000000000 + (i + 1) * 1013;
        c.type = r_.pct(86) ? 'I' : 'B';
        const int st = static_cast<int>(r_.range(0, 99));
        c.status = st < 94 ? 'A' : (st < 97 ? 'C' : 'D');
        if (c.type == 'I') {
            c.name = person_name(c);
            c.birth = random_date(r_, 19400101, 20000101);
            c.segment = r_.pct(10) ? "PB" : "RT";
            if (r_.pct(8)) {
                c.segment = "ST";
                c.birth = random_date(r_, 20000301, 20050901);
            }
            c.taxid = pad0(r_.range(1, 665), 3) + "-" + pad0(r_.range(1, 99), 2) + "-" +
                      pad0(r_.range(1, 9999), 4);
        } else {
            c.name = r_.pick(kLast) + " " + r_.pick(kBusinessWord) + " " + r_.pick(kBusinessSuffix);
            c.birth = random_date(r_, 19600101, 20180101);
            c.segment = "SB";
            c.taxid = pad0(r_.range(10, 99), 2) + "-" + pad0(r_.range(1, 9999999), 7);
        }
        const City& city = r_.pick(kCity);
        c.addr1 = std::to_string(r_.range(1, 9899)) + " " + r_.pick(kStreet) + " " + r_.pick(kSuffix);
        if (r_.pct(10)) c.addr1 += " APT " + std::to_string(r_.range(1, 40));
        std::string zip = pad0(city.zip + r_.range(0, 9), 5);
        if (r_.pct(30)) zip += "-" + pad0(r_.range(1, 9999), 4);
        c.addr2 = city.name + ", " + city.state + " " + zip;
        c.phone = "(" + pad0(r_.range(201, 989), 3) + ") 555-" + pad0(r_.range(100, 9999), 4);
        int since_from = std::max(c.birth + 180000, 19850101);
        c.since = random_date(r_, std::min(since_from, 20231231), 20231231);
        c.branch = static_cast<int>(r_.range(101, 108));
        c.risk = static_cast<int>(r_.range(1, 999));
        c.income = r_.range(1500000, 25000000);
        c.optin = r_.pct(55) ? 'Y' : 'N';
        const int pref = static_cast<int>(r_.range(0, 9));
        c.stmt_pref = pref < 5 ? 'P' : (pref < 9 ? 'E' : 'B');
        c.lang = r_.pct(12) ? "ES" : "EN";

        // error injection for the customer validation step
        if (i % 21 == 5) {
            c.error = static_cast<int>((i / 21) % 14);
            c.type = 'I';
            c.status = 'A';
            c.name = person_name(c);
            c.birth = random_date(r_, 19500101, 19990101);
            c.since = random_date(r_, 20050101, 20231231);
            c.taxid = pad0(r_.range(1, 665), 3) + "-" + pad0(r_.range(1, 99), 2) + "-" +
                      pad0(r_.range(1, 9999), 4);
            c.segment = "RT";
            switch (c.error) {
                case 0: {  // no comma
                    std::string n = c.name;
                    n.erase(std::remove(n.begin(), n.end(), ','), n.end());
                    c.name = n;
                    break;
                }
                case 1: c.name = r_.pick(kLast) + "2, " + r_.pick(kFirst); break;
                case 2:
                    for (auto& ch : c.name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                    for (auto& ch : c.addr1) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                    break;
                case 3: c.birth = 19870230; break;
                case 4: c.birth = 20100514; c.since = 20200601; break;
                case 5: c.birth = 20250101; break;
                case 6: c.addr2 = "SPRINGFIELD, XX 62704"; break;
                case 7: c.addr2 = "PEORIA, IL 6160A"; break;
                case 8: c.taxid = "000-" + pad0(r_.range(1, 99), 2) + "-" + pad0(r_.range(1, 9999), 4); break;
                case 9: c.phone = "(217) 555-012"; break;
                case 10: c.since = c.birth - 10000; break;
                case 11: dup_after_.push_back(static_cast<size_t>(i)); break;
                case 12: c.birth = 19050101; break;
                case 13: c.segment = "ST"; c.birth = random_date(r_, 19850101, 19891231); break;
                default: break;
            }
        }
        cust_.push_back(c);
    }
}

size_t Generator::add_account(size_t owner, char type) {
    const Customer& c = cust_[owner];
    Account a;
    a.owner = owner;
    a.type = type;
    a.branch = c.branch;
    a.status = c.status == 'C' ? 'C' : (c.status == 'D' ? 'F' : 'A');
    a.open = random_date(r_, std::max(c.since, 19900101), 20240215);
    a.last_act = random_date(r_, std::max(a.open, 20240101), kPrevDate);
    a.last_stmt = 20240131;
    int64_t lo = 5000, hi = 800000;
    switch (type) {
        case 'C': lo = 5000; hi = 800000; a.od_limit = r_.pct(40) ? (r_.pct(50) ? 50000 : 100000) : 0; break;
        case 'S': lo = 10000; hi = 6000000; break;
        case 'M': lo = 100000; hi = 30000000; break;
        case 'P': lo = 500000; hi = 15000000; a.od_limit = 250000; break;
        case 'B': lo = 200000; hi = 9000000; a.od_limit = 500000; break;
        default: break;
    }
    a.balance = r_.range(lo, hi);
    if (a.status == 'C') a.balance = 0;
    a.min_mtd = a.balance - r_.range(0, a.balance / 2);
    if (a.type == 'C' && r_.pct(15)) a.min_mtd = r_.range(0, 150000);
    if (r_.pct(5) && a.status == 'A') a.hold = r_.range(10000, 200000);
    a.avail = a.balance - a.hold;
    if (type == 'S' || type == 'M' || type == 'P') {
        a.accrued = r_.range(0, a.balance * 28 / 3000);  // roughly a month of accrual
        a.ytd_int = r_.range(0, a.balance / 300);
    }
    a.od_mtd = static_cast<int>(r_.range(0, 2));
    a.nsf_mtd = static_cast<int>(r_.range(0, 1));
    a.od_today = static_cast<int>(r_.range(0, 1));
    a.nsf_today = static_cast<int>(r_.range(0, 1));
    a.tran_mtd = static_cast<int>(type == 'B' ? r_.range(80, 260) : r_.range(0, 60));
    a.fees_mtd = r_.pct(30) ? r_.range(100, 4000) : 0;
    const int cyc = static_cast<int>(r_.range(0, 30));
    a.cycle = cyc + 1;
    if (c.segment == "ST" && r_.pct(60)) a.waiver = 'T';
    if (c.type == 'I' && c.birth < 19590301 && r_.pct(60)) a.waiver = 'S';
    if (r_.pct(3)) a.waiver = 'E';
    a.w9 = r_.pct(5) ? 'N' : 'Y';
    if ((type == 'S' || type == 'M') && r_.pct(4)) a.rate_override = 35000;
    if (a.w9 == 'N') a.wh_ytd = a.ytd_int * 24 / 100;
    if (a.status == 'A' && r_.pct(4)) {  // long inactive
        a.last_act = random_date(r_, std::min(a.open, 20221231), 20221231);
        if (a.last_act < a.open) a.last_act = a.open;
        if (r_.pct(50)) a.status = 'D';
    }
    acct_.push_back(a);
    return acct_.size() - 1;
}

void Generator::make_accounts() {
    for (size_t i = 0; i < cust_.size(); ++i) {
        const Customer& c = cust_[i];
        if (i % 41 == 7 && c.error < 0) continue;  // customer without accounts
        if (c.type == 'B') {
            add_account(i, 'B');
            if (r_.pct(40)) add_account(i, 'S');
            if (r_.pct(20)) add_account(i, 'B');
            continue;
        }
        const int n = static_cast<int>(r_.range(1, 3));
        for (int k = 0; k < n; ++k) {
            const int t = static_cast<int>(r_.range(0, 99));
            char type = t < 46 ? 'C' : (t < 76 ? 'S' : (t < 86 ? 'M' : 'P'));
            if (k == 0 && t >= 76) type = 'C';
            add_account(i, type);
        }
    }
    // joint owners: every 9th individual account gets the next customer
    for (size_t i = 0; i < acct_.size(); ++i) {
        if (i % 9 == 4 && acct_[i].type != 'B') {
            size_t j = acct_[i].owner + 1;
            if (j < cust_.size() && cust_[j].type == 'I') acct_[i].joint = static_cast<int64_t>(j);
        }
    }
}

// Hand-made edge cases that every business rule of the nightly run meets at
// least once.  Each is attached to a clean, active, individual customer.
void Generator::make_scenarios() {
    std::vector<size_t> clean;
    for (size_t i = 0; i < cust_.size(); ++i) {
        const Customer& c = cust_[i];
        if (c.error < 0 && c.status == 'A' && c.type == 'I' && c.segment == "RT" &&
            c.birth > 19600101 && i % 41 != 7) {
            clean.push_back(i);
        }
    }
    size_t next = 0;
    auto owner = [&]() { return clean[(next++ * 7) % clean.size()]; };
    auto scen = [&](const std::string& name, char type, int64_t balance, auto&& tweak) {
        const size_t idx = add_account(owner(), type);
        Account& a = acct_[idx];
        a.status = 'A';
        a.balance = balance;
        a.hold = 0;
        a.min_mtd = balance;
        a.waiver = ' ';
        a.w9 = 'Y';
        a.rate_override = 0;
        a.fees_mtd = 0;
        a.tran_mtd = 10;
        a.last_act = 20240220;
        a.open = 20150610;
        a.cycle = 15;
        a.joint = -1;
        tweak(a);
        a.avail = a.balance - a.hold;
        scen_[name] = idx;
    };
    scen("NSF", 'C', 4000, [](Account& a) { a.od_limit = 0; a.cycle = 29; });
    scen("ODCAP", 'C', 10000, [](Account& a) { a.od_limit = 100000; a.cycle = 31; });
    scen("ODSMALL", 'C', 2000, [](Account& a) { a.od_limit = 50000; });
    scen("PREMOD", 'P', 100000, [](Account& a) { a.od_limit = 250000; a.min_mtd = 100000; });
    scen("FROZEN", 'C', 55000, [](Account& a) { a.status = 'F'; });
    scen("CLOSED", 'C', 0, [](Account& a) { a.status = 'C'; a.od_limit = 0; });
    scen("DORMDEP", 'S', 125000, [](Account& a) { a.status = 'D'; a.last_act = 20220310; });
    scen("CNTCAP", 'B', 2500000, [](Account& a) { a.tran_mtd = 998; });
    scen("OVERFLOW", 'B', 9999999900000LL, [](Account& a) { a.od_limit = 0; });
    scen("CTR", 'C', 300000, [](Account& a) { a.cycle = 30; });
    scen("ATMDEP", 'C', 50000, [](Account& a) { (void)a; });
    scen("ATMLIM", 'C', 500000, [](Account& a) { (void)a; });
    scen("ADJ", 'C', 1500000, [](Account& a) { a.min_mtd = 1500000; });
    scen("XFROUT", 'C', 400000, [](Account& a) { a.cycle = 29; });
    scen("XFRIN", 'S', 2000000, [](Account& a) { a.cycle = 29; });
    scen("EMPLOYEE", 'C', 20000, [](Account& a) { a.waiver = 'E'; a.min_mtd = 20000; });
    scen("STUDNEW", 'C', 30000, [](Account& a) { a.waiver = 'T'; a.open = 20210901; });
    scen("STUDOLD", 'C', 30000, [](Account& a) { a.waiver = 'T'; a.open = 20170901; });
    scen("SENIOR", 'C', 40000, [](Account& a) { a.waiver = 'S'; });
    scen("SAVNEW", 'S', 15000, [](Account& a) { a.open = 20240115; a.last_act = 20240115; });
    scen("SAVOLD", 'S', 15000, [](Account& a) { a.open = 20200115; });
    scen("DORMFEE", 'S', 310, [](Account& a) { a.last_act = 20221115; });
    scen("DORMZERO", 'S', 0, [](Account& a) { a.last_act = 20221001; a.status = 'D'; });
    scen("FEECAP", 'C', 30000, [](Account& a) { a.fees_mtd = 14500; a.min_mtd = 30000; });
    scen("BUSCNT", 'B', 800000, [](Account& a) { a.tran_mtd = 250; });
    scen("MMTIER", 'M', 27500000, [](Account& a) { a.accrued = 1503275; a.cycle = 31; });
    scen("SAVTIER", 'S', 5500000, [](Account& a) { a.accrued = 251234; a.cycle = 29; });
    scen("RATEOVR", 'M', 3000000, [](Account& a) { a.rate_override = 42500; a.accrued = 98765; });
    scen("W9MISS", 'S', 7500000, [](Account& a) { a.w9 = 'N'; a.accrued = 287650; a.cycle = 30; });
    scen("BELOWMIN", 'M', 200000, [](Account& a) { a.accrued = 0; });
    scen("BUSYSTMT", 'C', 2500000, [](Account& a) { a.cycle = 29; a.od_limit = 0; a.min_mtd = 2500000; });
    // a statement-cycle account whose owner fails customer validation
    {
        size_t bad = 0;
        for (size_t i = 0; i < cust_.size(); ++i) {
            if (cust_[i].error == 3) { bad = i; break; }
        }
        const size_t idx = add_account(bad, 'C');
        acct_[idx].status = 'A';
        acct_[idx].cycle = 29;
        acct_[idx].joint = -1;
        scen_["HELDSTMT"] = idx;
    }
}

void Generator::number_accounts() {
    // unique random account numbers, handed out in random order so that
    // account sequence and customer sequence differ
    std::set<int64_t> used;
    std::vector<int64_t> nums;
    nums.reserve(acct_.size() + 16);
    while (nums.size() < acct_.size() + 8) {
        const int64_t base = r_.range(100000000, 899999999);
        const int64_t n = 1000000000 + base;
        if (used.insert(n).second) nums.push_back(n);
    }
    std::vector<size_t> order(acct_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (size_t i = order.size(); i > 1; --i) {
        std::swap(order[i - 1], order[static_cast<size_t>(r_.range(0, static_cast<int64_t>(i) - 1))]);
    }
    for (size_t i = 0; i < acct_.size(); ++i) acct_[order[i]].number = nums[i];
    // the spare numbers are accounts that do not exist
    for (size_t i = acct_.size(); i < nums.size(); ++i) unknown_.push_back(nums[i]);
}

int64_t Generator::random_account(bool allow_closed) {
    for (;;) {
        const size_t i = static_cast<size_t>(r_.range(0, static_cast<int64_t>(acct_.size()) - 1));
        bool scenario = false;
        for (const auto& [name, idx] : scen_) {
            if (idx == i) { scenario = true; break; }
        }
        if (scenario) continue;
        if (acct_[i].status == 'C' && !allow_closed) continue;
        return acct_[i].number;
    }
}

Tran Generator::random_tran(const std::string& channel) {
    Tran t;
    t.channel = channel;
    t.acct = random_account(r_.pct(1));
    const int d = static_cast<int>(r_.range(0, 99));
    t.date = d < 85 ? kBusDate : (d < 97 ? kPrevDate : (d < 99 ? 20240227 : 20240226));
    t.time = tran_time();
    const std::string seq = pad0(++tran_seq_, 8);
    if (channel == "TLR") {
        const int k = static_cast<int>(r_.range(0, 99));
        if (k < 60) {
            t.code = "DP"; t.amount = r_.range(2000, 300000); t.desc = "BRANCH DEPOSIT";
        } else if (k < 95) {
            t.code = "WD"; t.amount = r_.range(2000, 80000); t.desc = "BRANCH WITHDRAWAL";
        } else {
            t.code = "AJ"; t.amount = r_.range(-20000, 20000); if (t.amount == 0) t.amount = 100;
            t.desc = "BRANCH ADJUSTMENT";
        }
        t.reference = "TLR" + std::to_string(r_.range(101, 108)) + "-" + seq;
    } else if (channel == "ATM") {
        if (r_.pct(70)) {
            t.code = "WD"; t.amount = r_.range(1, 30) * 2000; t.desc = "ATM CASH WITHDRAWAL";
        } else {
            t.code = "DP"; t.amount = r_.range(2000, 150000); t.desc = "ATM DEPOSIT";
        }
        t.reference = "ATM" + pad0(r_.range(1, 40), 4) + "-" + seq;
    } else if (channel == "ACH") {
        if (r_.pct(45)) {
            t.code = "AC"; t.amount = r_.range(50000, 400000); t.desc = r_.pick(kAchCredit);
        } else {
            t.code = "AD"; t.amount = r_.range(2500, 150000); t.desc = r_.pick(kAchDebit);
        }
        t.reference = "ACH" + pad0(r_.range(0, 99999999), 8) + pad0(tran_seq_ % 100000, 5);
    } else if (channel == "POS") {
        t.code = "PO"; t.amount = r_.range(300, 30000);
        t.desc = r_.pick(kMerchant) + " #" + std::to_string(r_.range(1, 250));
        t.reference = "POS" + seq;
    } else if (channel == "CLR") {
        t.code = "CK"; t.amount = r_.range(1000, 250000);
        t.desc = "CHECK PAID";
        t.reference = "CHK" + pad0(r_.range(100, 999999), 6);
    }
    return t;
}

void Generator::make_transactions() {
    auto acct = [&](const std::string& name) { return acct_[scen_.at(name)].number; };
    std::map<std::string, std::vector<Tran>> ch;
    auto add = [&](const std::string& name, const std::string& channel, const std::string& code,
                   int64_t amount, const std::string& ref, const std::string& desc, int time) {
        Tran t;
        t.acct = name.empty() ? 0 : acct(name);
        t.channel = channel;
        t.code = code;
        t.amount = amount;
        t.reference = ref;
        t.desc = desc;
        t.time = time;
        ch[channel].push_back(t);
        return &ch[channel].back();
    };
    // --- scenario transactions
    add("NSF", "CLR", "CK", 12500, "CHK000311", "CHECK PAID", 20000);
    for (int i = 0; i < 4; ++i) add("ODCAP", "CLR", "CK", 15000, "CHK00050" + std::to_string(i), "CHECK PAID", 10000 + i * 100);
    add("ODSMALL", "POS", "PO", 2350, "POS-ODSMALL", "FUEL STOP #17", 73000);
    add("PREMOD", "CLR", "CK", 150000, "CHK004410", "CHECK PAID", 30000);
    add("FROZEN", "TLR", "DP", 10000, "TLR104-FRZ1", "BRANCH DEPOSIT", 93000);
    add("FROZEN", "ATM", "WD", 6000, "ATM0007-FRZ2", "ATM CASH WITHDRAWAL", 101500);
    add("CLOSED", "TLR", "DP", 1000, "TLR102-CLS1", "BRANCH DEPOSIT", 110000);
    add("DORMDEP", "TLR", "DP", 5000, "TLR103-DRM1", "BRANCH DEPOSIT", 114500);
    for (int i = 0; i < 3; ++i) add("CNTCAP", "POS", "PO", 1200 + i * 300, "POS-CNT" + std::to_string(i), "OFFICE SUPPLY #9", 120000 + i * 100);
    add("OVERFLOW", "TLR", "AJ", 500000, "SUP0001", "SUSPENSE ADJUSTMENT", 133000);
    add("CTR", "TLR", "DP", 1250000, "TLR101-CTR1", "CASH DEPOSIT", 140000);
    add("ATMDEP", "ATM", "DP", 100000, "ATM0012-DEP1", "ATM DEPOSIT", 151500);
    add("ATMLIM", "ATM", "WD", 120000, "ATM0003-LIM1", "ATM CASH WITHDRAWAL", 160000);
    add("ADJ", "TLR", "AJ", -600000, "BR104-CORR", "BRANCH ADJUSTMENT", 161000);
    add("ADJ", "TLR", "AJ", -600000, "SUP0042", "SUPERVISOR ADJUSTMENT", 161500);
    add("ADJ", "TLR", "AJ", 2500, "TLR104-FEEREV", "FEE REFUND", 162000);
    {
        Tran* t = add("XFROUT", "WEB", "TO", 75000, "WEB-XFR-000001", "ONLINE TRANSFER", 170000);
        t->target = acct("XFRIN");
        t = add("XFRIN", "WEB", "TI", 75000, "WEB-XFR-000001", "ONLINE TRANSFER", 170000);
        t->target = acct("XFROUT");
    }
    for (int i = 0; i < 70; ++i) {
        add("BUSYSTMT", "POS", "PO", 500 + i * 37, "POS-BUSY" + pad0(i, 3),
            kMerchant[static_cast<size_t>(i) % kMerchant.size()] + " #" + std::to_string(i + 1),
            80000 + (i / 60) * 10000 + (i % 60) * 100);
    }
    {
        Tran* t = add("", "TLR", "DP", 4000, "TLR105-STALE", "BRANCH DEPOSIT", 90000);
        t->acct = random_account(false); t->date = 20240222;
        t = add("", "TLR", "DP", 4000, "TLR105-FUTURE", "BRANCH DEPOSIT", 90100);
        t->acct = random_account(false); t->date = 20240301;
        t = add("", "TLR", "ZZ", 1500, "TLR105-BADCODE", "UNKNOWN", 90200);
        t->acct = random_account(false);
        t = add("", "TLR", "IN", 1500, "TLR105-SYSCODE", "INTEREST", 90300);
        t->acct = random_account(false);
        t = add("", "TLR", "DP", 2500, "TLR105-NOACCT", "BRANCH DEPOSIT", 90400);
        t->acct = unknown_[0];
        t = add("", "TLR", "DP", 0, "TLR105-ZERO", "BRANCH DEPOSIT", 90500);
        t->acct = random_account(false);
        t = add("", "TLR", "DP", 0, "TLR105-BADAMT", "BRANCH DEPOSIT", 90600);
        t->acct = random_account(false); t->raw_amount = "00001X50000";
        t = add("", "TLR", "WD", 2000, "TLR105-BADDATE", "BRANCH WITHDRAWAL", 90700);
        t->acct = random_account(false); t->date = 20240230;
        t = add("", "ATM", "WD", -2000, "ATM0001-NEG", "ATM CASH WITHDRAWAL", 90800);
        t->acct = random_account(false);
    }
    // --- random transactions
    const std::vector<std::pair<std::string, int>> mix = {
        {"TLR", 15}, {"ATM", 20}, {"ACH", 20}, {"POS", 25}, {"CLR", 12}, {"WEB", 8}};
    int64_t have = 0;
    for (const auto& [c, v] : ch) have += static_cast<int64_t>(v.size());
    int64_t remaining = std::max<int64_t>(n_ - have - 16, 0);  // 16: bad batches, stray
    while (remaining > 0) {
        int w = static_cast<int>(r_.range(0, 99));
        std::string c = "TLR";
        for (const auto& [name, weight] : mix) {
            if (w < weight) { c = name; break; }
            w -= weight;
        }
        if (c == "WEB") {
            if (remaining < 2) continue;
            Tran out = random_tran("TLR");
            int64_t from = random_account(false), to = random_account(false);
            if (from == to) continue;
            out.channel = "WEB";
            out.code = "TO";
            out.acct = from;
            out.target = to;
            out.amount = r_.range(2500, 200000);
            out.reference = "WEB-XFR-" + pad0(++tran_seq_, 6);
            out.desc = "ONLINE TRANSFER";
            Tran in = out;
            in.code = "TI";
            in.acct = to;
            in.target = from;
            ch["WEB"].push_back(out);
            ch["WEB"].push_back(in);
            remaining -= 2;
            continue;
        }
        ch[c].push_back(random_tran(c));
        --remaining;
    }
    // --- batches in arrival order, details shuffled within a channel
    const std::vector<std::pair<std::string, std::string>> sources = {
        {"TELLER", "TLR"}, {"ATMNET", "ATM"}, {"ACHIN", "ACH"},
        {"POSNET", "POS"}, {"CHKCLR", "CLR"}, {"WEBBANK", "WEB"}};
    for (const auto& [source, channel] : sources) {
        std::vector<Tran>& v = ch[channel];
        for (size_t i = v.size(); i > 1; --i) {
            std::swap(v[i - 1], v[static_cast<size_t>(r_.range(0, static_cast<int64_t>(i) - 1))]);
        }
        for (size_t at = 0; at < v.size(); at += 1500) {
            Batch b;
            b.source = source;
            b.details.assign(v.begin() + static_cast<std::ptrdiff_t>(at),
                             v.begin() + static_cast<std::ptrdiff_t>(std::min(v.size(), at + 1500)));
            batches_.push_back(b);
        }
    }
    // a batch whose trailer is out of balance, one with a stale header date
    {
        Batch b;
        b.source = "WEBBANK";
        for (int i = 0; i < 5; ++i) {
            Tran t = random_tran("POS");
            t.channel = "WEB";
            t.code = "AD";
            t.desc = "BILL PAYMENT";
            b.details.push_back(t);
        }
        b.trailer_hash_delta = 10000;
        batches_.push_back(b);
        Batch old;
        old.source = "TELLER";
        old.date = 20240215;
        for (int i = 0; i < 3; ++i) old.details.push_back(random_tran("TLR"));
        batches_.push_back(old);
    }
    stray_.push_back(random_tran("TLR"));
}

void Generator::write(const fs::path& out) {
    Ebcdic conv;
    // ---------------- customer master
    {
        DataSet ds(out, "CUSTMAST", false, conv);
        auto put = [&](const Customer& c) {
            Rec r;
            r.num(c.id, 10).text(c.name, 40).text(c.addr1, 40).text(c.addr2, 40);
            r.text(c.phone, 14).text(c.taxid, 11).num(c.birth, 8).num(c.since, 8);
            r.text(std::string(1, c.type), 1).text(std::string(1, c.status), 1).num(c.branch, 3);
            r.packed(c.risk, 3).packed(c.income, 11).text(c.segment, 2);
            r.text(std::string(1, c.optin), 1).text("", 13);
            r.expect(200);
            ds.write(r);
        };
        for (size_t i = 0; i < cust_.size(); ++i) {
            put(cust_[i]);
            if (std::find(dup_after_.begin(), dup_after_.end(), i) != dup_after_.end()) {
                Customer d = cust_[i];
                d.name = r_.pick(kLast) + ", " + r_.pick(kFirst);
                d.error = -1;
                put(d);
            }
        }
    }
    // ---------------- cross reference (variable length)
    {
        std::vector<std::vector<size_t>> owned(cust_.size());
        std::vector<size_t> by_number(acct_.size());
        for (size_t i = 0; i < acct_.size(); ++i) by_number[i] = i;
        std::sort(by_number.begin(), by_number.end(),
                  [&](size_t a, size_t b) { return acct_[a].number < acct_[b].number; });
        for (size_t i : by_number) {
            owned[acct_[i].owner].push_back(i);
            if (acct_[i].joint >= 0) owned[static_cast<size_t>(acct_[i].joint)].push_back(i);
        }
        DataSet ds(out, "CUSTXREF", true, conv);
        bool bad_length_done = false;
        for (size_t c = 0; c < cust_.size(); ++c) {
            const std::vector<size_t>& v = owned[c];
            if (!v.empty()) {
                const size_t n = std::min<size_t>(v.size(), 12);
                const bool bad = !bad_length_done && c >= 40 && n >= 2 && n < 12;
                if (bad) bad_length_done = true;
                Rec r;
                r.num(cust_[c].id, 10).text(std::string(1, cust_[c].stmt_pref), 1).text(cust_[c].lang, 2);
                r.bin16(static_cast<int>(bad ? n + 1 : n));
                for (size_t k = 0; k < n; ++k) {
                    const Account& a = acct_[v[k]];
                    const bool owner = a.owner == c;
                    r.num(a.number, 10).text(owner ? "O" : "J", 1).text(std::string(1, a.type), 1);
                    r.packed(a.joint >= 0 ? 50 : 100, 3);
                }
                ds.write(r);
            }
            if (c == 60 % cust_.size()) {  // an orphan: no such customer
                Rec r;
                r.num(cust_[c].id + 1, 10).text("P", 1).text("EN", 2).bin16(1);
                r.num(unknown_[1], 10).text("O", 1).text("C", 1).packed(100, 3);
                ds.write(r);
            }
        }
    }
    // ---------------- account master (generation G0001V00)
    {
        std::vector<size_t> order(acct_.size());
        for (size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](size_t a, size_t b) { return acct_[a].number < acct_[b].number; });
        DataSet ds(out, "ACCTMAST", false, conv);
        for (size_t i : order) {
            const Account& a = acct_[i];
            Rec r;
            r.num(a.number, 10).num(cust_[a.owner].id, 10).num(a.branch, 3);
            r.text(std::string(1, a.type), 1).text(std::string(1, a.status), 1);
            r.num(a.open, 8).num(a.last_act, 8).num(a.last_stmt, 8);
            r.packed(a.balance, 13).packed(a.avail, 13).packed(a.min_mtd, 13);
            r.packed(a.accrued, 11).packed(a.ytd_int, 11).packed(a.od_limit, 9).packed(a.hold, 11);
            r.packed(a.od_mtd, 3).packed(a.nsf_mtd, 3).packed(a.od_today, 3).packed(a.nsf_today, 3);
            r.packed(a.tran_mtd, 3).packed(a.fees_mtd, 9).num(a.cycle, 2);
            r.text(std::string(1, a.waiver), 1).text(std::string(1, a.w9), 1);
            r.packed(a.rate_override, 7).packed(a.wh_ytd, 9).text("", 29);
            r.expect(150);
            ds.write(r);
        }
    }
    // ---------------- daily transactions
    {
        DataSet ds(out, "TRANDAY", false, conv);
        auto detail = [&](const Tran& t) {
            Rec r;
            r.text("D", 1).num(t.acct, 10).text(t.code, 2);
            if (!t.raw_amount.empty()) {
                r.text(t.raw_amount, 11);
            } else {
                r.zoned(t.amount, 11);
            }
            r.num(t.date, 8).num(t.time, 6).text(t.channel, 3).text(t.reference, 16);
            r.num(t.target, 10).text(t.desc, 25).text("", 8);
            r.expect(100);
            ds.write(r);
        };
        int batch_no = 0;
        for (const Batch& b : batches_) {
            ++batch_no;
            Rec h;
            h.text("H", 1).text(b.source, 8).num(b.date, 8).num(240000 + batch_no, 6).text("", 77);
            h.expect(100);
            ds.write(h);
            int64_t hash = 0, hash_acct = 0;
            for (const Tran& t : b.details) {
                detail(t);
                if (t.raw_amount.empty()) hash += t.amount;
                hash_acct = (hash_acct + t.acct) % 1000000000000000LL;
            }
            Rec tr;
            tr.text("T", 1).num(static_cast<int64_t>(b.details.size()) + b.trailer_count_delta, 9);
            tr.zoned(hash + b.trailer_hash_delta, 15).num(hash_acct, 15).text("", 60);
            tr.expect(100);
            ds.write(tr);
            if (batch_no == 2) {
                for (const Tran& t : stray_) detail(t);
            }
        }
    }
}

void usage() {
    std::cerr << "usage: gen_data [--records N] [--out DIR] [--seed S]\n"
                 "  N: transaction detail records (default 1200; customers N/4,\n"
                 "     accounts about N/2).  Writes DIR/BANK.PROD.DATA (EBCDIC)\n"
                 "     and DIR/data-ascii (ASCII, as read by cobc).\n";
}

}  // namespace

int main(int argc, char** argv) {
    int64_t records = 1200;
    uint64_t seed = 19870402;
    fs::path out = ".";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                usage();
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--records") {
            records = std::stoll(value());
        } else if (a == "--out") {
            out = value();
        } else if (a == "--seed") {
            seed = std::stoull(value());
        } else {
            usage();
            return a == "--help" || a == "-h" ? 0 : 2;
        }
    }
    if (records < 200) {
        std::cerr << "gen_data: --records must be at least 200\n";
        return 2;
    }
    try {
        Generator g(records, seed);
        g.build();
        g.write(out);
    } catch (const std::exception& e) {
        std::cerr << "gen_data: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
