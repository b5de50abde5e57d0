#pragma once
// Whether this is the first time RDP Doctor's wizard opens for this user: the start page then welcomes a new user
// with the training lab (see a real fault found within a minute) before they try their own server.
// Remembered in the user's settings (QSettings, organisation and application "rdp-doctor").

namespace rdpd {

// True exactly once per user profile: the first call records that the welcome was shown.
bool consumeFirstRun();

}  // namespace rdpd
