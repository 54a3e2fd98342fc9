package dev.mirage.service.http;

import dev.mirage.personality.Personality;

/**
 * What the personality changes in the HTTP service, decided in this one place. For now only
 * "open" differs: the weak credentials of the profile open services.http.auth-path, showing its
 * decoy page, so that an attacker who "got in" keeps going and shows us more. Every other
 * personality keeps the path shut (401 whatever is tried), as a hardened server would.
 *
 * @param weakCredentialsWork whether the profile's weak pairs pass Basic auth
 */
record HttpPolicy(boolean weakCredentialsWork) {
    static HttpPolicy of(Personality personality) {
        return new HttpPolicy(personality == Personality.OPEN);
    }
}
