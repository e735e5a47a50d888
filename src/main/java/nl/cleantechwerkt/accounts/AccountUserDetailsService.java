package nl.cleantechwerkt.accounts;

import java.util.List;
import nl.cleantechwerkt.accounts.domain.UserAccount;
import nl.cleantechwerkt.accounts.domain.UserAccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for Spring Security by e-mail address and applies the login throttle: a locked
 * address is refused before its password is checked, whether or not the account exists.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final LoginThrottle throttle;

    AccountUserDetailsService(UserAccountRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        if (throttle.isLocked(email)) {
            throw new LockedException("Too many failed logins");
        }
        UserAccount user = users.findByEmail(Accounts.normalise(email))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.getEmail())
                .password(user.getPasswordHash())
                .authorities(List.of(new SimpleGrantedAuthority(user.getRole().authority())))
                .disabled(!user.isEnabled())
                .build();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        throttle.failed(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }
}
