// The project database schema as a list of forward migrations: migration N takes a database at
// user_version N-1 to N. Never edit a released migration; append a new one.
#ifndef REMINT_STORE_SCHEMA_H_
#define REMINT_STORE_SCHEMA_H_

#include <span>
#include <string_view>

namespace remint::store {

auto SchemaMigrations() -> std::span<const std::string_view>;

}  // namespace remint::store

#endif  // REMINT_STORE_SCHEMA_H_
