"""View ▸ Show on phone…: start the remote, and hand its links to phones by QR code or text."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..remote.addresses import LOOPBACK, lan_address
from ..remote.server import DEFAULT_PORT, RemoteServerError
from .remote_link import RemoteLink, url_host
from .widgets import plain_label

__all__ = ["RemoteDialog", "qr_pixmap", "local_addresses"]

#: Quiet zone around a QR code, in modules (the standard asks for four).
QR_BORDER = 4


def qr_pixmap(text: str, size: int = 220) -> QPixmap:
    """`text` as a black-on-white QR code about `size` pixels square (segno makes the matrix)."""
    import segno

    matrix = segno.make(text, error="m", micro=False).matrix
    modules = len(matrix) + 2 * QR_BORDER
    scale = max(1, size // modules)
    image = QImage(modules * scale, modules * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF((x + QR_BORDER) * scale, (y + QR_BORDER) * scale,
                                        scale, scale))
    painter.end()
    return QPixmap.fromImage(image)


def local_addresses() -> list[str]:
    """This computer's IPv4 addresses, the one towards the network first, 127.0.0.1 last."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    first = lan_address()
    found = [first] if first != LOOPBACK else []
    for address in QNetworkInterface.allAddresses():
        if address.protocol() is QAbstractSocket.NetworkLayerProtocol.IPv4Protocol \
                and not address.isLoopback():
            text = address.toString()
            if text not in found:
                found.append(text)
    return [*found, LOOPBACK]


class RemoteDialog(QDialog):
    """The remote of the window's meeting: where it listens, its two links, the paired phone."""

    def __init__(self, link: RemoteLink, parent: QWidget | None = None,
                 addresses: list[str] | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.setWindowTitle(self.tr("Show on phone"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Phones on the same network open the view (anyone may have it) or the control "
            "(one phone at a time). The network traffic is not encrypted.")))

        where = QHBoxLayout()
        self.address = QComboBox()
        self.address.setObjectName("remoteAddress")
        for address in addresses if addresses is not None else local_addresses():
            label = self.tr("%1 (this computer only)").replace("%1", address) \
                if address == LOOPBACK else address
            self.address.addItem(label, address)
        self.port = QSpinBox()
        self.port.setObjectName("remotePort")
        self.port.setRange(1024, 65535)
        self.port.setValue(link.port or DEFAULT_PORT)
        self.start_button = QPushButton()
        self.start_button.setObjectName("remoteStart")
        self.start_button.clicked.connect(self.start_or_stop)
        where.addWidget(QLabel(self.tr("Address")))
        where.addWidget(self.address, 1)
        where.addWidget(QLabel(self.tr("Port")))
        where.addWidget(self.port)
        where.addWidget(self.start_button)
        layout.addLayout(where)
        self.problem = plain_label("")
        self.problem.setObjectName("remoteProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

        self.links = QWidget()
        grid = QGridLayout(self.links)
        self.view_code, self.control_code = QLabel(), QLabel()
        self.view_code.setObjectName("viewCode")
        self.control_code.setObjectName("controlCode")
        self.view_link, self.control_link = QLineEdit(), QLineEdit()
        self.view_link.setObjectName("viewLink")
        self.control_link.setObjectName("controlLink")
        for column, (title, code, text) in enumerate((
                (self.tr("View: the countdown, for anyone"), self.view_code, self.view_link),
                (self.tr("Control: next, pause, ±1 min, for one phone"), self.control_code,
                 self.control_link))):
            grid.addWidget(plain_label(title, bold=True), 0, column)
            code.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(code, 1, column)
            text.setReadOnly(True)
            text.setCursorPosition(0)
            grid.addWidget(text, 2, column)
        layout.addWidget(self.links)
        self.device = plain_label("")
        self.device.setObjectName("remoteDevice")
        layout.addWidget(self.device)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.new_button = buttons.addButton(self.tr("New links"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button.setObjectName("remoteNewLinks")
        self.new_button.clicked.connect(link.new_links)
        self.release_button = buttons.addButton(self.tr("Release control device"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.release_button.setObjectName("remoteRelease")
        self.release_button.clicked.connect(link.release)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        link.changed.connect(self.show_link)
        self.show_link()

    def start_or_stop(self) -> None:
        if self.link.running:
            self.link.stop()
            return
        host = str(self.address.currentData())
        try:
            self.link.start(host, self.port.value())
        except RemoteServerError as exc:
            self.problem.setText(self.tr("Could not start on %1: %2")
                                 .replace("%1", url_host(host, self.port.value()))
                                 .replace("%2", str(exc)))
            return
        self.problem.setText("")

    def show_link(self) -> None:
        """Redraw from the link: on or off, the links and their codes, the paired phone."""
        running = self.link.running
        self.start_button.setText(self.tr("Stop") if running else self.tr("Start"))
        self.address.setEnabled(not running)
        self.port.setEnabled(not running)
        self.links.setVisible(running)
        self.new_button.setEnabled(running)
        paired = self.link.access.paired
        self.release_button.setEnabled(running and paired is not None)
        if not running:
            self.device.setText(self.tr("The remote is off."))
            return
        index = self.address.findData(self.link.host)
        if index >= 0:
            self.address.setCurrentIndex(index)
        self.port.setValue(self.link.port)
        view, control = self.link.links()
        for field, text in ((self.view_link, view), (self.control_link, control)):
            field.setText(text)
            field.setCursorPosition(0)  # the address first; the token runs off to the right
        size = 220 if QGuiApplication.primaryScreen() is None else \
            min(240, QGuiApplication.primaryScreen().availableGeometry().height() // 4)
        self.view_code.setPixmap(qr_pixmap(view, size))
        self.control_code.setPixmap(qr_pixmap(control, size))
        if paired is None:
            self.device.setText(self.tr("No phone controls the meeting yet: the first to "
                                        "open the control link will."))
        else:
            self.device.setText(self.tr("Controlled from the phone at %1; other phones are "
                                        "refused until you release it.")
                                .replace("%1", paired.address or "?"))
