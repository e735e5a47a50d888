package nl.cleantechwerkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.notifications.EmailDelivery;
import nl.cleantechwerkt.notifications.Notifications;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner with an unread notification sees the count in the header, reads the list, marks it
 * read and switches e-mail off; both pages pass the accessibility check.
 */
class NotificationsBrowserIT extends BrowserTestBase {

    private static final String EMAIL = "meldingen-browser@notificaties.test";
    private static final String PASSWORD = "meldingen in de browser";

    @Autowired
    Accounts accounts;
    @Autowired
    Notifications notifications;

    @Test
    void aLearnerReadsNotificationsAndSwitchesEmailOff() {
        accounts.register(EMAIL, PASSWORD, "Sem Bakker", Role.LEARNER);
        long userId = accounts.find(EMAIL).orElseThrow().id();
        notifications.notify(userId, "invitation", "admin.providers.created", List.of("Windpark Lochem"), "/over",
                EmailDelivery.NONE);

        browser.get(url("/inloggen"));
        browser.findElement(By.id("email")).sendKeys(EMAIL);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/account"));

        By badge = By.cssSelector("header.site-header a[href='/meldingen'] .badge");
        assertThat(browser.findElement(badge).getText()).isEqualTo("1");
        browser.findElement(By.cssSelector("header.site-header a[href='/meldingen']")).click();
        wait.until(ExpectedConditions.urlContains("/meldingen"));
        assertThat(browser.findElement(By.cssSelector("li.notification.unread")).getText()).contains("Windpark Lochem", "Nieuw");
        assertAccessible("/meldingen");

        browser.findElement(By.xpath("//button[normalize-space()='Alles gelezen']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(badge));
        assertThat(browser.findElements(By.cssSelector("li.notification.unread"))).isEmpty();

        browser.findElement(By.linkText("E-mail bij meldingen instellen")).click();
        wait.until(ExpectedConditions.urlContains("/meldingen/instellingen"));
        assertAccessible("/meldingen/instellingen");
        browser.findElement(By.cssSelector("label[for=emailEnabled-no]")).click();
        browser.findElement(By.xpath("//main//button[normalize-space()='Opslaan']")).click();
        wait.until(ExpectedConditions.urlContains("opgeslagen"));
        assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText()).isEqualTo("Je keuze is opgeslagen.");
        assertThat(browser.findElement(By.id("emailEnabled-no")).isSelected()).isTrue();
        assertThat(notifications.emailPreference(userId).enabled()).isFalse();
        assertAccessible("/meldingen/instellingen?opgeslagen");
    }
}
