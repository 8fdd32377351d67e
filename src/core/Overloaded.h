#pragma once

namespace kontor {

// A visitor made of lambdas, one per alternative: std::visit(Overloaded{[](const A &) {}, …}, variant).
template<class... Handlers>
struct Overloaded : Handlers...
{
    using Handlers::operator()...;
};

} // namespace kontor
