package nl.cleantechwerkt.catalog.web;

import jakarta.validation.Valid;
import java.security.Principal;
import nl.cleantechwerkt.accounts.ApiKeys;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.ProviderView;
import nl.cleantechwerkt.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin issues and revokes a provider's API keys. A new key travels from the POST to the
 * page after the redirect as a flash attribute: it lives in the session for that one request,
 * so it is in no URL, no access log and no later page, and reloading the page does not show it
 * again (only its hash is stored).
 */
@Controller
class AdminApiKeysController {

    static final String PAGE = "catalog/admin-provider-keys";
    private static final String KEYS_PAGE = "redirect:/admin/aanbieders/{code}/sleutels";

    private final CourseCatalog catalog;
    private final ApiKeys apiKeys;

    AdminApiKeysController(CourseCatalog catalog, ApiKeys apiKeys) {
        this.catalog = catalog;
        this.apiKeys = apiKeys;
    }

    @GetMapping("/admin/aanbieders/{code}/sleutels")
    String keys(@PathVariable String code, Model model) {
        model.addAttribute("form", ApiKeyForm.empty());
        return page(provider(code), model);
    }

    @PostMapping("/admin/aanbieders/{code}/sleutels")
    String issue(@PathVariable String code, @Valid @ModelAttribute("form") ApiKeyForm form, BindingResult errors, Model model,
            Principal admin, RedirectAttributes redirect) {
        ProviderView provider = provider(code);
        if (errors.hasErrors()) {
            return page(provider, model);
        }
        redirect.addFlashAttribute("issuedKey", apiKeys.issue(code, form.label(), admin.getName()));
        return KEYS_PAGE;
    }

    @PostMapping("/admin/aanbieders/{code}/sleutels/{id}/intrekken")
    String revoke(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        provider(code);
        redirect.addAttribute("ingetrokken", apiKeys.revoke(code, id).keyStart());
        return KEYS_PAGE;
    }

    private ProviderView provider(String code) {
        return catalog.provider(code).orElseThrow(() -> new NotFoundException("provider", code));
    }

    private String page(ProviderView provider, Model model) {
        model.addAttribute("provider", provider);
        model.addAttribute("keys", apiKeys.keysOf(provider.code()));
        return PAGE;
    }
}
