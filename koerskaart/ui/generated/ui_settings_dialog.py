# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.municipalityGroup = QGroupBox(SettingsDialog)
        self.municipalityGroup.setObjectName(u"municipalityGroup")
        self.municipalityForm = QFormLayout(self.municipalityGroup)
        self.municipalityForm.setObjectName(u"municipalityForm")
        self.nameLabel = QLabel(self.municipalityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.municipalityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.municipalityGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.municipalityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.logoTitleLabel = QLabel(self.municipalityGroup)
        self.logoTitleLabel.setObjectName(u"logoTitleLabel")

        self.municipalityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.logoTitleLabel)

        self.logoLayout = QVBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(self.municipalityGroup)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(240, 110))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButtons = QHBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(self.municipalityGroup)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(self.municipalityGroup)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoButtons.addWidget(self.removeLogoButton)

        self.logoSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoButtons.addItem(self.logoSpacer)


        self.logoLayout.addLayout(self.logoButtons)


        self.municipalityForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.logoLayout)


        self.mainLayout.addWidget(self.municipalityGroup)

        self.hintLabel = QLabel(SettingsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.removeLogoButton)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Instellingen", None))
        self.municipalityGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Gemeente", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Naam:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Naam van de gemeente", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Bijvoorbeeld: Gemeente Heemstede", None))
        self.logoTitleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Logo:", None))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Voorbeeld van het logo", None))
#endif // QT_CONFIG(accessibility)
        self.logoPreview.setText(QCoreApplication.translate("SettingsDialog", u"Geen logo", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("SettingsDialog", u"Logo &kiezen\u2026", None))
        self.removeLogoButton.setText(QCoreApplication.translate("SettingsDialog", u"Logo &verwijderen", None))
        self.hintLabel.setText(QCoreApplication.translate("SettingsDialog", u"Naam en logo komen op het contracteringsformat (PDF). Ze worden in het databasebestand bewaard, dus iedereen die dit bestand gebruikt ziet ze.", None))
    # retranslateUi

