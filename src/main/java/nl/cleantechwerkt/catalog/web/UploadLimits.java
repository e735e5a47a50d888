package nl.cleantechwerkt.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the container's upload limit (well above the import limit) is refused before any
 * controller sees it; when Spring sees the refusal, this answers 413 with the import page and
 * a message instead of an error page.
 */
@ControllerAdvice
class UploadLimits {

    private final SchoolImportController imports;
    private final CurrentProvider currentProvider;
    private final MessageSource messages;

    UploadLimits(SchoolImportController imports, CurrentProvider currentProvider, MessageSource messages) {
        this.imports = imports;
        this.currentProvider = currentProvider;
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(Principal principal, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("uploadError", messages.getMessage("import.file.tooLarge", new Object[] {SchoolImportController.MAX_MEGABYTES}, locale));
        String view = imports.page(currentProvider.of(principal), model);
        return new ModelAndView(view, model);
    }
}
