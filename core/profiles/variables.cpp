#include "core/profiles/variables.h"

namespace WsBench::Profiles {

namespace {

std::unique_ptr<Traffic::Clock> clockUnlessGiven(const Traffic::Clock *given)
{
    if (given)
        return nullptr;
    return std::make_unique<Traffic::SystemClock>();
}

} // namespace

Variables::Variables(QMap<QString, QString> workspace, QMap<QString, QString> environment,
                     const Traffic::Clock *clock, Protocol::RandomSource random)
    : m_ownClock(clockUnlessGiven(clock))
    , m_engine(clock ? clock : m_ownClock.get(),
               random ? std::move(random) : Net::seededTemplateRandom(),
               [workspace = std::move(workspace), environment = std::move(environment)](
                   const QString &name) -> std::optional<QString> {
                   if (const auto it = environment.constFind(name); it != environment.cend())
                       return *it;
                   if (const auto it = workspace.constFind(name); it != workspace.cend())
                       return *it;
                   return std::nullopt;
               })
{ }

} // namespace WsBench::Profiles
