#include "runtime/files/file_status.h"

namespace cobrt {

auto FileStatusMessage(FileStatus status) -> std::string_view {
  // The messages of libcob 3.1.2 for each status class; the ones marked "seen" were produced by
  // cobc programs on this machine, the others are libcob's wording for that status.
  switch ((status.first - '0') * 10 + (status.second - '0')) {
    case 10:  // seen
      return "end of file";
    case 14:
      return "key out of range";
    case 21:
      return "key order not ascending";
    case 22:
      return "record key already exists";
    case 23:
      return "record key does not exist";
    case 30:
      return "permanent file error";
    case 31:
      return "inconsistent file name";
    case 35:  // seen
      return "file does not exist";
    case 37:
      return "permission denied";
    case 41:  // seen
      return "file already open";
    case 42:  // seen
      return "file not open";
    case 43:
      return "READ must be executed first";
    case 44:
      return "record overflow";
    case 46:
      return "failed to read";
    case 47:  // seen
      return "READ/START not allowed, file not open for input";
    case 48:  // seen
      return "WRITE not allowed, file not open for output";
    case 49:
      return "DELETE/REWRITE not allowed, file not open for I-O";
    case 51:
      return "record locked by another file connector";
    case 57:
      return "LINAGE values invalid";
    case 61:
      return "file sharing conflict";
    case 91:
      return "runtime library is not configured for this operation";
    default:
      return "unknown file error";
  }
}

}  // namespace cobrt
